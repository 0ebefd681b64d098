//! Communities and their inspections, and what goes when one is deleted.

use std::collections::BTreeSet;

use super::Records;
use crate::assessment::Inspection;
use crate::community::Community;
use crate::ids::{ChangeId, CommunityId, InspectionId};

/// What goes when a community is deleted, besides its own record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommunityRecords {
    pub change_ids: Vec<ChangeId>,
    pub inspection_ids: Vec<InspectionId>,
    /// Images that only this community's records show; an image another
    /// community also uses stays.
    pub photo_hashes: Vec<String>,
}

impl Records {
    pub fn community(&self, id: &CommunityId) -> Option<&Community> {
        self.communities.get(id)
    }

    /// The communities in the order they were added (by creation time,
    /// then id).
    pub fn communities_in_order(&self) -> Vec<&Community> {
        let mut list: Vec<&Community> = self.communities.values().collect();
        list.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        list
    }

    /// One inspection of a community; `None` when there is no such
    /// inspection or it belongs to another community.
    pub fn inspection(
        &self,
        community_id: &CommunityId,
        inspection_id: &InspectionId,
    ) -> Option<&Inspection> {
        self.inspections
            .get(inspection_id)
            .filter(|i| i.community_id == *community_id)
    }

    /// A community's inspections, newest first.
    pub fn inspections(&self, community_id: &CommunityId) -> Vec<&Inspection> {
        let mut list = self.inspections_of(community_id);
        list.reverse();
        list
    }

    /// A community's inspections by start time, then id (oldest first).
    pub fn inspections_of(&self, community_id: &CommunityId) -> Vec<&Inspection> {
        let mut list: Vec<&Inspection> = self
            .inspections
            .values()
            .filter(|i| i.community_id == *community_id)
            .collect();
        list.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
        list
    }

    /// Ids of the change records that belong to a community.
    pub fn change_ids_of(&self, community_id: &CommunityId) -> Vec<ChangeId> {
        self.changes_of(community_id)
            .into_iter()
            .map(|c| c.id.clone())
            .collect()
    }

    /// The records that deleting community `id` removes.
    pub fn records_of(&self, id: &CommunityId) -> CommunityRecords {
        let others: BTreeSet<String> = self
            .communities
            .keys()
            .filter(|other| *other != id)
            .flat_map(|other| self.photo_hashes_of(other))
            .collect();
        CommunityRecords {
            change_ids: self.change_ids_of(id),
            inspection_ids: self
                .inspections_of(id)
                .iter()
                .map(|i| i.id.clone())
                .collect(),
            photo_hashes: self
                .photo_hashes_of(id)
                .difference(&others)
                .cloned()
                .collect(),
        }
    }

    /// Removes a community with all its change records and inspections.
    pub fn remove_community(&mut self, id: &CommunityId) {
        if let Some(community) = self.communities.remove(id) {
            self.names.remove(&community.name, id);
        }
        self.changes.retain(|_, c| c.community_id != *id);
        self.inspections.retain(|_, i| i.community_id != *id);
        self.derived.remove_community(id);
    }
}
