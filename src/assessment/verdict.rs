//! Whether a community meets the creation requirements by the app's default
//! scoring, and what stands in the way.

use std::collections::HashMap;

use super::satisfaction::{satisfaction_shortfall, SatisfactionFigure, SatisfactionShortfall};
use super::scoring::{rating_of, rating_value, score, SHARE_EPSILON};
use super::Rating;
use crate::ids::ItemId;
use crate::plan::{Item, Plan};
use crate::sorting;

#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// 达到创建要求 (by the app's default scoring).
    Meets,
    /// Not yet, for these reasons (never empty).
    NotYet(Vec<NotYetReason>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum NotYetReason {
    /// Every item is 不适用, so there is nothing to judge by. Alone when
    /// given.
    NothingApplicable,
    /// Applicable items not yet assessed, in plan order (only when the
    /// plan's scoring requires every item assessed).
    Unassessed(Vec<ItemId>),
    BelowThreshold {
        share: f64,
        needed: f64,
    },
    /// Veto items at 未达标, in plan order.
    VetoFailed(Vec<ItemId>),
    /// Below the office's satisfaction line, or no survey to judge by.
    Satisfaction(SatisfactionShortfall),
}

/// One item that stands between the community and 达到创建要求.
#[derive(Clone, Debug, PartialEq)]
pub struct MissingItem {
    pub item_id: ItemId,
    pub why: MissingReason,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MissingReason {
    Unassessed,
    VetoNotMet,
    /// Weight points the item would add at 达标.
    CouldGain(f64),
}

/// The verdict by the plan's scoring; `satisfaction` is the year's survey
/// figure, judged only when the office set a satisfaction line.
pub fn verdict(
    plan: &Plan,
    ratings: &HashMap<ItemId, Rating>,
    satisfaction: &SatisfactionFigure,
) -> Verdict {
    let total = score(plan, ratings);
    let Some(share) = total.share else {
        return Verdict::NotYet(vec![NotYetReason::NothingApplicable]);
    };
    let mut reasons = Vec::new();
    let unassessed = ids(required_unassessed(plan, ratings));
    if !unassessed.is_empty() {
        reasons.push(NotYetReason::Unassessed(unassessed));
    }
    if is_below(plan, share) {
        reasons.push(NotYetReason::BelowThreshold {
            share,
            needed: plan.scoring.pass_share,
        });
    }
    let vetoed = ids(veto_failures(plan, ratings));
    if !vetoed.is_empty() {
        reasons.push(NotYetReason::VetoFailed(vetoed));
    }
    if let Some(shortfall) = satisfaction_shortfall(plan.scoring.satisfaction, satisfaction) {
        reasons.push(NotYetReason::Satisfaction(shortfall));
    }
    if reasons.is_empty() {
        Verdict::Meets
    } else {
        Verdict::NotYet(reasons)
    }
}

/// Exactly the items between the community and the verdict: unassessed
/// applicable items (when all must be assessed), veto items at 未达标, and —
/// only while the share is below the pass line — the items that could
/// still gain points, most points first. Empty when the verdict is
/// [`Verdict::Meets`], and when nothing is applicable.
pub fn missing_items(plan: &Plan, ratings: &HashMap<ItemId, Rating>) -> Vec<MissingItem> {
    let Some(share) = score(plan, ratings).share else {
        return Vec::new();
    };
    let mut missing: Vec<MissingItem> = required_unassessed(plan, ratings)
        .map(|item| missing(item, MissingReason::Unassessed))
        .chain(veto_failures(plan, ratings).map(|item| missing(item, MissingReason::VetoNotMet)))
        .collect();
    if is_below(plan, share) {
        missing.extend(gains(plan, ratings));
    }
    missing
}

fn is_below(plan: &Plan, share: f64) -> bool {
    share + SHARE_EPSILON < plan.scoring.pass_share
}

fn required_unassessed<'a>(
    plan: &'a Plan,
    ratings: &'a HashMap<ItemId, Rating>,
) -> impl Iterator<Item = &'a Item> {
    let required = plan.scoring.require_all_assessed;
    plan.items()
        .map(|(_, item)| item)
        .filter(move |item| required && rating_of(item, ratings) == Rating::Unassessed)
}

fn veto_failures<'a>(
    plan: &'a Plan,
    ratings: &'a HashMap<ItemId, Rating>,
) -> impl Iterator<Item = &'a Item> {
    plan.items()
        .map(|(_, item)| item)
        .filter(move |item| item.veto && rating_of(item, ratings) == Rating::NotMet)
}

/// Items not already listed that would add points at 达标, most first;
/// ties keep plan order.
fn gains(plan: &Plan, ratings: &HashMap<ItemId, Rating>) -> Vec<MissingItem> {
    let values = &plan.scoring.values;
    let mut gains: Vec<MissingItem> = plan
        .items()
        .map(|(_, item)| item)
        .filter(|item| !already_listed(plan, item, ratings))
        .filter_map(|item| {
            let value = rating_value(values, rating_of(item, ratings))?;
            let gain = (values.met - value) * item.weight;
            (gain > SHARE_EPSILON).then(|| missing(item, MissingReason::CouldGain(gain)))
        })
        .collect();
    sorting::sort_by(&mut gains, |a, b| gain_of(b).total_cmp(&gain_of(a)));
    gains
}

fn already_listed(plan: &Plan, item: &Item, ratings: &HashMap<ItemId, Rating>) -> bool {
    match rating_of(item, ratings) {
        Rating::Unassessed => plan.scoring.require_all_assessed,
        Rating::NotMet => item.veto,
        _ => false,
    }
}

fn gain_of(item: &MissingItem) -> f64 {
    match item.why {
        MissingReason::CouldGain(gain) => gain,
        _ => 0.0,
    }
}

fn missing(item: &Item, why: MissingReason) -> MissingItem {
    MissingItem {
        item_id: item.id.clone(),
        why,
    }
}

fn ids<'a>(items: impl Iterator<Item = &'a Item>) -> Vec<ItemId> {
    items.map(|item| item.id.clone()).collect()
}
