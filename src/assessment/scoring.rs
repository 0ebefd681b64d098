//! Weighted score. The weights, values and pass line come from the plan
//! file's `scoring` section and items' `weight`: the app's defaults, not the
//! plan's words (the plan sets no scoring).

use std::collections::HashMap;

use super::Rating;
use crate::ids::ItemId;
use crate::plan::{Area, Item, Plan, ScoreValues};

/// Shares within this of a line count as reaching it, so that a share of
/// exactly 70% passes despite floating-point sums.
pub const SHARE_EPSILON: f64 = 1e-9;

/// Points earned over the applicable weight. 不适用 items leave the
/// applicable weight; 未评估 items stay in it and earn nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub earned: f64,
    pub applicable_weight: f64,
    /// `earned / applicable_weight`; `None` when nothing is applicable.
    pub share: Option<f64>,
}

/// The points per unit of weight a result earns; `None` for 不适用.
pub fn rating_value(values: &ScoreValues, rating: Rating) -> Option<f64> {
    match rating {
        Rating::Met => Some(values.met),
        Rating::Partial => Some(values.partial),
        Rating::NotMet => Some(values.not_met),
        Rating::Unassessed => Some(0.0),
        Rating::NotApplicable => None,
    }
}

/// The score of one area.
pub fn area_score(plan: &Plan, area: &Area, ratings: &HashMap<ItemId, Rating>) -> Score {
    score_of(&plan.scoring.values, area.items.iter(), ratings)
}

/// The score of the whole checklist.
pub fn score(plan: &Plan, ratings: &HashMap<ItemId, Rating>) -> Score {
    score_of(
        &plan.scoring.values,
        plan.items().map(|(_, item)| item),
        ratings,
    )
}

/// An item's current result; items never rated are 未评估.
pub fn rating_of(item: &Item, ratings: &HashMap<ItemId, Rating>) -> Rating {
    ratings.get(&item.id).copied().unwrap_or_default()
}

fn score_of<'a>(
    values: &ScoreValues,
    items: impl Iterator<Item = &'a Item>,
    ratings: &HashMap<ItemId, Rating>,
) -> Score {
    let (earned, applicable_weight) = items
        .filter_map(|item| {
            rating_value(values, rating_of(item, ratings)).map(|v| (v * item.weight, item.weight))
        })
        .fold((0.0, 0.0), |(e, w), (ie, iw)| (e + ie, w + iw));
    Score {
        earned,
        applicable_weight,
        share: (applicable_weight > 0.0).then(|| earned / applicable_weight),
    }
}
