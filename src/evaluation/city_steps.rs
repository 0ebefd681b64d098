//! The steps of the evaluation the city figures can count: a community
//! whose latest submission passed the office's 复核, and one named; and
//! since when, for the city's progress over time.

use chrono::NaiveDate;

use super::records::EvaluationRecords;
use super::review::StageOutcome;
use super::standing::Standing;
use crate::ids::CommunityId;

/// The day the 复核 passed the latest submission of any of `members` (a
/// community and those merged into it), in the latest year it submitted
/// for; `None` when none passed.
pub fn review_passed_on(records: &EvaluationRecords, members: &[CommunityId]) -> Option<NaiveDate> {
    members
        .iter()
        .filter_map(|id| {
            let year = records
                .submissions
                .iter()
                .filter(|s| s.community_id == *id)
                .map(|s| s.year)
                .max()?;
            let standing = Standing::of(records, id, year);
            match (&standing.final_review, standing.passed()) {
                (StageOutcome::Reviewed(review), true) => Some(review.reviewed_on),
                _ => None,
            }
        })
        .min()
}

/// The first day any of `members` was named; `None` when none was.
pub fn named_on(records: &EvaluationRecords, members: &[CommunityId]) -> Option<NaiveDate> {
    records
        .namings
        .iter()
        .filter(|n| n.communities.iter().any(|c| members.contains(c)))
        .map(|n| n.named_on)
        .min()
}

pub fn passed_review(records: &EvaluationRecords, members: &[CommunityId]) -> bool {
    review_passed_on(records, members).is_some()
}

pub fn is_named(records: &EvaluationRecords, members: &[CommunityId]) -> bool {
    named_on(records, members).is_some()
}
