//! Where the city falls short, item by item: how many communities rate each
//! item 未达标 or 部分达标, summed per area. The office's heat map.

use super::community_summary::{city_summaries, CommunitySummary};
use crate::assessment::{rating_of, Rating};
use crate::ids::ItemId;
use crate::plan::{Area, Item, Plan};
use crate::records::Records;

/// One area's failures, with its items', in plan order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaFailures {
    pub area_id: String,
    pub title: String,
    /// Summed over the area's items.
    pub not_met: usize,
    pub partial: usize,
    pub items: Vec<ItemFailures>,
}

/// How many communities rate one item 未达标 and 部分达标.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemFailures {
    pub item_id: ItemId,
    pub title: String,
    pub not_met: usize,
    pub partial: usize,
}

/// Failure counts over every community of the dataset, in plan order.
pub fn failure_heat_map(dataset: &Records, plan: &Plan) -> Vec<AreaFailures> {
    failure_heat_map_of(&city_summaries(dataset), plan)
}

pub(super) fn failure_heat_map_of(facts: &[CommunitySummary], plan: &Plan) -> Vec<AreaFailures> {
    plan.areas
        .iter()
        .map(|area| area_failures(area, facts))
        .collect()
}

fn area_failures(area: &Area, facts: &[CommunitySummary]) -> AreaFailures {
    let items: Vec<ItemFailures> = area.items.iter().map(|i| item_failures(i, facts)).collect();
    AreaFailures {
        area_id: area.id.clone(),
        title: area.title.clone(),
        not_met: items.iter().map(|i| i.not_met).sum(),
        partial: items.iter().map(|i| i.partial).sum(),
        items,
    }
}

fn item_failures(item: &Item, facts: &[CommunitySummary]) -> ItemFailures {
    let count = |wanted: Rating| {
        facts
            .iter()
            .filter(|f| rating_of(item, &f.ratings) == wanted)
            .count()
    };
    ItemFailures {
        item_id: item.id.clone(),
        title: item.title.clone(),
        not_met: count(Rating::NotMet),
        partial: count(Rating::Partial),
    }
}
