//! Exporting: one community's file on a phone, the merged file and the
//! table at the office. A file "with photos" holds every photo its items
//! show, or is not made: a photo that cannot be read stops the export and
//! says which item it belongs to.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::current_dataset;
use crate::app::signing::{device_signature, known_rotations, office_key, signature_over};
use crate::app::startup::{ensure_all_loaded, ensure_read};
use crate::app::state::AppState;
use crate::city::CitySetup;
use crate::exchange::{
    build_export, file_name, to_json, DeviceInfo, ExportDocument, ExportOptions,
};
use crate::i18n::texts;
use crate::ids::{CommunityId, ItemId};
use crate::office::{to_csv, OfficeSummary};
use crate::records::{PhotoBlob, Records};
use crate::signing::signed_content;
use crate::sorting;
use crate::storage::StorageError;
use crate::web::{now, today};

/// A file ready to hand over: its name, bytes and type.
#[derive(Clone, Debug)]
pub struct ExportFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub mime: &'static str,
    /// When the file says it was exported.
    pub exported_at: DateTime<Utc>,
}

/// Why an export file was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportProblem {
    /// Photos these items show could not be read from this device's
    /// storage (or never reached it): a file "with photos" would lack them.
    UnreadablePhotos(Vec<(CommunityId, ItemId)>),
}

/// One community's export file. The export time is recorded only once the
/// file has been handed over ([`record_export`]).
pub async fn export_community(
    state: AppState,
    community_id: &CommunityId,
    with_photos: bool,
) -> Result<ExportFile, ExportProblem> {
    // A copy of this community's records only: an export costs what it
    // carries, however many communities the device holds.
    ensure_read(state, community_id).await;
    let mut dataset = state
        .workspace
        .with_untracked(|w| w.records.only(&[community_id]));
    if with_photos {
        add_photo_bytes(state, &mut dataset, &[community_id]).await?;
    }
    let options = options(state, with_photos, false);
    let exported_at = options.exported_at;
    let document = state
        .plan_untracked()
        .with(|plan| build_export(&dataset, &[community_id], plan, options));
    let document = signed(state, document, false).await;
    let name = dataset
        .community(community_id)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    Ok(ExportFile {
        name: file_name(&name, today()),
        bytes: to_json(&document).into_bytes(),
        mime: "application/json",
        exported_at,
    })
}

/// Remembers that the community was exported (the backup reminder).
/// The document signed: by the office key when `as_office` and this
/// computer holds it (with the office's key rotations), else by this
/// device's own key; unsigned only where the browser cannot sign (a page
/// not served over https), which the office is shown.
async fn signed(state: AppState, mut document: ExportDocument, as_office: bool) -> ExportDocument {
    if as_office {
        if let Some(key) = office_key(state).await {
            document.key_rotations = known_rotations(state);
            if let Ok(block) = signature_over(&key, &signed_content(&document)).await {
                document.signature = Some(block);
                return document;
            }
            document.key_rotations.clear();
        }
    }
    document.signature = device_signature(state, &document).await.ok();
    document
}

pub async fn record_export(
    state: AppState,
    community_id: &CommunityId,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let mut log = state
        .workspace
        .with_untracked(|w| w.last_exported_at.clone());
    log.insert(community_id.clone(), at);
    state.storage.get_value().save_export_log(&log).await?;
    state
        .workspace
        .update(|w| w.note_export(community_id.clone(), at));
    Ok(())
}

/// Every community this device holds, as the office's merged file.
pub async fn export_all(state: AppState, with_photos: bool) -> Result<ExportFile, ExportProblem> {
    ensure_all_loaded(state).await;
    let mut dataset = current_dataset(state);
    let ids: Vec<CommunityId> = dataset.communities.keys().cloned().collect();
    let ids: Vec<&CommunityId> = ids.iter().collect();
    if with_photos {
        add_photo_bytes(state, &mut dataset, &ids).await?;
    }
    let options = options(state, with_photos, true);
    let exported_at = options.exported_at;
    let document = state
        .plan_untracked()
        .with(|plan| build_export(&dataset, &ids, plan, options));
    let document = signed(state, document, true).await;
    Ok(ExportFile {
        name: file_name(texts().exchange_all_file, today()),
        bytes: to_json(&document).into_bytes(),
        mime: "application/json",
        exported_at,
    })
}

/// The office table as CSV (UTF-8 with BOM, for Excel and WPS), made
/// from `summary`, the overview on the screen.
pub fn export_csv(summary: &OfficeSummary) -> ExportFile {
    let name = file_name(texts().exchange_all_file, today()).replace(".json", ".csv");
    ExportFile {
        name,
        bytes: to_csv(&summary.rows, texts(), &summary.scoring).into_bytes(),
        mime: "text/csv;charset=utf-8",
        exported_at: now(),
    }
}

/// Adds the stored bytes of every photo the communities' items show now;
/// the items whose photos cannot be read make the export fail. (Photos
/// only in an item's history are added when readable: an undo could bring
/// them back, but no one needs them as evidence today.)
async fn add_photo_bytes(
    state: AppState,
    dataset: &mut Records,
    community_ids: &[&CommunityId],
) -> Result<(), ExportProblem> {
    let storage = state.storage.get_value();
    let mut unreadable = Vec::new();
    for community_id in community_ids {
        let shown = shown_photos(dataset, community_id);
        for hash in dataset.photo_hashes_of(community_id) {
            match storage.photo_bytes(&hash).await {
                Ok(Some((mime, data))) => {
                    let mime = if mime.is_empty() {
                        "image/jpeg".to_string()
                    } else {
                        mime
                    };
                    dataset.photos.insert(hash, PhotoBlob { mime, data });
                }
                _ => unreadable.extend(
                    shown
                        .iter()
                        .filter(|(_, h)| *h == hash)
                        .map(|(item, _)| ((*community_id).clone(), item.clone())),
                ),
            }
        }
    }
    sorting::sort(&mut unreadable);
    unreadable.dedup();
    if unreadable.is_empty() {
        Ok(())
    } else {
        Err(ExportProblem::UnreadablePhotos(unreadable))
    }
}

/// (item, photo hash) for every photo the community's items show now.
fn shown_photos(dataset: &Records, community_id: &CommunityId) -> Vec<(ItemId, String)> {
    dataset
        .item_states(community_id)
        .into_iter()
        .flat_map(|(item, state)| {
            state
                .photos
                .into_iter()
                .map(move |photo| (item.clone(), photo.hash))
        })
        .collect()
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
        // The office's merged file carries its roster and definitions.
        city: relay
            .then(|| state.city.get_untracked())
            .filter(CitySetup::is_set),
        // …and, with the office's devices, its reviews and notices.
        office_devices: if relay {
            state.office_devices.get_untracked()
        } else {
            Vec::new()
        },
    }
}
