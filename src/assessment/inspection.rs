//! Field inspections (实地检查): who walked the community on which day, and
//! what they changed while doing so. An inspection is a plain record of its
//! own; the changes made during it carry its id.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::error::too_long;
use super::{AssessmentError, Change, ChangeKind, Rating};
use crate::ids::{ChangeId, CommunityId, DeviceId, InspectionId, ItemId};
use crate::sorting;

/// The longest inspector name, in characters.
pub const MAX_INSPECTOR_NAME_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inspection {
    pub id: InspectionId,
    pub community_id: CommunityId,
    /// The local date of the inspection.
    pub date: NaiveDate,
    /// At least one, none empty.
    pub inspectors: Vec<String>,
    pub started_at: DateTime<Utc>,
    /// `None` while the inspection is under way.
    pub finished_at: Option<DateTime<Utc>>,
    /// The device the inspection was recorded on.
    pub device_id: DeviceId,
}

impl Inspection {
    pub fn is_open(&self) -> bool {
        self.finished_at.is_none()
    }
}

/// Inspector names, trimmed, with blank entries dropped; at least one is
/// required and none may be too long.
pub fn validate_inspectors<S: AsRef<str>>(raw: &[S]) -> Result<Vec<String>, AssessmentError> {
    let names: Vec<String> = raw
        .iter()
        .map(|name| name.as_ref().trim())
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return Err(AssessmentError::InspectorRequired);
    }
    match names
        .iter()
        .find_map(|n| too_long(n, MAX_INSPECTOR_NAME_CHARS))
    {
        Some(actual) => Err(AssessmentError::InspectorNameTooLong {
            max: MAX_INSPECTOR_NAME_CHARS,
            actual,
        }),
        None => Ok(names),
    }
}

/// What an inspection did, counting only its changes that still stand:
/// changes it undid, and changes undone later, are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InspectionSummary {
    /// In the order first touched.
    pub items_touched: Vec<ItemId>,
    /// Per item, its result before the inspection's first result change and
    /// after its last; items that ended where they started are left out.
    pub result_changes: Vec<(ItemId, Rating, Rating)>,
    pub photos_taken: usize,
    /// Actions created.
    pub actions_raised: usize,
    /// Items whose note changed.
    pub notes_changed: usize,
}

/// Sums up the inspection `inspection_id` from a community's changes (all of
/// them, so that later undos are seen).
/// `changes` are every change record that may belong to the inspection,
/// in any order.
pub fn summarize_inspection<'a>(
    changes: impl IntoIterator<Item = &'a Change>,
    inspection_id: &InspectionId,
) -> InspectionSummary {
    let changes: Vec<&Change> = changes.into_iter().collect();
    let standing = standing_changes(&changes, inspection_id);
    let mut summary = InspectionSummary::default();
    let mut noted: HashSet<&ItemId> = HashSet::new();
    for change in standing {
        let item = &change.item_id;
        if !summary.items_touched.contains(item) {
            summary.items_touched.push(item.clone());
        }
        match &change.kind {
            ChangeKind::Result { old, new, .. } => add_result(&mut summary, item, *old, *new),
            ChangeKind::Note { .. } => {
                noted.insert(item);
            }
            ChangeKind::PhotoAdded { .. } => summary.photos_taken += 1,
            ChangeKind::PhotoRemoved { .. }
            | ChangeKind::PhotoDisplay { .. }
            | ChangeKind::Survey { .. } => {}
            ChangeKind::Action { old, new, .. } => {
                if old.is_none() && new.is_some() {
                    summary.actions_raised += 1;
                }
            }
        }
    }
    summary.notes_changed = noted.len();
    summary.result_changes.retain(|(_, old, new)| old != new);
    summary
}

/// The inspection's changes that are not undos and were not undone, sorted.
fn standing_changes<'a>(changes: &[&'a Change], inspection_id: &InspectionId) -> Vec<&'a Change> {
    let undone: HashSet<&ChangeId> = changes.iter().filter_map(|c| c.undoes.as_ref()).collect();
    let mut standing: Vec<&Change> = changes
        .iter()
        .copied()
        .filter(|c| c.inspection_id.as_ref() == Some(inspection_id))
        .filter(|c| !c.is_undo() && !undone.contains(&c.id))
        .collect();
    sorting::sort_by(&mut standing, |a, b| a.order_key().cmp(&b.order_key()));
    standing
}

/// Keeps the first `old` and the latest `new` per item.
fn add_result(summary: &mut InspectionSummary, item: &ItemId, old: Rating, new: Rating) {
    match summary
        .result_changes
        .iter_mut()
        .find(|(id, _, _)| id == item)
    {
        Some(entry) => entry.2 = new,
        None => summary.result_changes.push((item.clone(), old, new)),
    }
}
