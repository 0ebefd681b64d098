//! What a community's items stand at: each item's history, state and
//! result. Read from what is kept as records are added (see `derived`), so
//! each answer costs what it returns.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};

use super::Records;
use crate::assessment::{satisfaction_of, Change, ItemState, Rating, SatisfactionFigure, Survey};
use crate::ids::{CommunityId, DeviceId, ItemId};
use crate::sorting;

impl Records {
    /// A community's change records in [`Change::order_key`] order.
    pub fn changes_of(&self, community_id: &CommunityId) -> Vec<&Change> {
        let Some(community) = self.derived.community(community_id) else {
            return Vec::new();
        };
        let mut changes: Vec<&Change> = community
            .items
            .values()
            .flat_map(|item| item.history.iter())
            .filter_map(|id| self.changes.get(id))
            .collect();
        sorting::sort_by(&mut changes, |a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// Every change of an item, of every kind, oldest first.
    pub fn history(&self, community_id: &CommunityId, item_id: &ItemId) -> Vec<&Change> {
        self.derived
            .item(community_id, item_id)
            .map(|item| {
                item.history
                    .iter()
                    .filter_map(|id| self.changes.get(id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// An item's current result, note, photos and actions.
    pub fn item_state(&self, community_id: &CommunityId, item_id: &ItemId) -> ItemState {
        self.derived
            .item(community_id, item_id)
            .map(|item| item.state.clone())
            .unwrap_or_default()
    }

    /// The community's residents' satisfaction surveys as they stand, in the
    /// order entered.
    pub fn surveys_of(&self, community_id: &CommunityId) -> Vec<Survey> {
        self.item_states(community_id)
            .into_values()
            .flat_map(|state| state.surveys)
            .collect()
    }

    /// The residents' satisfaction of `year` from the community's surveys
    /// dated on or before `until`.
    pub fn satisfaction(
        &self,
        community_id: &CommunityId,
        year: i32,
        until: NaiveDate,
    ) -> SatisfactionFigure {
        let surveys = self.surveys_of(community_id);
        satisfaction_of(surveys.iter().map(|s| &s.state), year, until)
    }

    /// The state of every item of a community that has any change record,
    /// by item id.
    pub fn item_states(&self, community_id: &CommunityId) -> BTreeMap<ItemId, ItemState> {
        self.derived
            .community(community_id)
            .map(|community| {
                sorting::map_of(
                    community
                        .items
                        .iter()
                        .map(|(id, item)| (id.clone(), item.state.clone())),
                )
            })
            .unwrap_or_default()
    }

    /// The change that set an item's current result.
    pub fn latest_result(&self, community_id: &CommunityId, item_id: &ItemId) -> Option<&Change> {
        let id = self
            .derived
            .item(community_id, item_id)?
            .latest_result
            .as_ref()?;
        self.changes.get(id)
    }

    pub fn rating(&self, community_id: &CommunityId, item_id: &ItemId) -> Rating {
        self.derived
            .community(community_id)
            .and_then(|community| community.ratings.get(item_id).copied())
            .unwrap_or_default()
    }

    /// Why the item is 不适用; `None` when it is not (or when the record
    /// predates reasons).
    pub fn na_reason(&self, community_id: &CommunityId, item_id: &ItemId) -> Option<String> {
        self.derived
            .item(community_id, item_id)?
            .state
            .na_reason
            .clone()
    }

    /// Every item's current result in a community; items never rated are absent.
    pub fn ratings(&self, community_id: &CommunityId) -> HashMap<ItemId, Rating> {
        self.derived
            .community(community_id)
            .map(|community| community.ratings.clone())
            .unwrap_or_default()
    }

    /// When anything in the community last changed.
    pub fn last_change_at(&self, community_id: &CommunityId) -> Option<DateTime<Utc>> {
        self.derived.community(community_id)?.last_change_at
    }

    /// Every device that made one of the community's records, in order.
    pub fn devices_of(&self, community_id: &CommunityId) -> Vec<DeviceId> {
        self.derived
            .community(community_id)
            .map(|community| community.devices.clone())
            .unwrap_or_default()
    }

    /// Hashes of every photo a community's records mention, added or
    /// removed (an undo can bring a removed photo back).
    pub fn photo_hashes_of(&self, community_id: &CommunityId) -> BTreeSet<String> {
        self.derived
            .community(community_id)
            .map(|community| community.photo_hashes.clone())
            .unwrap_or_default()
    }
}
