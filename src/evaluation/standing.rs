//! Where one community stands in one year's evaluation: what it submitted,
//! how each stage judged it, what was returned for rework, and whether it
//! is on notice or named. The phone's 申报 page, the office's review list,
//! the city figures and the kiosk all read it.

use super::notice::{Naming, Publicity};
use super::records::EvaluationRecords;
use super::review::{stage_outcome, Conclusion, Review, Stage, StageOutcome};
use super::submission::{current_submission, Submission};
use crate::ids::{CommunityId, ItemId};
use crate::sorting;

#[derive(Clone, Debug, PartialEq)]
pub struct Standing<'a> {
    /// The submission that counts (the latest of the year), if any.
    pub submission: Option<&'a Submission>,
    /// How many submissions of the year came before it.
    pub earlier: usize,
    /// Each stage's outcome on the submission that counts.
    pub initial: StageOutcome<'a>,
    pub final_review: StageOutcome<'a>,
    /// Every review of the year's submissions, latest first.
    pub reviews: Vec<&'a Review>,
    /// The items the latest review that returned any sent back.
    pub returned: Vec<ItemId>,
    /// The year's 公示 that lists it, if any (the latest).
    pub publicity: Option<&'a Publicity>,
    /// The naming that names it, if any.
    pub naming: Option<&'a Naming>,
}

impl<'a> Standing<'a> {
    pub fn of(records: &'a EvaluationRecords, community_id: &CommunityId, year: i32) -> Self {
        let submission = current_submission(&records.submissions, community_id, year);
        let outcome = |stage| match submission {
            Some(s) => stage_outcome(&records.reviews, &s.id, stage),
            None => StageOutcome::NotReviewed,
        };
        let of_year: Vec<&Submission> = records
            .submissions
            .iter()
            .filter(|s| s.community_id == *community_id && s.year == year)
            .collect();
        let mut reviews: Vec<&Review> = records
            .reviews
            .iter()
            .filter(|r| of_year.iter().any(|s| s.id == r.submission_id))
            .collect();
        sorting::sort_by(&mut reviews, |a, b| {
            (b.made_at, &b.id).cmp(&(a.made_at, &a.id))
        });
        let returned = reviews
            .iter()
            .find_map(|r| match &r.conclusion {
                Conclusion::Return { items } => Some(items.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let publicity = records
            .publicities
            .iter()
            .filter(|p| p.year == year && p.communities.contains(community_id))
            .max_by_key(|p| (p.made_at, p.id.clone()));
        let naming = publicity.and_then(|p| {
            records
                .namings
                .iter()
                .find(|n| n.publicity_id == p.id && n.communities.contains(community_id))
        });
        Standing {
            submission,
            earlier: of_year.len().saturating_sub(1),
            initial: outcome(Stage::Initial),
            final_review: outcome(Stage::Final),
            reviews,
            returned,
            publicity,
            naming,
        }
    }

    /// Whether the office's 复核 passed the submission that counts.
    pub fn passed(&self) -> bool {
        matches!(&self.final_review, StageOutcome::Reviewed(r) if r.conclusion == Conclusion::Pass)
    }

    /// Whether a stage reached a conclusion on the submission that counts.
    pub fn reviewed(&self) -> bool {
        matches!(self.final_review, StageOutcome::Reviewed(_))
    }

    /// Whether the review is of a submission older than the one that counts.
    pub fn is_of_older(&self, review: &Review) -> bool {
        self.submission
            .is_some_and(|current| current.id != review.submission_id)
    }
}

impl Stage {
    pub fn both() -> [Stage; 2] {
        [Stage::Initial, Stage::Final]
    }

    /// Its name in URLs.
    pub fn segment(self) -> &'static str {
        match self {
            Stage::Initial => "initial",
            Stage::Final => "final",
        }
    }

    pub fn of_segment(segment: &str) -> Option<Stage> {
        Stage::both().into_iter().find(|s| s.segment() == segment)
    }
}
