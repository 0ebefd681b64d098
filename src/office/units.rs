//! Per responsible unit (责任单位): the unmet items in the areas whose
//! paragraph names the unit, and the open actions that name the unit
//! itself, over every community. A unit is counted once under the name
//! the app uses for it (the plan's aliases: 市城管局 is 市城市管理局); a
//! unit named by several areas answers for the items of all of them.
//! Actions given to anyone else (free text) are counted under 其他.

use chrono::NaiveDate;

use super::community_summary::{city_summaries, CommunitySummary, OpenAction};
use crate::assessment::{rating_of, Rating};
use crate::plan::{Area, Plan};
use crate::records::Records;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitSummary {
    /// The unit by the name the app uses; `None` for the row of actions
    /// given to anyone else (其他).
    pub unit: Option<String>,
    /// The ids of the areas that name it, in plan order.
    pub area_ids: Vec<String>,
    /// (community, item) pairs at 未达标 in those areas.
    pub not_met_items: usize,
    /// (community, item) pairs at 部分达标 in those areas.
    pub partial_items: usize,
    /// Actions not done that name this unit.
    pub open_actions: usize,
    pub overdue_actions: usize,
}

/// One summary per unit, in the order the plan first names each, then
/// the row of the others' actions.
pub fn unit_summaries(dataset: &Records, plan: &Plan, today: NaiveDate) -> Vec<UnitSummary> {
    unit_summaries_of(&city_summaries(dataset), plan, today)
}

pub(super) fn unit_summaries_of(
    facts: &[CommunitySummary],
    plan: &Plan,
    today: NaiveDate,
) -> Vec<UnitSummary> {
    let mut rows: Vec<UnitSummary> = plan
        .responsible_units()
        .into_iter()
        .map(|unit| {
            let areas: Vec<&Area> = plan
                .areas
                .iter()
                .filter(|a| plan.area_names_unit(a, unit))
                .collect();
            let names_unit =
                |a: &OpenAction| a.unit.as_deref().map(|u| plan.unit_name(u)) == Some(unit);
            let (open_actions, overdue_actions) = actions(facts, names_unit, today);
            UnitSummary {
                unit: Some(unit.to_string()),
                area_ids: areas.iter().map(|a| a.id.clone()).collect(),
                not_met_items: rated(facts, &areas, Rating::NotMet),
                partial_items: rated(facts, &areas, Rating::Partial),
                open_actions,
                overdue_actions,
            }
        })
        .collect();
    let (open_actions, overdue_actions) = actions(facts, |a| a.unit.is_none(), today);
    rows.push(UnitSummary {
        unit: None,
        area_ids: Vec::new(),
        not_met_items: 0,
        partial_items: 0,
        open_actions,
        overdue_actions,
    });
    rows
}

/// (community, item) pairs of the areas at `wanted`.
fn rated(facts: &[CommunitySummary], areas: &[&Area], wanted: Rating) -> usize {
    facts
        .iter()
        .flat_map(|f| {
            areas
                .iter()
                .flat_map(|a| a.items.iter())
                .filter(move |item| rating_of(item, &f.ratings) == wanted)
        })
        .count()
}

/// Open actions that `counts`, and the overdue among them.
fn actions(
    facts: &[CommunitySummary],
    counts: impl Fn(&OpenAction) -> bool,
    today: NaiveDate,
) -> (usize, usize) {
    facts
        .iter()
        .map(|f| f.open_actions_where(&counts, today))
        .fold((0, 0), |(open, overdue), (o, d)| (open + o, overdue + d))
}
