use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use super::Workspace;
use crate::assessment::ChangeKind;
use crate::community::{validate_name, Community, NameError};

/// What goes when a community is deleted, besides its own record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommunityRecords {
    pub change_ids: Vec<String>,
    pub inspection_ids: Vec<String>,
    /// Images that only this community's records show; an image another
    /// community also uses stays.
    pub photo_hashes: Vec<String>,
}

impl Workspace {
    pub fn community(&self, id: &str) -> Option<&Community> {
        self.communities.iter().find(|c| c.id == id)
    }

    /// A new community with a checked name, not yet added.
    pub fn new_community(
        &self,
        raw_name: &str,
        id: String,
        now: DateTime<Utc>,
    ) -> Result<Community, NameError> {
        let name = validate_name(raw_name, self.communities.iter().map(|c| c.name.as_str()))?;
        Ok(Community {
            id,
            name,
            created_at: now,
            updated_at: now,
        })
    }

    /// The community with a new, checked name, not yet stored.
    pub fn renamed(
        &self,
        id: &str,
        raw_name: &str,
        now: DateTime<Utc>,
    ) -> Option<Result<Community, NameError>> {
        let current = self.community(id)?;
        let others = self
            .communities
            .iter()
            .filter(|c| c.id != id)
            .map(|c| c.name.as_str());
        Some(validate_name(raw_name, others).map(|name| Community {
            name,
            updated_at: now,
            ..current.clone()
        }))
    }

    /// Adds or replaces a community.
    pub fn put_community(&mut self, community: Community) {
        match self.communities.iter_mut().find(|c| c.id == community.id) {
            Some(existing) => *existing = community,
            None => self.communities.push(community),
        }
    }

    /// Removes a community with all its change records and inspections.
    /// The records that deleting community `id` removes.
    pub fn records_of(&self, id: &str) -> CommunityRecords {
        let photos_of = |mine: bool| -> BTreeSet<&str> {
            self.changes
                .iter()
                .filter(|c| (c.community_id == id) == mine)
                .filter_map(|c| match &c.kind {
                    ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } => {
                        Some(photo.hash.as_str())
                    }
                    _ => None,
                })
                .collect()
        };
        let others = photos_of(false);
        CommunityRecords {
            change_ids: self.change_ids_of(id),
            inspection_ids: self.inspections(id).iter().map(|i| i.id.clone()).collect(),
            photo_hashes: photos_of(true)
                .difference(&others)
                .map(|hash| hash.to_string())
                .collect(),
        }
    }

    pub fn remove_community(&mut self, id: &str) {
        self.communities.retain(|c| c.id != id);
        self.changes.retain(|c| c.community_id != id);
        self.inspections.retain(|i| i.community_id != id);
    }
}
