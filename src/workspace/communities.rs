use chrono::{DateTime, Utc};

use super::Workspace;
use crate::community::{validate_name, Community, NameError};

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
    pub fn remove_community(&mut self, id: &str) {
        self.communities.retain(|c| c.id != id);
        self.changes.retain(|c| c.community_id != id);
        self.inspections.retain(|i| i.community_id != id);
    }
}
