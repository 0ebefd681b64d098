//! Starting the app: open storage, load what the first page shows, make
//! sure this device has an id that outlives a restart, then read the rest
//! in the background. A page of one community costs that community's
//! records however many the device holds.

use leptos::prelude::*;

use super::commands::failure_message;
use super::state::{AppState, SaveStatus};
use gloo_timers::future::TimeoutFuture;

use super::refresh::reload_from_storage;
use crate::community::Community;
use crate::ids::CommunityId;
use crate::plan;
use crate::routing::Route;
use crate::sorting;
use crate::storage::{self, DeviceRecord, Loaded, Storage, DB_NAME};
use crate::web::{current_hash, now, random_id, remember_device_has_communities};

/// The app's state, loaded from storage, and the communities whose records
/// are still to be read ([`load_the_rest`]); memory-only storage when
/// IndexedDB cannot be opened or read (the frame says so).
pub async fn load_app_state() -> (AppState, Vec<CommunityId>) {
    let route = Route::parse(&current_hash());
    let (storage, mut loaded, rest) = open_storage(&route).await;
    if !loaded.communities.is_empty() {
        remember_device_has_communities();
    }
    let (device, device_failure) = this_device(&storage, loaded.device.take()).await;
    let preferences = std::mem::take(&mut loaded.preferences);
    let city = std::mem::take(&mut loaded.city);
    let save_status = match &device_failure {
        Some(message) => SaveStatus::Failed(message.clone()),
        None => SaveStatus::Idle,
    };
    let state = AppState {
        plan: StoredValue::new(city.scored_plan(&plan::embedded())),
        workspace: RwSignal::new(loaded.into_workspace(device.device_id.clone())),
        unsaved_device: StoredValue::new(device_failure.map(|_| device)),
        preferences: RwSignal::new(preferences),
        city: RwSignal::new(city),
        route: RwSignal::new(route),
        save_status: RwSignal::new(save_status),
        persisted: RwSignal::new(storage::is_persisted().await),
        all_loaded: RwSignal::new(rest.is_empty()),
        summaries: RwSignal::new(None),
        summaries_loading: StoredValue::new(false),
        summaries_reader: StoredValue::new(None),
        storage: StoredValue::new_local(storage),
    };
    (state, rest)
}

/// Opens storage and reads what the first page needs: for a page of one
/// community, the device's communities and that one's records; for the
/// office's city pages, the communities only (they show summaries); for
/// any other page, everything. The communities whose records are not read
/// yet are returned, to be read later.
async fn open_storage(route: &Route) -> (Storage, Loaded, Vec<CommunityId>) {
    let storage = match storage::open(DB_NAME).await {
        Ok(db) => Storage::IndexedDb(db),
        Err(_) => Storage::memory(),
    };
    let first = match route {
        Route::Office | Route::YearlyReport => load_communities_only(&storage).await,
        _ => match route.community() {
            Some(first) => load_first(&storage, first).await,
            None => None,
        },
    };
    if let Some((loaded, rest)) = first {
        return (storage, loaded, rest);
    }
    match storage.load().await {
        Ok(loaded) => (storage, loaded, Vec::new()),
        Err(_) => (Storage::memory(), Loaded::default(), Vec::new()),
    }
}

/// The device's communities without their records, all of which are to
/// be read later.
async fn load_communities_only(storage: &Storage) -> Option<(Loaded, Vec<CommunityId>)> {
    let loaded = storage.load_meta().await.ok()?;
    let rest = in_reading_order(loaded.communities.iter().collect());
    Some((loaded, rest))
}

/// Oldest first, so a device's own community comes before those imported.
fn in_reading_order(mut communities: Vec<&Community>) -> Vec<CommunityId> {
    sorting::sort_by(&mut communities, |a, b| {
        (a.created_at, &a.id).cmp(&(b.created_at, &b.id))
    });
    communities.into_iter().map(|c| c.id.clone()).collect()
}

/// The device's communities and one community's records; `None` when
/// storage cannot say or does not hold that community.
async fn load_first(storage: &Storage, first: &CommunityId) -> Option<(Loaded, Vec<CommunityId>)> {
    let mut loaded = storage.load_meta().await.ok()?;
    if !loaded.communities.iter().any(|c| c.id == *first) {
        return None;
    }
    let members = loaded.members_of(first);
    let (changes, inspections) = storage.load_members(&members).await.ok()?;
    loaded.changes = changes;
    loaded.inspections = inspections;
    let rest = in_reading_order(
        loaded
            .communities
            .iter()
            .filter(|c| !members.contains(&c.id))
            .collect(),
    );
    Some((loaded, rest))
}

/// How many communities are read before the views are told.
const COMMUNITIES_PER_NOTICE: usize = 20;

/// Reads the other communities' records after the first page is up, one
/// community at a time, yielding to the page between two (a tap waits for
/// one community's records at most); the views are told every few.
pub async fn load_the_rest(state: AppState, rest: Vec<CommunityId>) {
    let storage = state.storage.get_value();
    for (n, id) in rest.iter().enumerate() {
        if state.all_loaded.get_untracked() {
            // Something needed everything and read it at once.
            return;
        }
        let Ok((changes, inspections)) = storage.load_community(id).await else {
            // Read everything at once instead; the page re-reads it.
            return reload_from_storage(state);
        };
        state.workspace.update_untracked(|w| {
            w.records.insert_changes(changes);
            inspections
                .into_iter()
                .for_each(|i| w.records.insert_inspection(i));
        });
        if (n + 1) % COMMUNITIES_PER_NOTICE == 0 {
            state.workspace.notify();
        }
        TimeoutFuture::new(0).await;
    }
    state.workspace.notify();
    state.all_loaded.set(true);
}

/// Reads every community's records now, for what needs them all (a
/// delete, an import, the merged export) while [`load_the_rest`] is still
/// at work.
pub async fn ensure_all_loaded(state: AppState) {
    if state.all_loaded.get_untracked() {
        return;
    }
    if let Ok(loaded) = state.storage.get_value().load().await {
        state.workspace.update(|w| {
            w.records
                .absorb(&loaded.into_workspace(w.device_id.clone()).records);
        });
        state.all_loaded.set(true);
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
