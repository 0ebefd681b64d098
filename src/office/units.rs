//! Per responsible unit (责任单位): the unmet items and open actions in the
//! areas whose paragraph names the unit, over every community. A unit
//! named by several areas answers for all of them.

use chrono::NaiveDate;

use super::community_summary::{city_summaries, CommunitySummary};
use crate::assessment::{rating_of, Rating};
use crate::ids::ItemId;
use crate::plan::{Area, Plan};
use crate::records::Records;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitSummary {
    /// Exactly as the plan writes it.
    pub unit: String,
    /// The ids of the areas that name it, in plan order.
    pub area_ids: Vec<String>,
    /// (community, item) pairs at 未达标 in those areas.
    pub not_met_items: usize,
    /// (community, item) pairs at 部分达标 in those areas.
    pub partial_items: usize,
    /// Actions not done on items of those areas.
    pub open_actions: usize,
    pub overdue_actions: usize,
}

/// One summary per unit, in the order the plan first names each.
pub fn unit_summaries(dataset: &Records, plan: &Plan, today: NaiveDate) -> Vec<UnitSummary> {
    unit_summaries_of(&city_summaries(dataset), plan, today)
}

pub(super) fn unit_summaries_of(
    facts: &[CommunitySummary],
    plan: &Plan,
    today: NaiveDate,
) -> Vec<UnitSummary> {
    units_in_plan_order(plan)
        .into_iter()
        .map(|unit| {
            let areas: Vec<&Area> = plan
                .areas
                .iter()
                .filter(|a| a.responsible_units.iter().any(|u| u == unit))
                .collect();
            summary_of(unit, &areas, facts, today)
        })
        .collect()
}

fn units_in_plan_order(plan: &Plan) -> Vec<&str> {
    let mut units: Vec<&str> = Vec::new();
    for unit in plan.areas.iter().flat_map(|a| a.responsible_units.iter()) {
        if !units.contains(&unit.as_str()) {
            units.push(unit);
        }
    }
    units
}

fn summary_of(
    unit: &str,
    areas: &[&Area],
    facts: &[CommunitySummary],
    today: NaiveDate,
) -> UnitSummary {
    let items = || areas.iter().flat_map(|a| a.items.iter());
    let rated = |wanted: Rating| {
        facts
            .iter()
            .flat_map(|f| items().filter(move |item| rating_of(item, &f.ratings) == wanted))
            .count()
    };
    let in_areas = |item_id: &ItemId| {
        areas
            .iter()
            .any(|a| a.items.iter().any(|i| i.id == *item_id))
    };
    let (open_actions, overdue_actions) = facts
        .iter()
        .map(|f| f.open_actions_on(in_areas, today))
        .fold((0, 0), |(open, overdue), (o, d)| (open + o, overdue + d));
    UnitSummary {
        unit: unit.to_string(),
        area_ids: areas.iter().map(|a| a.id.clone()).collect(),
        not_met_items: rated(Rating::NotMet),
        partial_items: rated(Rating::Partial),
        open_actions,
        overdue_actions,
    }
}
