//! Everything one device holds: its id, its communities and the change
//! records of their assessments. Pure data with the operations the views
//! need; the storage layer persists exactly these values.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::assessment::{Change, ChangeKind, Rating};
use crate::community::{validate_name, Community, NameError};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub device_id: String,
    /// In the order they were added.
    pub communities: Vec<Community>,
    pub changes: Vec<Change>,
}

impl Workspace {
    pub fn new(device_id: String, mut communities: Vec<Community>, changes: Vec<Change>) -> Self {
        communities.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        Workspace {
            device_id,
            communities,
            changes,
        }
    }

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

    /// Removes a community and all its change records.
    pub fn remove_community(&mut self, id: &str) {
        self.communities.retain(|c| c.id != id);
        self.changes.retain(|c| c.community_id != id);
    }

    /// Ids of the change records that belong to a community.
    pub fn change_ids_of(&self, community_id: &str) -> Vec<String> {
        self.changes
            .iter()
            .filter(|c| c.community_id == community_id)
            .map(|c| c.id.clone())
            .collect()
    }

    /// The change that set an item's current result.
    pub fn latest_result(&self, community_id: &str, item_id: &str) -> Option<&Change> {
        self.history(community_id, item_id).into_iter().last()
    }

    pub fn rating(&self, community_id: &str, item_id: &str) -> Rating {
        self.latest_result(community_id, item_id)
            .map(new_rating)
            .unwrap_or_default()
    }

    /// Every item's current result in a community; items never rated are absent.
    pub fn ratings(&self, community_id: &str) -> HashMap<String, Rating> {
        let mut latest: HashMap<&str, &Change> = HashMap::new();
        for change in self
            .changes
            .iter()
            .filter(|c| c.community_id == community_id)
        {
            let slot = latest.entry(change.item_id.as_str()).or_insert(change);
            if change.order_key() > slot.order_key() {
                *slot = change;
            }
        }
        latest
            .into_iter()
            .map(|(item, change)| (item.to_string(), new_rating(change)))
            .collect()
    }

    /// An item's changes, oldest first.
    pub fn history(&self, community_id: &str, item_id: &str) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self
            .changes
            .iter()
            .filter(|c| c.community_id == community_id && c.item_id == item_id)
            .collect();
        changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// When anything in the community last changed.
    pub fn last_change_at(&self, community_id: &str) -> Option<DateTime<Utc>> {
        self.changes
            .iter()
            .filter(|c| c.community_id == community_id)
            .map(|c| c.at)
            .max()
    }

    /// The record for setting an item's result, not yet applied; `None` when
    /// the item already has that result.
    pub fn result_change(
        &self,
        community_id: &str,
        item_id: &str,
        new: Rating,
        id: String,
        now: DateTime<Utc>,
    ) -> Option<Change> {
        let latest = self.latest_result(community_id, item_id);
        let old = latest.map(new_rating).unwrap_or_default();
        if old == new {
            return None;
        }
        Some(Change {
            id,
            device_id: self.device_id.clone(),
            seq: self.next_seq(),
            // Never before the change it replaces, even if the clock went back.
            at: latest.map_or(now, |l| now.max(l.at)),
            community_id: community_id.to_string(),
            item_id: item_id.to_string(),
            base: latest.map(|l| l.id.clone()),
            kind: ChangeKind::Result { old, new },
        })
    }

    /// Adds a stored change record; a record already present is ignored.
    pub fn apply_change(&mut self, change: Change) {
        if !self.changes.iter().any(|c| c.id == change.id) {
            self.changes.push(change);
        }
    }

    fn next_seq(&self) -> u64 {
        self.changes
            .iter()
            .filter(|c| c.device_id == self.device_id)
            .map(|c| c.seq + 1)
            .max()
            .unwrap_or(1)
    }
}

fn new_rating(change: &Change) -> Rating {
    match change.kind {
        ChangeKind::Result { new, .. } => new,
    }
}
