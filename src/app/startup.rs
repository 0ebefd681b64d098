//! Starting the app: open storage, load what it holds, make sure this
//! device has an id that outlives a restart.

use leptos::prelude::*;

use super::commands::failure_message;
use super::state::{AppState, SaveStatus};
use crate::plan;
use crate::routing::Route;
use crate::storage::{self, DeviceRecord, Loaded, Storage, DB_NAME};
use crate::web::{current_hash, now, random_id, remember_device_has_communities};

/// The app's state, loaded from storage; memory-only storage when
/// IndexedDB cannot be opened or read (the frame says so).
pub async fn load_app_state() -> AppState {
    let (storage, mut loaded) = open_storage().await;
    if !loaded.communities.is_empty() {
        remember_device_has_communities();
    }
    let (device, device_failure) = this_device(&storage, loaded.device.take()).await;
    let preferences = std::mem::take(&mut loaded.preferences);
    let save_status = match &device_failure {
        Some(message) => SaveStatus::Failed(message.clone()),
        None => SaveStatus::Idle,
    };
    AppState {
        plan: StoredValue::new(plan::embedded()),
        workspace: RwSignal::new(loaded.into_workspace(device.device_id.clone())),
        unsaved_device: StoredValue::new(device_failure.map(|_| device)),
        preferences: RwSignal::new(preferences),
        route: RwSignal::new(Route::parse(&current_hash())),
        save_status: RwSignal::new(save_status),
        persisted: RwSignal::new(storage::is_persisted().await),
        storage: StoredValue::new_local(storage),
    }
}

async fn open_storage() -> (Storage, Loaded) {
    let storage = match storage::open(DB_NAME).await {
        Ok(db) => Storage::IndexedDb(db),
        Err(_) => Storage::memory(),
    };
    match storage.load().await {
        Ok(loaded) => (storage, loaded),
        Err(_) => (Storage::memory(), Loaded::default()),
    }
}

/// The stored device, or a new one stored now. When it cannot be stored,
/// the message says so; the caller keeps trying after later writes.
async fn this_device(
    storage: &Storage,
    stored: Option<DeviceRecord>,
) -> (DeviceRecord, Option<String>) {
    if let Some(device) = stored {
        return (device, None);
    }
    let device = DeviceRecord {
        device_id: random_id(),
        created_at: now(),
    };
    match storage.save_device(&device).await {
        Ok(()) => (device, None),
        Err(error) => (device, Some(failure_message(error).await)),
    }
}
