//! Importing files: each checked completely and merged in memory, its line
//! shown as soon as it is known; what the checked files add is written to
//! storage in as few transactions as possible (one per batch, or per
//! [`FLUSH_CHANGES`] records or [`FLUSH_PHOTO_BYTES`] of images). A file's
//! line says "imported" only once its transaction has committed; a write
//! that fails rejects the files it held, and nothing of them is kept.
//! Before a file is merged, the held communities it touches
//! ([`communities_touched`]) are read if they are not, and no others, so an
//! import costs what it touches however much the device holds.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::current_dataset;
use super::import_signature::{awaiting_confirmation, signer_lines, unconfirmed_office_key};
use crate::app::failure::failure_message;
use crate::app::refresh::reload_from_storage;
use crate::app::signing::signer_of;
use crate::app::state::AppState;
use crate::app::summaries::{summarize, update_summaries};
use crate::city::CitySetup;
use crate::community::CommunityMerge;
use crate::exchange::{
    check_office_origin, communities_touched, import_into, parse_export, ExportDocument,
    ImportError, MAX_IMPORT_BYTES,
};
use crate::i18n::{fill, signing_texts, texts};
use crate::ids::{CommunityId, InspectionId};
use crate::office::CommunitySummary;
use crate::records::{PhotoBlob, Records};
use crate::storage::StorageError;
use crate::web::file_bytes;
use crate::workspace::Workspace;

/// Write what is pending once it holds this many change records…
const FLUSH_CHANGES: usize = 50_000;
/// …or this many bytes of images, so a transaction stays a size the
/// browser commits comfortably.
const FLUSH_PHOTO_BYTES: usize = 32 * 1024 * 1024;

/// What happened to one imported file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileResult {
    /// Checked and merged; being written with the batch.
    Saving(Vec<String>),
    Imported(Vec<String>),
    UpToDate(Vec<String>),
    Rejected(String),
    /// Not an export at all, in a folder picked whole: passed over.
    Skipped,
    /// Signed by an office key this device has not confirmed: imported
    /// once the user confirms the key by its fingerprint.
    Unconfirmed {
        key: String,
        message: String,
    },
}

impl FileResult {
    /// A short name of the outcome, for keys and test hooks.
    pub fn kind(&self) -> &'static str {
        match self {
            FileResult::Saving(_) => "saving",
            FileResult::Imported(_) => "imported",
            FileResult::UpToDate(_) => "up-to-date",
            FileResult::Rejected(_) => "rejected",
            FileResult::Skipped => "skipped",
            FileResult::Unconfirmed { .. } => "unconfirmed",
        }
    }
}

/// A run of imports: the device's records, taken once, into which each
/// checked file is merged, so a file costs its own size and not that of
/// everything imported before it; and what is still to be written.
pub struct ImportBatch {
    dataset: Records,
    /// The communities whose stored records `dataset` does not hold yet.
    unread: BTreeSet<CommunityId>,
    /// What each checked file adds, in the order checked: written in that
    /// order, so a record two files change ends as the later one (the
    /// preferred, as each file was merged with the ones before it).
    pending: Vec<Records>,
    pending_changes: usize,
    pending_photo_bytes: usize,
    /// The files whose records are pending: their position and name.
    pending_files: Vec<(usize, String, Vec<String>)>,
    imported_any: bool,
    /// The roster and definitions as they stand, and a newer one a file
    /// brought (the office's merged export) that is still to be written.
    city: CitySetup,
    pending_city: Option<CitySetup>,
    /// Set when a file brought merges of communities: the communities
    /// whose records now count differently, still to be written with the
    /// merges.
    pending_regrouped: BTreeSet<CommunityId>,
    /// Set once a write failed: what is in `dataset` is then not all
    /// stored, and the rest of the batch is refused with this reason.
    write_failed: Option<String>,
}

pub async fn start_import(state: AppState) -> ImportBatch {
    // What is in memory; each file reads what else it touches.
    let mut dataset = current_dataset(state);
    // Stored images count as present; their bytes need not be read for this.
    let storage = state.storage.get_value();
    for hash in storage.photo_hashes().await.unwrap_or_default() {
        dataset.photos.entry(hash).or_insert_with(stored_photo);
    }
    ImportBatch {
        dataset,
        unread: state.unread.get_untracked(),
        pending: Vec::new(),
        pending_changes: 0,
        pending_photo_bytes: 0,
        pending_files: Vec::new(),
        imported_any: false,
        city: state.city.get_untracked(),
        pending_city: None,
        pending_regrouped: BTreeSet::new(),
        write_failed: None,
    }
}

/// Reads into the batch the stored records of the held communities the
/// file touches that it does not hold yet, with those of the communities
/// whose stored inspections have the ids of the file's (an inspection is
/// stored under its id).
async fn read_touched(
    state: AppState,
    batch: &mut ImportBatch,
    document: &ExportDocument,
) -> Result<(), StorageError> {
    if batch.unread.is_empty() {
        return Ok(());
    }
    let storage = state.storage.get_value();
    let inspection_ids: Vec<InspectionId> = document
        .communities
        .iter()
        .flat_map(|entry| entry.inspections.iter().map(|i| i.id.clone()))
        .collect();
    let mut touched = communities_touched(&batch.dataset, document);
    for holder in storage.communities_of_inspections(&inspection_ids).await? {
        touched.extend(batch.dataset.members_of(batch.dataset.resolve(&holder)));
    }
    let to_read: Vec<CommunityId> = touched
        .into_iter()
        .filter(|id| batch.unread.contains(id))
        .collect();
    if to_read.is_empty() {
        return Ok(());
    }
    let (changes, inspections) = storage.load_members(&to_read).await?;
    batch.dataset.insert_stored(changes, inspections);
    to_read.iter().for_each(|id| {
        batch.unread.remove(id);
    });
    Ok(())
}

/// Stands for an image already stored on this device.
fn stored_photo() -> PhotoBlob {
    PhotoBlob {
        mime: String::new(),
        data: Vec::new(),
    }
}

/// Checks the file at `position` completely and merges it into the batch,
/// or rejects it and changes nothing. Its records are written by
/// [`flush_if_large`] or [`finish_import`]. A file of a folder picked whole
/// (`in_folder`) that is no export at all (another kind of file, too large
/// to be one) is skipped instead of refused: folders hold other files.
pub async fn import_file(
    state: AppState,
    batch: &mut ImportBatch,
    position: usize,
    file: &web_sys::File,
    in_folder: bool,
) -> FileResult {
    let t = texts();
    let name = file.name();
    if let Some(reason) = &batch.write_failed {
        return FileResult::Rejected(t.label_text(&name, reason));
    }
    let size = file.size() as u64;
    if size > MAX_IMPORT_BYTES {
        if in_folder {
            return FileResult::Skipped;
        }
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
        .plan_untracked()
        .with(|plan| parse_export(&bytes, plan, MAX_IMPORT_BYTES));
    let document = match parsed {
        Ok(document) => document,
        Err(ImportError::NotJson | ImportError::NotThisFormat) if in_folder => {
            return FileResult::Skipped;
        }
        Err(error) => return FileResult::Rejected(t.import_error_in_file(&name, &error)),
    };
    let signer = match signer_of(state, &bytes).await {
        Ok(signer) => signer,
        Err(refusal) => {
            let s = signing_texts();
            return FileResult::Rejected(s.refused_file(&name, s.refusal(&refusal)));
        }
    };
    if let Some(key) = unconfirmed_office_key(state, &signer, &document) {
        let message = awaiting_confirmation(&name, &key);
        return FileResult::Unconfirmed { key, message };
    }
    if let Err(error) = check_office_origin(&document, signer.is_office()) {
        return FileResult::Rejected(t.import_error_in_file(&name, &error));
    }
    if let Err(error) = read_touched(state, batch, &document).await {
        let reason = failure_message(error).await;
        return FileResult::Rejected(t.label_text(&name, &reason));
    }
    let outcome = import_into(&batch.dataset, &document);
    let mut lines = t.import_summary(&outcome.summary);
    lines.extend(signer_lines(state, &signer, &document).await);
    let newer_city = document
        .city
        .as_ref()
        .and_then(|incoming| CitySetup::newer(&batch.city, incoming));
    // The roster, definitions and scoring are the office's word: taken only
    // from a file the office signed.
    let newer_city = match newer_city {
        Some(_) if !signer.is_office() => {
            lines.push(signing_texts().city_not_taken.to_string());
            None
        }
        city => city,
    };
    if let Some(city) = &newer_city {
        let entries = city.roster.entries.len().to_string();
        lines.push(fill(t.exchange.import_roster, &[("n", &entries)]));
    }
    if outcome.summary.already_up_to_date && newer_city.is_none() {
        return FileResult::UpToDate(lines);
    }
    if let Some(city) = newer_city {
        batch.city = city.clone();
        batch.pending_city = Some(city);
    }
    let mut to_write = outcome.to_write;
    // Placeholders stand for images already stored; never write them.
    to_write.photos.retain(|_, photo| !photo.data.is_empty());
    // The batch needs to know the images are there, not their bytes.
    let photos = std::mem::take(&mut to_write.photos);
    let regrouped = batch.dataset.absorb(&to_write);
    batch.pending_regrouped.extend(regrouped);
    for hash in photos.keys() {
        batch.dataset.insert_photo(hash.clone(), stored_photo());
    }
    to_write.photos = photos;
    batch.pending_changes += to_write.changes().len();
    batch.pending_photo_bytes += to_write
        .photos
        .values()
        .map(|p| p.data.len())
        .sum::<usize>();
    batch.pending.push(to_write);
    batch.pending_files.push((position, name, lines.clone()));
    FileResult::Saving(lines)
}

/// Writes what is pending when it has grown large; the outcome of each
/// file written, by position.
pub async fn flush_if_large(state: AppState, batch: &mut ImportBatch) -> Vec<(usize, FileResult)> {
    if batch.pending_changes >= FLUSH_CHANGES || batch.pending_photo_bytes >= FLUSH_PHOTO_BYTES {
        flush(state, batch).await
    } else {
        Vec::new()
    }
}

/// Writes everything pending in one transaction.
async fn flush(state: AppState, batch: &mut ImportBatch) -> Vec<(usize, FileResult)> {
    if batch.pending_files.is_empty() {
        return Vec::new();
    }
    let pending = std::mem::take(&mut batch.pending);
    let files = std::mem::take(&mut batch.pending_files);
    batch.pending_changes = 0;
    batch.pending_photo_bytes = 0;
    let exports = batch.dataset.last_exported_at.clone();
    let regrouped: Vec<CommunityId> = std::mem::take(&mut batch.pending_regrouped)
        .into_iter()
        .collect();
    let summaries = fresh_summaries(&batch.dataset, &pending, &regrouped);
    let merges: Vec<CommunityMerge> = batch.dataset.community_merges().values().cloned().collect();
    let merges_to_write = (!regrouped.is_empty()
        || pending.iter().any(|p| !p.community_merges().is_empty()))
    .then_some((merges.as_slice(), regrouped.as_slice()));
    let city = batch.pending_city.take();
    let written = state
        .storage
        .get_value()
        .write_import(
            &pending,
            &exports,
            &summaries,
            city.as_ref(),
            merges_to_write,
        )
        .await;
    match written {
        Ok(()) => {
            batch.imported_any = true;
            update_summaries(state, summaries);
            if let Some(city) = city {
                crate::app::commands::show_city(state, city);
            }
            files
                .into_iter()
                .map(|(position, _, lines)| (position, FileResult::Imported(lines)))
                .collect()
        }
        Err(error) => {
            let reason = failure_message(error).await;
            let t = texts();
            let outcome = files
                .into_iter()
                .map(|(position, name, _)| {
                    (position, FileResult::Rejected(t.label_text(&name, &reason)))
                })
                .collect();
            batch.write_failed = Some(reason);
            outcome
        }
    }
}

/// The summaries of the shown communities the parts add to or that were
/// regrouped, as `dataset` holds them now.
fn fresh_summaries(
    dataset: &Records,
    parts: &[Records],
    regrouped: &[CommunityId],
) -> Vec<CommunitySummary> {
    let shown: BTreeSet<CommunityId> = crate::sorting::set_of(
        touched_communities(parts)
            .iter()
            .chain(regrouped)
            .map(|id| dataset.resolve(id).clone())
            .filter(|id| dataset.communities.contains_key(id)),
    );
    shown.iter().map(|id| summarize(dataset, id)).collect()
}

/// The communities whose records the parts add to.
fn touched_communities(parts: &[Records]) -> BTreeSet<CommunityId> {
    crate::sorting::set_of(parts.iter().flat_map(|part| {
        let communities = part.communities.keys().cloned();
        let of_changes = part.changes().values().map(|c| c.community_id.clone());
        let of_inspections = part.inspections.values().map(|i| i.community_id.clone());
        communities.chain(of_changes).chain(of_inspections)
    }))
}

/// Writes what is still pending and shows what the batch imported
/// everywhere (views, other tabs). After a failed write the device's
/// records are read back from storage, so the screen shows what is stored.
pub async fn finish_import(state: AppState, mut batch: ImportBatch) -> Vec<(usize, FileResult)> {
    let outcome = flush(state, &mut batch).await;
    if batch.write_failed.is_some() {
        reload_from_storage(state);
    } else if batch.imported_any {
        let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
        let mut records = batch.dataset;
        // Images stay in the browser's storage; the batch only knew they were there.
        records.photos.clear();
        state
            .workspace
            .set(Workspace::from_records(device_id, records));
        state.unread.set(batch.unread);
    }
    if batch.imported_any {
        crate::storage::announce_change();
    }
    outcome
}
