//! What a community's items stand at: each item's history, state and
//! result, all derived from the change records.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};

use super::Records;
use crate::assessment::{Change, ChangeKind, ItemState, Rating};
use crate::ids::{CommunityId, ItemId};

impl Records {
    /// A community's change records in [`Change::order_key`] order.
    pub fn changes_of(&self, community_id: &CommunityId) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self
            .changes
            .values()
            .filter(|c| c.community_id == *community_id)
            .collect();
        changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// Every change of an item, of every kind, oldest first.
    pub fn history(&self, community_id: &CommunityId, item_id: &ItemId) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self
            .changes
            .values()
            .filter(|c| c.community_id == *community_id && c.item_id == *item_id)
            .collect();
        changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// An item's current result, note, photos and actions.
    pub fn item_state(&self, community_id: &CommunityId, item_id: &ItemId) -> ItemState {
        ItemState::from_changes(self.history(community_id, item_id))
    }

    /// The state of every item of a community that has any change record,
    /// by item id.
    pub fn item_states(&self, community_id: &CommunityId) -> BTreeMap<ItemId, ItemState> {
        let mut by_item: BTreeMap<&ItemId, Vec<&Change>> = BTreeMap::new();
        for change in self.changes_of(community_id) {
            by_item.entry(&change.item_id).or_default().push(change);
        }
        by_item
            .into_iter()
            .map(|(item, changes)| (item.clone(), ItemState::from_changes(changes)))
            .collect()
    }

    /// The change that set an item's current result.
    pub fn latest_result(&self, community_id: &CommunityId, item_id: &ItemId) -> Option<&Change> {
        self.history(community_id, item_id)
            .into_iter()
            .rfind(|c| matches!(c.kind, ChangeKind::Result { .. }))
    }

    pub fn rating(&self, community_id: &CommunityId, item_id: &ItemId) -> Rating {
        self.latest_result(community_id, item_id)
            .map_or(Rating::default(), |c| result_of(c).0)
    }

    /// Why the item is 不适用; `None` when it is not (or when the record
    /// predates reasons).
    pub fn na_reason(&self, community_id: &CommunityId, item_id: &ItemId) -> Option<String> {
        self.latest_result(community_id, item_id)
            .and_then(|c| result_of(c).1.map(str::to_string))
    }

    /// Every item's current result in a community; items never rated are absent.
    pub fn ratings(&self, community_id: &CommunityId) -> HashMap<ItemId, Rating> {
        let mut latest: HashMap<&ItemId, &Change> = HashMap::new();
        for change in self
            .changes
            .values()
            .filter(|c| c.community_id == *community_id)
            .filter(|c| matches!(c.kind, ChangeKind::Result { .. }))
        {
            let slot = latest.entry(&change.item_id).or_insert(change);
            if change.order_key() > slot.order_key() {
                *slot = change;
            }
        }
        latest
            .into_iter()
            .map(|(item, change)| (item.clone(), result_of(change).0))
            .collect()
    }

    /// When anything in the community last changed.
    pub fn last_change_at(&self, community_id: &CommunityId) -> Option<DateTime<Utc>> {
        self.changes
            .values()
            .filter(|c| c.community_id == *community_id)
            .map(|c| c.at)
            .max()
    }

    /// Hashes of every photo a community's records mention, added or
    /// removed (an undo can bring a removed photo back).
    pub fn photo_hashes_of(&self, community_id: &CommunityId) -> BTreeSet<String> {
        self.changes
            .values()
            .filter(|c| c.community_id == *community_id)
            .filter_map(|c| match &c.kind {
                ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } => {
                    Some(photo.hash.clone())
                }
                _ => None,
            })
            .collect()
    }
}

/// The new result and 不适用 reason of a result change.
fn result_of(change: &Change) -> (Rating, Option<&str>) {
    match &change.kind {
        ChangeKind::Result { new, reason, .. } => (
            *new,
            reason.as_deref().filter(|_| *new == Rating::NotApplicable),
        ),
        _ => (Rating::default(), None),
    }
}
