//! Everything one device holds: its id, its communities, the change records
//! of their assessments and their field inspections. Pure data with the
//! operations the views need; the storage layer persists exactly these
//! values. Each kind of edit lives in its own file; every current value is
//! derived from the change records.

mod actions;
mod communities;
mod inspections;
mod notes;
mod photos;
mod records;
mod results;
mod undo;

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::assessment::{Change, Inspection, ItemState};
use crate::community::Community;

pub use communities::CommunityRecords;
pub use records::Stamp;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub device_id: String,
    /// In the order they were added.
    pub communities: Vec<Community>,
    pub changes: Vec<Change>,
    pub inspections: Vec<Inspection>,
}

impl Workspace {
    pub fn new(device_id: String, mut communities: Vec<Community>, changes: Vec<Change>) -> Self {
        communities.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        Workspace {
            device_id,
            communities,
            changes,
            inspections: Vec::new(),
        }
    }

    /// The workspace with the stored inspections loaded.
    pub fn with_inspections(mut self, inspections: Vec<Inspection>) -> Self {
        self.inspections = inspections;
        self
    }

    /// Ids of the change records that belong to a community.
    pub fn change_ids_of(&self, community_id: &str) -> Vec<String> {
        self.changes
            .iter()
            .filter(|c| c.community_id == community_id)
            .map(|c| c.id.clone())
            .collect()
    }

    /// Every change of an item, of every kind, oldest first.
    pub fn history(&self, community_id: &str, item_id: &str) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self
            .changes
            .iter()
            .filter(|c| c.community_id == community_id && c.item_id == item_id)
            .collect();
        changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// An item's current result, note, photos and actions.
    pub fn item_state(&self, community_id: &str, item_id: &str) -> ItemState {
        ItemState::from_changes(self.history(community_id, item_id))
    }

    /// The state of every item of a community that has any change record.
    pub fn item_states(&self, community_id: &str) -> HashMap<String, ItemState> {
        let mut by_item: HashMap<&str, Vec<&Change>> = HashMap::new();
        for change in self
            .changes
            .iter()
            .filter(|c| c.community_id == community_id)
        {
            by_item.entry(&change.item_id).or_default().push(change);
        }
        by_item
            .into_iter()
            .map(|(item, mut changes)| {
                changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
                (item.to_string(), ItemState::from_changes(changes))
            })
            .collect()
    }

    /// When anything in the community last changed.
    pub fn last_change_at(&self, community_id: &str) -> Option<DateTime<Utc>> {
        self.changes
            .iter()
            .filter(|c| c.community_id == community_id)
            .map(|c| c.at)
            .max()
    }

    /// Adds a stored change record; a record already present is ignored.
    pub fn apply_change(&mut self, change: Change) {
        if !self.changes.iter().any(|c| c.id == change.id) {
            self.changes.push(change);
        }
    }
}
