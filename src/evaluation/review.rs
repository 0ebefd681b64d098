//! 初核 and 复核: someone other than the community checks a submission item
//! by item (agreeing, or recording their own result with a note and
//! photos) and concludes 通过, 不通过 or 退回整改 with the items to fix.
//! Scored by the same rules as the self-assessment, so the office sees
//! both scores and where they differ.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::submission::Submission;
use crate::assessment::Rating;
use crate::ids::{CommunityId, DeviceId, ItemId, ReviewId, SubmissionId};
use crate::plan::Plan;
use crate::sorting;

/// Who checks: the town or street first, then the office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 初核, by 那大镇 or the 街道 on the roster.
    Initial,
    /// 复核, by the office or its experts.
    Final,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Conclusion {
    /// 通过
    Pass,
    /// 不通过
    Fail,
    /// 退回整改: these items are to be fixed and submitted again.
    Return { items: Vec<ItemId> },
}

/// What the reviewer found on one item where they did not simply agree.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Their own result; `None` when they agree with the submitted one and
    /// only add a note or photos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: ReviewId,
    /// The submission it checked (a newer one is not checked by it).
    pub submission_id: SubmissionId,
    pub community_id: CommunityId,
    pub stage: Stage,
    /// The people who checked, as they name themselves.
    pub reviewers: Vec<String>,
    /// The day of the check, as the reviewers give it.
    pub reviewed_on: NaiveDate,
    /// When it was recorded, and on which device.
    pub made_at: DateTime<Utc>,
    pub device_id: DeviceId,
    /// Items where the reviewers did not simply agree; every other item is
    /// agreed as submitted.
    #[serde(default)]
    pub findings: BTreeMap<ItemId, Finding>,
    pub conclusion: Conclusion,
    /// Reviews of the same submission and stage whose conflict this one
    /// settles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settles: Vec<ReviewId>,
}

/// Why a review is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewError {
    NoReviewer,
    /// An item the plan does not have.
    UnknownItem(ItemId),
    /// 退回整改 with nothing to fix.
    NothingReturned,
    /// Not of the submission given, or of another community.
    NotOfSubmission,
}

impl Review {
    /// Each item's result as reviewed: the reviewers' own where they gave
    /// one, the submitted one where they agreed.
    pub fn ratings(&self, submission: &Submission) -> HashMap<ItemId, Rating> {
        let mut ratings = submission.ratings();
        for (item, finding) in &self.findings {
            if let Some(rating) = finding.rating {
                ratings.insert(item.clone(), rating);
            }
        }
        ratings
    }

    /// The items whose reviewed result differs from the submitted one.
    pub fn disagreements(&self, submission: &Submission) -> Vec<ItemId> {
        self.findings
            .iter()
            .filter(|(item, finding)| {
                let submitted = submission
                    .items
                    .get(*item)
                    .map(|i| i.rating)
                    .unwrap_or_default();
                finding.rating.is_some_and(|rating| rating != submitted)
            })
            .map(|(item, _)| item.clone())
            .collect()
    }

    /// Whether it can be taken as a review of `submission` under `plan`.
    pub fn check(&self, plan: &Plan, submission: &Submission) -> Result<(), ReviewError> {
        if self.submission_id != submission.id || self.community_id != submission.community_id {
            return Err(ReviewError::NotOfSubmission);
        }
        if self.reviewers.iter().all(|name| name.trim().is_empty()) {
            return Err(ReviewError::NoReviewer);
        }
        let returned = match &self.conclusion {
            Conclusion::Return { items } if items.is_empty() => {
                return Err(ReviewError::NothingReturned)
            }
            Conclusion::Return { items } => items.as_slice(),
            Conclusion::Pass | Conclusion::Fail => &[],
        };
        let known = |item: &ItemId| plan.find_item(item).is_some();
        match self
            .findings
            .keys()
            .chain(returned)
            .find(|item| !known(item))
        {
            Some(unknown) => Err(ReviewError::UnknownItem(unknown.clone())),
            None => Ok(()),
        }
    }
}

/// Where one stage of one submission stands.
#[derive(Clone, Debug, PartialEq)]
pub enum StageOutcome<'a> {
    NotReviewed,
    Reviewed(&'a Review),
    /// Devices concluded differently and no review settles it: the office
    /// chooses; none counts until then.
    Conflict(Vec<&'a Review>),
}

/// Where `stage` of submission `submission_id` stands among `reviews`. A
/// device's later review replaces its earlier ones; a review that settles
/// others replaces them; what is left, if it concludes more than one way,
/// is a conflict (same conclusions from two devices agree: the latest
/// stands for them).
pub fn stage_outcome<'a>(
    reviews: impl IntoIterator<Item = &'a Review>,
    submission_id: &SubmissionId,
    stage: Stage,
) -> StageOutcome<'a> {
    let of_stage: Vec<&Review> = reviews
        .into_iter()
        .filter(|r| r.submission_id == *submission_id && r.stage == stage)
        .collect();
    let settled: Vec<&ReviewId> = of_stage.iter().flat_map(|r| &r.settles).collect();
    let later = |a: &Review, b: &Review| (a.made_at, &a.id) > (b.made_at, &b.id);
    let mut standing: Vec<&Review> = of_stage
        .iter()
        .filter(|r| !settled.contains(&&r.id))
        .filter(|r| {
            !of_stage
                .iter()
                .any(|o| o.device_id == r.device_id && later(o, r))
        })
        .copied()
        .collect();
    sorting::sort_by(&mut standing, |a, b| {
        (a.made_at, &a.id).cmp(&(b.made_at, &b.id))
    });
    match standing.as_slice() {
        [] => StageOutcome::NotReviewed,
        [.., latest] if standing.iter().all(|r| r.conclusion == latest.conclusion) => {
            StageOutcome::Reviewed(latest)
        }
        _ => StageOutcome::Conflict(standing),
    }
}
