use std::collections::HashMap;

use super::Rating;
use crate::ids::ItemId;
use crate::plan::{Area, Plan};

/// Counts for a set of items. Ratios are over applicable items; with none
/// applicable they are `None`, shown as "—" rather than 0% or 100%.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub total: usize,
    pub applicable: usize,
    pub assessed: usize,
    pub met: usize,
    pub partial: usize,
    pub not_met: usize,
}

impl Progress {
    fn add(mut self, rating: Rating) -> Self {
        self.total += 1;
        if rating.is_applicable() {
            self.applicable += 1;
        }
        if rating.is_assessed() {
            self.assessed += 1;
        }
        match rating {
            Rating::Met => self.met += 1,
            Rating::Partial => self.partial += 1,
            Rating::NotMet => self.not_met += 1,
            Rating::Unassessed | Rating::NotApplicable => {}
        }
        self
    }

    /// Assessed ÷ applicable.
    pub fn assessed_ratio(&self) -> Option<f64> {
        ratio(self.assessed, self.applicable)
    }

    /// 达标 ÷ applicable.
    pub fn compliance_ratio(&self) -> Option<f64> {
        ratio(self.met, self.applicable)
    }

    pub fn not_applicable(&self) -> usize {
        self.total - self.applicable
    }

    pub fn is_complete(&self) -> bool {
        self.assessed == self.applicable
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

pub fn area_progress(area: &Area, ratings: &HashMap<ItemId, Rating>) -> Progress {
    area.items.iter().fold(Progress::default(), |p, item| {
        p.add(ratings.get(&item.id).copied().unwrap_or_default())
    })
}

pub fn overall_progress(plan: &Plan, ratings: &HashMap<ItemId, Rating>) -> Progress {
    plan.areas
        .iter()
        .map(|area| area_progress(area, ratings))
        .fold(Progress::default(), |a, b| Progress {
            total: a.total + b.total,
            applicable: a.applicable + b.applicable,
            assessed: a.assessed + b.assessed,
            met: a.met + b.met,
            partial: a.partial + b.partial,
            not_met: a.not_met + b.not_met,
        })
}
