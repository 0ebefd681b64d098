use chrono::{DateTime, Utc};

use super::Workspace;
use crate::community::{validate_name, Community, NameError};
use crate::ids::CommunityId;

impl Workspace {
    /// A new community with a checked name, not yet added.
    pub fn new_community(
        &self,
        raw_name: &str,
        id: CommunityId,
        now: DateTime<Utc>,
    ) -> Result<Community, NameError> {
        let name = validate_name(raw_name, self.communities.values().map(|c| c.name.as_str()))?;
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
        id: &CommunityId,
        raw_name: &str,
        now: DateTime<Utc>,
    ) -> Option<Result<Community, NameError>> {
        let current = self.community(id)?;
        let others = self
            .communities
            .values()
            .filter(|c| c.id != *id)
            .map(|c| c.name.as_str());
        Some(validate_name(raw_name, others).map(|name| Community {
            name,
            updated_at: now,
            ..current.clone()
        }))
    }

    /// Adds or replaces a community.
    pub fn put_community(&mut self, community: Community) {
        self.records
            .communities
            .insert(community.id.clone(), community);
    }
}
