//! The year's evaluation as a funnel: of the communities in scope, how many
//! take part, submitted, were reviewed, passed and were named; and where
//! self-assessments are most optimistic: per area, the self-assessed score
//! beside the reviewed one.

use std::collections::BTreeMap;

use super::summary::CityTotals;
use crate::assessment::area_score;
use crate::city::CitySetup;
use crate::evaluation::{StageOutcome, Standing};
use crate::ids::CommunityId;
use crate::plan::Plan;
use crate::records::Records;

/// Roster entries in scope at each step of `year`'s evaluation; each entry
/// counted once through its communities, as the city figures count them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Funnel {
    pub year: i32,
    pub in_scope: usize,
    pub taking_part: usize,
    pub submitted: usize,
    /// A stage reached a conclusion on the submission that counts.
    pub reviewed: usize,
    /// The 复核 passed it.
    pub passed: usize,
    pub named: usize,
}

impl Funnel {
    pub fn of(dataset: &Records, city: &CitySetup, totals: &CityTotals, year: i32) -> Funnel {
        let matched = city.roster.match_communities(dataset.shown_communities());
        let mut by_entry: BTreeMap<usize, Vec<CommunityId>> = BTreeMap::new();
        for (community, entry) in &matched.entry_of {
            by_entry
                .entry(*entry)
                .or_default()
                .extend(dataset.members_of(community));
        }
        let in_scope: Vec<Vec<Standing<'_>>> = city
            .roster
            .entries
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.in_scope)
            .map(|(index, _)| {
                by_entry
                    .get(&index)
                    .into_iter()
                    .flatten()
                    .map(|id| Standing::of(&dataset.evaluation, id, year))
                    .collect()
            })
            .collect();
        let count = |step: fn(&Standing<'_>) -> bool| {
            in_scope
                .iter()
                .filter(|standings| standings.iter().any(step))
                .count()
        };
        Funnel {
            year,
            in_scope: totals.in_scope,
            taking_part: totals.taking_part,
            submitted: count(|s| s.submission.is_some()),
            reviewed: count(|s| {
                !matches!(s.initial, StageOutcome::NotReviewed)
                    || !matches!(s.final_review, StageOutcome::NotReviewed)
            }),
            passed: count(|s| s.passed()),
            named: count(|s| s.naming.is_some()),
        }
    }
}

/// One area: the mean self-assessed and reviewed score shares over the
/// communities whose submission of the year was reviewed.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaGap {
    pub area_title: String,
    pub self_share: f64,
    pub review_share: f64,
    pub communities: usize,
}

impl AreaGap {
    /// Self-assessed minus reviewed: how optimistic the self-assessments were.
    pub fn gap(&self) -> f64 {
        self.self_share - self.review_share
    }
}

/// Per area, in plan order, the self-assessed and reviewed scores of the
/// year's reviewed submissions (the 复核 where there is one, else the
/// 初核), by `plan`'s scoring; empty when nothing was reviewed.
pub fn area_gaps(dataset: &Records, plan: &Plan, year: i32) -> Vec<AreaGap> {
    let records = &dataset.evaluation;
    let reviewed: Vec<_> = records
        .communities_submitted(year)
        .into_iter()
        .filter_map(|id| {
            let standing = Standing::of(records, &id, year);
            let review = match (&standing.final_review, &standing.initial) {
                (StageOutcome::Reviewed(r), _) | (_, StageOutcome::Reviewed(r)) => *r,
                _ => return None,
            };
            let submission = standing.submission?;
            Some((submission.ratings(), review.ratings(submission)))
        })
        .collect();
    if reviewed.is_empty() {
        return Vec::new();
    }
    plan.areas
        .iter()
        .map(|area| {
            let pairs: Vec<(f64, f64)> = reviewed
                .iter()
                .filter_map(|(own, checked)| {
                    let own = area_score(plan, area, own).share?;
                    let checked = area_score(plan, area, checked).share?;
                    Some((own, checked))
                })
                .collect();
            let n = pairs.len().max(1) as f64;
            AreaGap {
                area_title: area.title.clone(),
                self_share: pairs.iter().map(|p| p.0).sum::<f64>() / n,
                review_share: pairs.iter().map(|p| p.1).sum::<f64>() / n,
                communities: pairs.len(),
            }
        })
        .collect()
}
