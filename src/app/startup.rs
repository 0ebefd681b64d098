//! Starting the app: open storage, load what the first page shows, and make
//! sure this device has an id that outlives a restart. A page of one
//! community costs that community's records however many the device holds:
//! another community's records are read when a page of it opens.

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::failure::failure_message;
use super::state::{AppState, SaveStatus};

use crate::city::{plan_scored_by, CitySetup};
use crate::ids::CommunityId;
use crate::plan;
use crate::plan::Plan;
use crate::routing::Route;
use crate::sorting;
use crate::storage::{self, DeviceRecord, Loaded, Storage, DB_NAME};
use crate::web::{current_hash, now, random_id, remember_device_has_communities};

/// The app's state, loaded from storage; memory-only storage when
/// IndexedDB cannot be opened or read (the frame says so).
pub async fn load_app_state() -> AppState {
    let route = Route::parse(&current_hash());
    let (storage, mut loaded, unread) = open_storage(&route).await;
    if !loaded.communities.is_empty() {
        remember_device_has_communities();
    }
    let (device, device_failure) = this_device(&storage, loaded.device.take()).await;
    let preferences = std::mem::take(&mut loaded.preferences);
    let city = std::mem::take(&mut loaded.city);
    let office_devices = std::mem::take(&mut loaded.office_devices);
    let key_book = std::mem::take(&mut loaded.key_book);
    let save_status = match &device_failure {
        Some(message) => SaveStatus::Failed(message.clone()),
        None => SaveStatus::Idle,
    };
    let city = RwSignal::new(city);
    let state = AppState {
        scored_plan: scored_plan(city),
        workspace: RwSignal::new(loaded.into_workspace(device.device_id.clone())),
        unsaved_device: StoredValue::new(device_failure.map(|_| device)),
        preferences: RwSignal::new(preferences),
        city,
        office_devices: RwSignal::new(office_devices),
        key_book: RwSignal::new(key_book),
        route: RwSignal::new(route),
        save_status: RwSignal::new(save_status),
        persisted: RwSignal::new(storage::is_persisted().await),
        unread: RwSignal::new(unread),
        summaries: RwSignal::new(None),
        summaries_loading: StoredValue::new(false),
        summaries_epoch: StoredValue::new(0),
        storage: StoredValue::new_local(storage),
    };
    state
}

/// The plan scored by the office's rules in `city`, worked out again only
/// when the rules change (a roster edit leaves it be), so that every view
/// reading it follows a scoring file taken here or in another tab.
fn scored_plan(city: RwSignal<CitySetup>) -> Memo<Arc<Plan>> {
    let rules = Memo::new(move |_| city.with(|c| c.scoring.clone()));
    Memo::new(move |_| {
        rules.with(|rules| Arc::new(plan_scored_by(rules.as_ref(), &plan::embedded())))
    })
}

/// Opens storage and reads what the first page needs: for a page of one
/// community, the device's communities and that one's records; for any
/// other page, the communities only (lists show their summaries). Also
/// gives the communities whose records are not read.
async fn open_storage(route: &Route) -> (Storage, Loaded, BTreeSet<CommunityId>) {
    let storage = match storage::open(DB_NAME).await {
        Ok(db) => Storage::IndexedDb(db),
        Err(_) => Storage::memory(),
    };
    let first = match route.community() {
        Some(first) => load_first(&storage, first).await,
        None => None,
    };
    // No community's page, or one this device does not hold.
    let first = match first {
        Some(first) => Some(first),
        None => load_communities_only(&storage).await,
    };
    if let Some((loaded, rest)) = first {
        return (storage, loaded, rest);
    }
    match storage.load().await {
        Ok(loaded) => (storage, loaded, BTreeSet::new()),
        Err(_) => (Storage::memory(), Loaded::default(), BTreeSet::new()),
    }
}

/// The device's communities without their records.
async fn load_communities_only(storage: &Storage) -> Option<(Loaded, BTreeSet<CommunityId>)> {
    let loaded = storage.load_meta().await.ok()?;
    let unread = sorting::set_of(loaded.communities.iter().map(|c| c.id.clone()));
    Some((loaded, unread))
}

/// The device's communities and one community's records; `None` when
/// storage cannot say or does not hold that community.
async fn load_first(
    storage: &Storage,
    first: &CommunityId,
) -> Option<(Loaded, BTreeSet<CommunityId>)> {
    let mut loaded = storage.load_meta().await.ok()?;
    if !loaded.communities.iter().any(|c| c.id == *first) {
        return None;
    }
    let members = loaded.members_of(first);
    let (changes, inspections) = storage.load_members(&members).await.ok()?;
    loaded.changes = changes;
    loaded.inspections = inspections;
    let unread = sorting::set_of(
        loaded
            .communities
            .iter()
            .map(|c| c.id.clone())
            .filter(|id| !members.contains(id)),
    );
    Some((loaded, unread))
}

/// Reads community `id`'s records (with those of the communities merged
/// into it) into memory, unless they are there: what a page of one
/// community, or an export of it, needs. Reads everything instead when
/// storage cannot read one community.
pub async fn ensure_read(state: AppState, id: &CommunityId) {
    let members = state.workspace.with_untracked(|w| w.members_of(id));
    let unread: Vec<CommunityId> = state.unread.with_untracked(|unread| {
        members
            .into_iter()
            .filter(|member| unread.contains(member))
            .collect()
    });
    if unread.is_empty() {
        return;
    }
    let Ok((changes, inspections)) = state.storage.get_value().load_members(&unread).await else {
        return ensure_all_loaded(state).await;
    };
    state
        .workspace
        .update(|w| w.records.insert_stored(changes, inspections));
    state.unread.update(|all| {
        unread.iter().for_each(|id| {
            all.remove(id);
        })
    });
}

/// Reads every community's records now, for what needs them all (the
/// merged export, a past year's report).
pub async fn ensure_all_loaded(state: AppState) {
    if state.all_read_untracked() {
        return;
    }
    if let Ok(loaded) = state.storage.get_value().load().await {
        state.workspace.update(|w| {
            w.records
                .absorb(&loaded.into_workspace(w.device_id.clone()).records);
        });
        state.unread.set(BTreeSet::new());
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
