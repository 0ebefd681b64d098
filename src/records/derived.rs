//! What the change records come to, kept up to date as each record is
//! added, so that a query costs what it returns and not what the device
//! holds: each item's history (in order) and current state, each
//! community's results, and each device's next counter.
//!
//! A record that sorts after everything its item has is applied on top of
//! the item's state; one that arrives out of order (an import, a merge)
//! puts the item's history back in order and folds that item again. Either
//! way the kept state equals the state folded from scratch
//! (`tests/derived_state.rs` checks this over random histories).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};

use crate::assessment::{Change, ChangeKind, ItemState, Rating};
use crate::ids::{ChangeId, CommunityId, DeviceId, ItemId};
use crate::sorting;

#[derive(Clone, Debug, Default)]
pub(super) struct Derived {
    communities: HashMap<CommunityId, CommunityEntry>,
    next_seq: HashMap<DeviceId, u64>,
}

/// One community's records, as far as they have been added.
#[derive(Clone, Debug, Default)]
pub(super) struct CommunityEntry {
    pub items: BTreeMap<ItemId, ItemEntry>,
    /// Each item's current result; items never rated are absent.
    pub ratings: HashMap<ItemId, Rating>,
    pub last_change_at: Option<DateTime<Utc>>,
    /// Every device that made one of its records, in order.
    pub devices: Vec<DeviceId>,
    /// Every photo its records mention, added or removed.
    pub photo_hashes: BTreeSet<String>,
}

/// One item's records and what they come to.
#[derive(Clone, Debug, Default)]
pub(super) struct ItemEntry {
    /// In [`Change::order_key`] order.
    pub history: Vec<ChangeId>,
    pub state: ItemState,
    /// The change that set the current result.
    pub latest_result: Option<ChangeId>,
}

impl Derived {
    pub fn community(&self, id: &CommunityId) -> Option<&CommunityEntry> {
        self.communities.get(id)
    }

    pub fn item(&self, community_id: &CommunityId, item_id: &ItemId) -> Option<&ItemEntry> {
        self.communities.get(community_id)?.items.get(item_id)
    }

    /// When anything in any community last changed.
    pub fn last_change_at_all(&self) -> Option<DateTime<Utc>> {
        self.communities
            .values()
            .filter_map(|c| c.last_change_at)
            .max()
    }

    /// Drops what is kept of `communities`, to be worked out again, and
    /// gives the ids of the change records that were theirs (every record
    /// added is in its item's history).
    pub fn forget(&mut self, communities: &BTreeSet<CommunityId>) -> Vec<ChangeId> {
        communities
            .iter()
            .filter_map(|id| self.communities.remove(id))
            .flat_map(|entry| entry.items.into_values().flat_map(|item| item.history))
            .collect()
    }

    pub fn next_seq(&self, device_id: &DeviceId) -> u64 {
        self.next_seq.get(device_id).copied().unwrap_or(1)
    }

    /// Counts `taken` as handed out to `device_id`, even though its record
    /// is not here (another tab made it, or another community holds it).
    pub fn reserve_seq(&mut self, device_id: &DeviceId, taken: u64) {
        let next = self.next_seq.entry(device_id.clone()).or_insert(1);
        *next = (*next).max(taken + 1);
    }

    /// Takes in a record new to the set, kept under `community` (the one its
    /// community counts as). `changes` is the whole set, the new record
    /// included (to read an item's other records by id).
    pub fn add(
        &mut self,
        change: &Change,
        community: &CommunityId,
        changes: &BTreeMap<ChangeId, Change>,
    ) {
        let next = self.next_seq.entry(change.device_id.clone()).or_insert(1);
        *next = (*next).max(change.seq + 1);
        let community = self.communities.entry(community.clone()).or_default();
        community.note(change);
        let item = community.items.entry(change.item_id.clone()).or_default();
        let in_order = item
            .history
            .last()
            .and_then(|last| changes.get(last))
            .is_none_or(|last| last.order_key() < change.order_key());
        if in_order {
            item.history.push(change.id.clone());
            item.state.apply(&change.kind);
            if matches!(change.kind, ChangeKind::Result { .. }) {
                item.latest_result = Some(change.id.clone());
            }
        } else {
            item.history.push(change.id.clone());
            item.refold(changes);
        }
        let (rating, rated) = (item.state.rating, item.latest_result.is_some());
        community.set_rating(&change.item_id, rating, rated);
    }

    /// A record whose content changed under the same id (a merge preferred
    /// another version, which only damaged or hand-edited files cause):
    /// `old` leaves its item, `new` joins its own, and both communities
    /// are worked out again.
    pub fn replace(
        &mut self,
        old: &Change,
        old_community: &CommunityId,
        new: &Change,
        new_community: &CommunityId,
        changes: &BTreeMap<ChangeId, Change>,
    ) {
        if let Some(item) = self
            .communities
            .get_mut(old_community)
            .and_then(|c| c.items.get_mut(&old.item_id))
        {
            item.history.retain(|id| *id != old.id);
        }
        self.rebuild_community(old_community, changes);
        self.add(new, new_community, changes);
        self.rebuild_community(new_community, changes);
    }

    /// Folds every item of a community again and recounts its summary.
    fn rebuild_community(&mut self, id: &CommunityId, changes: &BTreeMap<ChangeId, Change>) {
        let Some(community) = self.communities.get_mut(id) else {
            return;
        };
        community.ratings.clear();
        community.photo_hashes.clear();
        community.last_change_at = None;
        community.devices.clear();
        let mut items = std::mem::take(&mut community.items);
        for (item_id, item) in items.iter_mut() {
            item.refold(changes);
            for change in item.history.iter().filter_map(|id| changes.get(id)) {
                community.note(change);
            }
            if item.latest_result.is_some() {
                community.ratings.insert(item_id.clone(), item.state.rating);
            }
        }
        community.items = items;
    }

    pub fn remove_community(&mut self, id: &CommunityId) {
        self.communities.remove(id);
    }
}

impl CommunityEntry {
    /// Counts a record in the community's times and photos.
    fn note(&mut self, change: &Change) {
        self.last_change_at = self.last_change_at.max(Some(change.at));
        if let Err(at) = self.devices.binary_search(&change.device_id) {
            self.devices.insert(at, change.device_id.clone());
        }
        if let ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } = &change.kind
        {
            self.photo_hashes.insert(photo.hash.clone());
        }
    }

    fn set_rating(&mut self, item_id: &ItemId, rating: Rating, rated: bool) {
        if rated {
            self.ratings.insert(item_id.clone(), rating);
        } else {
            self.ratings.remove(item_id);
        }
    }
}

impl ItemEntry {
    /// Puts the history back in order and folds the item from scratch.
    fn refold(&mut self, changes: &BTreeMap<ChangeId, Change>) {
        let mut history: Vec<&Change> = self
            .history
            .iter()
            .filter_map(|id| changes.get(id))
            .collect();
        sorting::sort_by(&mut history, |a, b| a.order_key().cmp(&b.order_key()));
        history.dedup_by(|a, b| a.id == b.id);
        self.history = history.iter().map(|c| c.id.clone()).collect();
        self.state = ItemState::from_changes(history.iter().copied());
        self.latest_result = history
            .iter()
            .rfind(|c| matches!(c.kind, ChangeKind::Result { .. }))
            .map(|c| c.id.clone());
    }
}
