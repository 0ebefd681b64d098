//! What each community's records come to, worked out once and read by every
//! office report (the table, the heat map, the per-unit table).

use std::collections::{BTreeMap, HashMap};

use crate::assessment::{ItemState, Rating};
use crate::ids::{CommunityId, ItemId};
use crate::records::Records;

/// What one community's records come to: its items' states and results.
pub(crate) struct CommunityFacts {
    pub community_id: CommunityId,
    pub states: BTreeMap<ItemId, ItemState>,
    pub ratings: HashMap<ItemId, Rating>,
}

pub(crate) fn community_facts(dataset: &Records) -> Vec<CommunityFacts> {
    dataset
        .communities
        .keys()
        .map(|id| {
            let states = dataset.item_states(id);
            let ratings = states
                .iter()
                .map(|(item, state)| (item.clone(), state.rating))
                .collect();
            CommunityFacts {
                community_id: id.clone(),
                states,
                ratings,
            }
        })
        .collect()
}
