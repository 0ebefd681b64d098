//! Importing files: each checked completely, then written in one
//! transaction, or rejected with a message naming the file.

use leptos::prelude::*;

use super::current_dataset;
use crate::app::commands::failure_message;
use crate::app::state::AppState;
use crate::exchange::{import_into, parse_export, ImportError, MAX_IMPORT_BYTES};
use crate::i18n::texts;
use crate::records::{PhotoBlob, Records};
use crate::web::file_bytes;
use crate::workspace::Workspace;

/// What happened to one imported file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileResult {
    Imported(Vec<String>),
    UpToDate(Vec<String>),
    Rejected(String),
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
    let mut records = batch.dataset;
    // Images stay in the browser's storage; the batch only knew they were there.
    records.photos.clear();
    state
        .workspace
        .set(Workspace::from_records(device_id, records));
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
        return FileResult::Rejected(t.label_text(&name, &failure_message(error).await));
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
