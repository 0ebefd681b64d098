//! The rules every value of an imported file must keep: the same rules the
//! app applies when a value is entered (names, lengths, photo references,
//! actions, inspectors), ids and hashes of the right form, times in a
//! sensible range, items that exist in the plan, records filed under their
//! own community, no id twice, and photo bytes that match their hash.

use std::collections::HashSet;

use super::base64;
use super::error::{clipped, ImportError, ValueProblem};
use super::format::{ExportDocument, ExportedCommunity, ExportedPhoto};
use super::validate_city::check_city;
use super::validate_evaluation::check_evaluation;
use super::value_checks::{
    check_date, check_id, check_integer, check_length, check_optional_id, check_person, check_time,
    invalid, Checked,
};
use crate::assessment::{
    check_photo_upload, validate_inspectors, validate_photo_hash, ActionState, Change, ChangeKind,
    Inspection, PhotoRef, SurveyState, MAX_CAPTION_CHARS, MAX_NOTE_CHARS, MAX_REASON_CHARS,
};
use crate::community::{validate_name, Community, CommunityMerge};
use crate::hashing::sha256_hex;
use crate::plan::Plan;

/// Checks every value of a document whose shape is already known to be right.
pub fn validate_document(document: &ExportDocument, plan: &Plan) -> Checked {
    check_id(&document.app_version, "app_version")?;
    check_time(&document.exported_at, "exported_at")?;
    check_id(&document.device.id, "device.id")?;
    check_person(&document.device.user_name, "device.user_name")?;
    let mut ids = UniqueIds::default();
    for (i, entry) in document.communities.iter().enumerate() {
        check_entry(entry, &format!("communities[{i}]"), plan, &mut ids)?;
    }
    for (i, photo) in document.photos.iter().enumerate() {
        check_photo(photo, &format!("photos[{i}]"))?;
    }
    for (i, merge) in document.community_merges.iter().enumerate() {
        check_community_merge(merge, &format!("community_merges[{i}]"), &mut ids)?;
    }
    if let Some(city) = &document.city {
        check_city(city, plan)?;
    }
    check_evaluation(document, plan)?;
    Ok(())
}

/// A merge joins two different communities, and is undone, if at all,
/// after it was made.
fn check_community_merge(merge: &CommunityMerge, path: &str, ids: &mut UniqueIds) -> Checked {
    let at = |field: &str| format!("{path}.{field}");
    check_id(&merge.id, &at("id"))?;
    UniqueIds::first(&mut ids.records, &merge.id, &at("id"))?;
    check_id(&merge.from, &at("from"))?;
    check_id(&merge.into, &at("into"))?;
    if merge.from == merge.into {
        return Err(invalid(&at("into"), ValueProblem::Duplicate));
    }
    check_id(&merge.device_id, &at("device_id"))?;
    check_person(&merge.author, &at("author"))?;
    check_time(&merge.at, &at("at"))?;
    if let Some(undone) = &merge.undone_at {
        check_time(undone, &at("undone_at"))?;
        if *undone < merge.at {
            return Err(invalid(&at("undone_at"), ValueProblem::OutOfRange));
        }
    }
    Ok(())
}

/// Ids seen so far in the file: communities, and records of any kind.
#[derive(Default)]
struct UniqueIds {
    communities: HashSet<String>,
    records: HashSet<String>,
}

impl UniqueIds {
    fn first(set: &mut HashSet<String>, id: &str, path: &str) -> Checked {
        if set.insert(id.to_string()) {
            Ok(())
        } else {
            Err(invalid(path, ValueProblem::Duplicate))
        }
    }
}

fn check_entry(entry: &ExportedCommunity, path: &str, plan: &Plan, ids: &mut UniqueIds) -> Checked {
    let community = &entry.community;
    check_community(community, &format!("{path}.community"))?;
    UniqueIds::first(
        &mut ids.communities,
        &community.id,
        &format!("{path}.community.id"),
    )?;
    if let Some(at) = &entry.last_exported_at {
        check_time(at, &format!("{path}.last_exported_at"))?;
    }
    for (j, change) in entry.changes.iter().enumerate() {
        let path = format!("{path}.changes[{j}]");
        check_change(change, &community.id, plan, &path)?;
        UniqueIds::first(&mut ids.records, &change.id, &format!("{path}.id"))?;
    }
    for (j, inspection) in entry.inspections.iter().enumerate() {
        let path = format!("{path}.inspections[{j}]");
        check_inspection(inspection, &community.id, &path)?;
        UniqueIds::first(&mut ids.records, &inspection.id, &format!("{path}.id"))?;
    }
    Ok(())
}

fn check_community(community: &Community, path: &str) -> Checked {
    check_id(&community.id, &format!("{path}.id"))?;
    let no_others: [&str; 0] = [];
    validate_name(&community.name, no_others)
        .map_err(|e| invalid(&format!("{path}.name"), ValueProblem::BadName(e)))?;
    check_time(&community.created_at, &format!("{path}.created_at"))?;
    check_time(&community.updated_at, &format!("{path}.updated_at"))
}

fn check_change(change: &Change, community_id: &str, plan: &Plan, path: &str) -> Checked {
    let at = |field: &str| format!("{path}.{field}");
    check_id(&change.id, &at("id"))?;
    check_id(&change.device_id, &at("device_id"))?;
    check_integer(change.seq, &at("seq"))?;
    check_time(&change.at, &at("at"))?;
    if change.community_id != community_id {
        return Err(ImportError::WrongCommunity {
            path: at("community_id"),
        });
    }
    check_id(&change.item_id, &at("item_id"))?;
    let Some((area, _)) = plan.find_item(&change.item_id) else {
        return Err(ImportError::UnknownItem {
            item_id: clipped(&change.item_id),
        });
    };
    check_optional_id(&change.base, &at("base"))?;
    check_optional_id(&change.inspection_id, &at("inspection_id"))?;
    check_optional_id(&change.undoes, &at("undoes"))?;
    for (k, id) in change.merges.iter().enumerate() {
        check_id(id, &format!("{path}.merges[{k}]"))?;
    }
    check_person(&change.author, &at("author"))?;
    if let ChangeKind::Survey {
        survey_id,
        before,
        after,
    } = &change.kind
    {
        let on_its_item = plan
            .satisfaction_item()
            .is_some_and(|item| item.id == change.item_id);
        if !on_its_item {
            return Err(invalid(&at("item_id"), ValueProblem::OutOfRange));
        }
        // A survey cannot be dated after the day its record was made (a
        // day's grace for time zones).
        let latest = change.at.date_naive() + chrono::Duration::days(1);
        check_id(survey_id, &at("kind.survey_id"))?;
        check_survey(before, latest, &at("kind.before"))?;
        return check_survey(after, latest, &at("kind.after"));
    }
    check_kind(&change.kind, &area.responsible_units, &at("kind"))
}

fn check_survey(state: &Option<SurveyState>, latest: chrono::NaiveDate, path: &str) -> Checked {
    match state {
        Some(state) => state
            .clone()
            .validated(latest)
            .map(|_| ())
            .map_err(|e| invalid(path, ValueProblem::Refused(e))),
        None => Ok(()),
    }
}

fn check_kind(kind: &ChangeKind, responsible_units: &[String], path: &str) -> Checked {
    let at = |field: &str| format!("{path}.{field}");
    match kind {
        ChangeKind::Result { reason, .. } => match reason {
            Some(reason) => check_length(reason, MAX_REASON_CHARS, &at("reason")),
            None => Ok(()),
        },
        ChangeKind::Note { old, new } => {
            check_length(old, MAX_NOTE_CHARS, &at("old"))?;
            check_length(new, MAX_NOTE_CHARS, &at("new"))
        }
        ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } => {
            check_photo_ref(photo, &at("photo"))
        }
        ChangeKind::PhotoDisplay { hash, .. } => {
            validate_photo_hash(hash).map_err(|_| invalid(&at("hash"), ValueProblem::BadHash))
        }
        ChangeKind::Action {
            action_id,
            old,
            new,
        } => {
            check_id(action_id, &at("action_id"))?;
            check_action_state(old, responsible_units, &at("old"))?;
            check_action_state(new, responsible_units, &at("new"))
        }
        // Checked with the day its record was made, in `check_change`.
        ChangeKind::Survey { .. } => Ok(()),
    }
}

fn check_photo_ref(photo: &PhotoRef, path: &str) -> Checked {
    let at = |field: &str| format!("{path}.{field}");
    validate_photo_hash(&photo.hash).map_err(|_| invalid(&at("hash"), ValueProblem::BadHash))?;
    check_length(&photo.caption, MAX_CAPTION_CHARS, &at("caption"))?;
    check_time(&photo.taken_at, &at("taken_at"))?;
    check_integer(photo.bytes, &at("bytes"))?;
    photo
        .clone()
        .validated()
        .map(|_| ())
        .map_err(|e| invalid(path, ValueProblem::Refused(e)))
}

fn check_action_state(
    state: &Option<ActionState>,
    responsible_units: &[String],
    path: &str,
) -> Checked {
    let Some(state) = state else {
        return Ok(());
    };
    check_date(&state.due, &format!("{path}.due"))?;
    state
        .clone()
        .validated(responsible_units)
        .map(|_| ())
        .map_err(|e| invalid(path, ValueProblem::Refused(e)))
}

fn check_inspection(inspection: &Inspection, community_id: &str, path: &str) -> Checked {
    let at = |field: &str| format!("{path}.{field}");
    check_id(&inspection.id, &at("id"))?;
    if inspection.community_id != community_id {
        return Err(ImportError::WrongCommunity {
            path: at("community_id"),
        });
    }
    check_id(&inspection.device_id, &at("device_id"))?;
    check_date(&inspection.date, &at("date"))?;
    validate_inspectors(&inspection.inspectors)
        .map_err(|e| invalid(&at("inspectors"), ValueProblem::Refused(e)))?;
    check_time(&inspection.started_at, &at("started_at"))?;
    if let Some(finished_at) = &inspection.finished_at {
        check_time(finished_at, &at("finished_at"))?;
        if *finished_at < inspection.started_at {
            return Err(invalid(&at("finished_at"), ValueProblem::EndsBeforeStart));
        }
    }
    Ok(())
}

/// A photo's bytes: an image of an accepted size, whose length and hash
/// are the stated ones.
pub(super) fn check_photo(photo: &ExportedPhoto, path: &str) -> Checked {
    let at = |field: &str| format!("{path}.{field}");
    validate_photo_hash(&photo.hash).map_err(|_| invalid(&at("hash"), ValueProblem::BadHash))?;
    check_photo_upload(&photo.mime, photo.bytes)
        .map_err(|e| invalid(path, ValueProblem::Refused(e)))?;
    let data = base64::decode(&photo.data_base64)
        .map_err(|_| invalid(&at("data_base64"), ValueProblem::BadPhotoData))?;
    if u64::try_from(data.len()).ok() != Some(photo.bytes) {
        return Err(invalid(&at("bytes"), ValueProblem::SizeMismatch));
    }
    if sha256_hex(&data) != photo.hash {
        return Err(ImportError::PhotoHashMismatch {
            hash: photo.hash.clone(),
        });
    }
    Ok(())
}
