//! The evaluation's commands: a community submits, the office records its
//! reviews, 公示, objections and namings, lists its devices, and a phone
//! takes the office's review file. Each record is stored before the screen
//! shows it.

use chrono::Datelike;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::after_edits_stored;
use super::saving::finish;
use crate::app::signing::{known_rotations, office_signature, SigningError};
use crate::app::state::AppState;
use crate::evaluation::{
    with_office_device, EvaluationRecords, OfficeDevice, Submission, SubmissionError,
};
use crate::exchange::{
    base64_decode, base64_encode, parse_review_file, DeviceInfo, ExportedPhoto, ImportError,
    ReviewFile, ReviewFileReader, FIRST_EVALUATION_YEAR,
};
use crate::ids::{CommunityId, DeviceId, ItemId, SubmissionId};
use crate::web::{now, random_id};

/// Submits community `community_id`'s self-assessment for `year`, as it
/// stands once every edit made before is stored; `answers` are the
/// returned items it answers. `done` gets the outcome once stored.
pub fn submit(
    state: AppState,
    community_id: CommunityId,
    year: i32,
    submitted_by: String,
    answers: Vec<ItemId>,
    done: impl FnOnce(Result<(), SubmissionError>) + 'static,
) {
    after_edits_stored(move || {
        let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
        let mut submission = state.workspace.with_untracked(|w| {
            Submission::of(
                w.records.item_states(&community_id),
                &community_id,
                year,
                &submitted_by,
                (random_id::<SubmissionId>(), device_id, now()),
            )
        });
        submission.answers = answers;
        let checked = state
            .plan_untracked()
            .with(|plan| submission.check(plan, FIRST_EVALUATION_YEAR, now().year()));
        if let Err(error) = checked {
            done(Err(error));
            return;
        }
        let records = EvaluationRecords {
            submissions: vec![submission],
            ..EvaluationRecords::default()
        };
        store_evaluation(state, records, move || done(Ok(())));
    });
}

/// Stores evaluation records and then shows them; `on_saved` runs once
/// they are stored.
pub fn store_evaluation(
    state: AppState,
    records: EvaluationRecords,
    on_saved: impl FnOnce() + 'static,
) {
    spawn_local(async move {
        let written = state.storage.get_value().save_evaluation(&records).await;
        if finish(state, written).await {
            state
                .workspace
                .update(|w| w.records.evaluation = w.records.evaluation.merged_with(&records));
            on_saved();
        }
    });
}

/// The office's own devices as this device trusts them.
pub fn trusted_devices(state: AppState) -> Vec<DeviceId> {
    state
        .office_devices
        .with_untracked(|list| list.iter().map(|d| d.device_id.clone()).collect())
}

/// Lists `device` among the office's own (or renames it), and stores the list.
pub fn add_office_device(state: AppState, device: OfficeDevice) {
    let list = state
        .office_devices
        .with_untracked(|list| with_office_device(list, device));
    spawn_local(async move {
        let written = state.storage.get_value().save_office_devices(&list).await;
        if finish(state, written).await {
            state.office_devices.set(list);
        }
    });
}

/// On the office's pages: lists this device among the office's own the
/// first time, so that what it records counts here.
pub fn list_this_device_as_office(state: AppState, name: &str) {
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    if trusted_devices(state).contains(&device_id) {
        return;
    }
    add_office_device(
        state,
        OfficeDevice {
            device_id,
            name: name.to_string(),
            added_at: now(),
        },
    );
}

/// The office's review file for one community, as text, with the images
/// of its findings that this device holds.
pub async fn review_file_json(
    state: AppState,
    community_id: &CommunityId,
) -> Result<String, SigningError> {
    let hashes: Vec<String> = state.workspace.with_untracked(|w| {
        let mut hashes: Vec<String> = w
            .records
            .evaluation
            .reviews
            .iter()
            .filter(|r| r.community_id == *community_id)
            .flat_map(|r| r.findings.values().flat_map(|f| f.photos.clone()))
            .collect();
        crate::sorting::sort(&mut hashes);
        hashes.dedup();
        hashes
    });
    let storage = state.storage.get_value();
    let mut photos = Vec::new();
    for hash in hashes {
        if let Ok(Some((mime, data))) = storage.photo_bytes(&hash).await {
            photos.push(ExportedPhoto {
                mime: if mime.is_empty() {
                    "image/jpeg".into()
                } else {
                    mime
                },
                bytes: data.len() as u64,
                data_base64: base64_encode(&data),
                hash,
            });
        }
    }
    let name = state.workspace.with_untracked(|w| {
        w.community(community_id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let device = DeviceInfo {
        id: state.workspace.with_untracked(|w| w.device_id.clone()),
        user_name: state.preferences.with_untracked(|p| p.user_name.clone()),
    };
    let devices = state.office_devices.get_untracked();
    let mut file = state.plan_untracked().with(|plan| {
        state.workspace.with_untracked(|w| {
            ReviewFile::of(
                plan,
                (community_id, &name),
                &w.records.evaluation,
                (device, now()),
                devices,
                photos,
            )
        })
    });
    file.key_rotations = known_rotations(state);
    file.signature = Some(office_signature(state, &file).await?);
    Ok(file.to_json())
}

/// Takes the office's review file on a phone: checked whole, then stored.
/// Gives how many records were new, or why the file was refused.
pub fn take_review_file(
    state: AppState,
    bytes: &[u8],
    signed_by_office: bool,
    on_saved: impl FnOnce(usize) + 'static,
) -> Result<(), ImportError> {
    let taken = state.workspace.with_untracked(|w| {
        let holds = |id: &CommunityId| w.community(id).is_some();
        let made = |id: &SubmissionId| w.records.evaluation.submissions.iter().any(|s| s.id == *id);
        state.plan_untracked().with(|plan| {
            parse_review_file(
                bytes,
                &ReviewFileReader {
                    plan,
                    holds_community: &holds,
                    made_submission: &made,
                    signed_by_office,
                },
            )
        })
    })?;
    let new = state
        .workspace
        .with_untracked(|w| taken.records.difference(&w.records.evaluation));
    let count = new.count();
    spawn_local(async move {
        // The images first: a finding shown is shown with its pictures.
        let storage = state.storage.get_value();
        for photo in &taken.photos {
            let Ok(data) = base64_decode(&photo.data_base64) else {
                continue;
            };
            let Ok(blob) = crate::web::blob_of(&data, &photo.mime) else {
                continue;
            };
            let saved = storage
                .save_loose_photo(&photo.hash, &photo.mime, &blob)
                .await;
            if !finish(state, saved).await {
                return;
            }
        }
        if count == 0 {
            on_saved(0);
        } else {
            store_evaluation(state, new, move || on_saved(count));
        }
    });
    Ok(())
}
