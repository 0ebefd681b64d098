//! Export and import as the user does them: the pure exchange domain does
//! the work; this file only gathers data from storage and writes results.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::exchange::{
    build_export, file_name, import_into, parse_export, DeviceInfo, ExportOptions, ImportError,
    MAX_IMPORT_BYTES,
};
use crate::i18n::texts;
use crate::ids::CommunityId;
use crate::office::{office_summary, to_csv};
use crate::records::{PhotoBlob, Records};
use crate::storage::StorageError;
use crate::web::{file_bytes, now, today};
use crate::workspace::Workspace;

/// What happened to one imported file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileResult {
    Imported(Vec<String>),
    UpToDate(Vec<String>),
    Rejected(String),
}

/// The device's data as a dataset, with export times but without photo
/// bytes.
pub fn current_dataset(state: AppState) -> Records {
    let mut dataset = state.workspace.with_untracked(|w| w.records.clone());
    dataset.last_exported_at = state.exports.get_untracked();
    dataset
}

/// Adds the stored bytes of the photos the given communities show.
async fn add_photo_bytes(state: AppState, dataset: &mut Records, community_ids: &[&CommunityId]) {
    let storage = state.storage.get_value();
    let hashes: Vec<String> = community_ids
        .iter()
        .flat_map(|id| dataset.photo_hashes_of(id))
        .collect();
    for hash in hashes {
        if let Ok(Some((mime, data))) = storage.photo_bytes(&hash).await {
            let mime = if mime.is_empty() {
                "image/jpeg".to_string()
            } else {
                mime
            };
            dataset.photos.insert(hash, PhotoBlob { mime, data });
        }
    }
}

fn options(state: AppState, with_photos: bool, relay: bool) -> ExportOptions {
    ExportOptions {
        device: DeviceInfo {
            id: state.workspace.with_untracked(|w| w.device_id.clone()),
            user_name: state.preferences.with_untracked(|p| p.user_name.clone()),
        },
        exported_at: now(),
        with_photos,
        relay,
    }
}

/// One community's export file: its name and bytes. The export time is
/// recorded for the backup reminder.
pub async fn export_community(
    state: AppState,
    community_id: &CommunityId,
    with_photos: bool,
) -> Result<(String, Vec<u8>), StorageError> {
    let mut dataset = current_dataset(state);
    if with_photos {
        add_photo_bytes(state, &mut dataset, &[community_id]).await;
    }
    let document = state.plan.with_value(|plan| {
        build_export(
            &dataset,
            &[community_id],
            plan,
            options(state, with_photos, false),
        )
    });
    let name = dataset
        .communities
        .get(community_id)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let json = crate::exchange::to_json(&document);
    state.exports.update(|log| {
        log.insert(community_id.clone(), document.exported_at);
    });
    let log = state.exports.get_untracked();
    state.storage.get_value().save_export_log(&log).await?;
    Ok((file_name(&name, today()), json.into_bytes()))
}

/// Every community this device holds, as the office's merged file.
pub async fn export_all(state: AppState, with_photos: bool) -> (String, Vec<u8>) {
    let mut dataset = current_dataset(state);
    let ids: Vec<CommunityId> = dataset.communities.keys().cloned().collect();
    let ids: Vec<&CommunityId> = ids.iter().collect();
    if with_photos {
        add_photo_bytes(state, &mut dataset, &ids).await;
    }
    let document = state
        .plan
        .with_value(|plan| build_export(&dataset, &ids, plan, options(state, with_photos, true)));
    let json = crate::exchange::to_json(&document);
    (
        file_name(texts().exchange_all_file, today()),
        json.into_bytes(),
    )
}

/// The office table as CSV (UTF-8 with BOM, for Excel and WPS).
pub fn export_csv(state: AppState) -> (String, Vec<u8>) {
    let dataset = current_dataset(state);
    let in_scope = state
        .preferences
        .with_untracked(|p| p.roster_in_scope.unwrap_or(0));
    let summary = state
        .plan
        .with_value(|plan| office_summary(&dataset, plan, in_scope, today()));
    let name = file_name(texts().exchange_all_file, today()).replace(".json", ".csv");
    (name, to_csv(&summary.rows, texts()).into_bytes())
}

/// A run of imports: the device's data, taken once, into which each
/// imported file is absorbed, so a file costs its own size and not that of
/// everything imported before it. The views see the result at the end.
pub struct ImportBatch {
    dataset: Records,
    imported_any: bool,
}

pub async fn start_import(state: AppState) -> ImportBatch {
    let mut dataset = current_dataset(state);
    // Stored images count as present; their bytes need not be read for this.
    let storage = state.storage.get_value();
    for hash in storage.photo_hashes().await.unwrap_or_default() {
        dataset.photos.entry(hash).or_insert_with(stored_photo);
    }
    ImportBatch {
        dataset,
        imported_any: false,
    }
}

/// Stands for an image already stored on this device.
fn stored_photo() -> PhotoBlob {
    PhotoBlob {
        mime: String::new(),
        data: Vec::new(),
    }
}

/// Shows what the batch imported everywhere (views, other tabs).
pub fn finish_import(state: AppState, batch: ImportBatch) {
    if !batch.imported_any {
        return;
    }
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    state
        .workspace
        .set(Workspace::from_records(device_id, batch.dataset.clone()));
    state.exports.set(batch.dataset.last_exported_at);
    crate::storage::announce_change();
}

/// Checks a file completely, then merges and writes it in one transaction,
/// or rejects it and changes nothing.
pub async fn import_file(
    state: AppState,
    batch: &mut ImportBatch,
    file: &web_sys::File,
) -> FileResult {
    let t = texts();
    let name = file.name();
    let size = file.size() as u64;
    if size > MAX_IMPORT_BYTES {
        let error = ImportError::TooLarge {
            max_bytes: MAX_IMPORT_BYTES,
            actual: size,
        };
        return FileResult::Rejected(t.import_error_in_file(&name, &error));
    }
    let Some(bytes) = file_bytes(file).await else {
        return FileResult::Rejected(t.import_error_in_file(&name, &ImportError::NotJson));
    };
    let parsed = state
        .plan
        .with_value(|plan| parse_export(&bytes, plan, MAX_IMPORT_BYTES));
    let document = match parsed {
        Ok(document) => document,
        Err(error) => return FileResult::Rejected(t.import_error_in_file(&name, &error)),
    };
    let outcome = import_into(&batch.dataset, &document);
    let lines = t.import_summary(&outcome.summary);
    if outcome.summary.already_up_to_date {
        return FileResult::UpToDate(lines);
    }
    let mut to_write = outcome.to_write;
    // Placeholders stand for images already stored; never write them.
    to_write.photos.retain(|_, photo| !photo.data.is_empty());
    let mut exports = batch.dataset.last_exported_at.clone();
    exports.extend(to_write.last_exported_at.clone());
    if let Err(error) = state
        .storage
        .get_value()
        .write_import(&to_write, &exports)
        .await
    {
        let reason = match error {
            StorageError::QuotaExceeded => t.quota_exceeded.to_string(),
            StorageError::Other(message) => message,
        };
        return FileResult::Rejected(t.label_text(
            &name,
            &crate::i18n::fill(t.save_failed, &[("reason", &reason)]),
        ));
    }
    // The batch needs to know the images are stored, not their bytes.
    to_write
        .photos
        .values_mut()
        .for_each(|photo| *photo = stored_photo());
    batch.dataset.absorb(&to_write);
    batch.imported_any = true;
    FileResult::Imported(lines)
}
