//! 申报: a community's self-assessment for a year as it stood when the
//! community submitted it. Later edits go on in the change records and do
//! not touch it; a new submission for the same year takes its place as the
//! current one, and both are kept.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::assessment::ItemState;
use crate::assessment::Rating;
use crate::ids::{CommunityId, DeviceId, ItemId, SubmissionId};
use crate::plan::Plan;
use crate::sorting;

/// The longest name of who submits.
pub const MAX_SUBMITTER_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub id: SubmissionId,
    pub community_id: CommunityId,
    /// The year of the evaluation it is submitted for.
    pub year: i32,
    pub submitted_at: DateTime<Utc>,
    pub device_id: DeviceId,
    /// Who submits, as they name themselves.
    pub submitted_by: String,
    /// Every item with anything recorded, as it stood.
    pub items: BTreeMap<ItemId, SubmittedItem>,
    /// Items an earlier review returned for rework that this submission
    /// answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<ItemId>,
}

/// One item as submitted: its result and the evidence behind it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmittedItem {
    pub rating: Rating,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub na_reason: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The hashes of its photos, in the order added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<String>,
}

/// Why a submission is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmissionError {
    /// Nobody is named as submitting it.
    NoSubmitter,
    SubmitterTooLong,
    /// Before the plan's first year or after next year.
    YearOutOfRange {
        year: i32,
    },
    /// An item the plan does not have.
    UnknownItem(ItemId),
    /// Nothing recorded: there is nothing to check.
    NothingAssessed,
}

impl Submission {
    /// Community `community_id`'s self-assessment as it stands now (its
    /// `item_states`, as the records give them), submitted for `year` by
    /// `submitted_by`.
    pub fn of(
        item_states: BTreeMap<ItemId, ItemState>,
        community_id: &CommunityId,
        year: i32,
        submitted_by: &str,
        (id, device_id, submitted_at): (SubmissionId, DeviceId, DateTime<Utc>),
    ) -> Submission {
        let items = sorting::map_of(
            item_states
                .into_iter()
                .map(|(item, state)| {
                    let submitted = SubmittedItem {
                        rating: state.rating,
                        na_reason: state.na_reason,
                        note: state.note,
                        photos: state.photos.into_iter().map(|p| p.hash).collect(),
                    };
                    (item, submitted)
                })
                .filter(|(_, item)| *item != SubmittedItem::default()),
        );
        Submission {
            id,
            community_id: community_id.clone(),
            year,
            submitted_at,
            device_id,
            submitted_by: submitted_by.trim().to_string(),
            items,
            answers: Vec::new(),
        }
    }

    /// Each item's submitted result, as scoring reads results.
    pub fn ratings(&self) -> HashMap<ItemId, Rating> {
        self.items
            .iter()
            .map(|(item, submitted)| (item.clone(), submitted.rating))
            .collect()
    }

    /// Whether `plan` can take it, and why not; `this_year` is the year of
    /// the device's clock.
    pub fn check(
        &self,
        plan: &Plan,
        first_year: i32,
        this_year: i32,
    ) -> Result<(), SubmissionError> {
        if self.submitted_by.trim().is_empty() {
            return Err(SubmissionError::NoSubmitter);
        }
        if self.submitted_by.chars().count() > MAX_SUBMITTER_CHARS {
            return Err(SubmissionError::SubmitterTooLong);
        }
        if self.year < first_year || self.year > this_year + 1 {
            return Err(SubmissionError::YearOutOfRange { year: self.year });
        }
        let known = |item: &ItemId| plan.find_item(item).is_some();
        if let Some(unknown) = self
            .items
            .keys()
            .chain(&self.answers)
            .find(|item| !known(item))
        {
            return Err(SubmissionError::UnknownItem(unknown.clone()));
        }
        if self
            .items
            .values()
            .all(|item| item.rating == Rating::Unassessed)
        {
            return Err(SubmissionError::NothingAssessed);
        }
        Ok(())
    }

    /// The order in which submissions take each other's place: the later
    /// one, and of two made at one moment, the larger id.
    fn order_key(&self) -> (DateTime<Utc>, &SubmissionId) {
        (self.submitted_at, &self.id)
    }
}

/// The submission that counts for `community_id` in `year`: the latest.
pub fn current_submission<'a>(
    submissions: impl IntoIterator<Item = &'a Submission>,
    community_id: &CommunityId,
    year: i32,
) -> Option<&'a Submission> {
    submissions
        .into_iter()
        .filter(|s| s.community_id == *community_id && s.year == year)
        .max_by(|a, b| a.order_key().cmp(&b.order_key()))
}
