//! What the user can do, as functions: each builds the record with the pure
//! domain, waits for storage to commit it, and only then updates the screen.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::{AppState, SaveStatus};
use crate::web::browser::{navigate, now, random_id, remember_device_has_communities};
use chrono::NaiveDate;

use crate::assessment::{ActionState, AssessmentError, Change, Inspection, Rating};
use crate::community::NameError;
use crate::i18n::{fill, texts};
use crate::routing::Route;
use crate::storage::{self, Preferences, StorageError};
use crate::workspace::Stamp;

thread_local! {
    static PERSISTENCE_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the browser to keep the data for good, once, after the first real
/// data is saved (asking on first load, with nothing to keep, is refused more
/// often and bothers the user for nothing).
fn ask_for_persistence_once(state: AppState) {
    let persistent_store = state.storage.with_value(|s| s.is_persistent());
    if !persistent_store || state.persisted.get_untracked() == Some(true) {
        return;
    }
    if PERSISTENCE_ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    spawn_local(async move {
        if let Some(granted) = storage::request_persistence().await {
            state.persisted.set(Some(granted));
        }
    });
}

pub fn failure_message(error: &StorageError) -> String {
    let t = texts();
    let reason = match error {
        StorageError::QuotaExceeded => t.quota_exceeded.to_string(),
        StorageError::Other(message) => message.clone(),
    };
    fill(t.save_failed, &[("reason", &reason)])
}

pub fn finish(state: AppState, result: Result<(), StorageError>) -> bool {
    match result {
        Ok(()) => {
            state.save_status.set(SaveStatus::Saved(now()));
            ask_for_persistence_once(state);
            storage::announce_change();
            true
        }
        Err(error) => {
            state
                .save_status
                .set(SaveStatus::Failed(failure_message(&error)));
            // Views showing the unsaved value fall back to the stored one.
            state.workspace.update(|_| {});
            false
        }
    }
}

/// Adds a community and opens its checklist. A refused name returns the
/// reason at once and nothing is stored.
pub fn add_community(state: AppState, raw_name: &str) -> Result<(), NameError> {
    let community = state
        .workspace
        .with_untracked(|w| w.new_community(raw_name, random_id(), now()))?;
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.save_community(&community).await;
        if finish(state, result) {
            let id = community.id.clone();
            remember_device_has_communities();
            state.workspace.update(|w| w.put_community(community));
            navigate(&Route::Community { community_id: id }.href());
        }
    });
    Ok(())
}

/// Renames a community; `on_saved` runs once the new name is stored.
pub fn rename_community(
    state: AppState,
    id: &str,
    raw_name: &str,
    on_saved: impl FnOnce() + 'static,
) -> Result<(), NameError> {
    let Some(renamed) = state
        .workspace
        .with_untracked(|w| w.renamed(id, raw_name, now()))
    else {
        return Ok(());
    };
    let community = renamed?;
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.save_community(&community).await;
        if finish(state, result) {
            state.workspace.update(|w| w.put_community(community));
            on_saved();
        }
    });
    Ok(())
}

pub fn delete_community(state: AppState, id: String) {
    let records = state.workspace.with_untracked(|w| w.records_of(&id));
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.delete_community(&id, &records).await;
        if finish(state, result) {
            state.workspace.update(|w| w.remove_community(&id));
            if state
                .preferences
                .with_untracked(|p| p.current_community.as_deref() == Some(&id))
            {
                select_community(state, None);
            }
        }
    });
}

/// Remembers the community last opened.
pub fn select_community(state: AppState, id: Option<String>) {
    if state
        .preferences
        .with_untracked(|p| p.current_community == id)
    {
        return;
    }
    // A lost "last opened" costs nothing but a tap, so it is saved quietly.
    update_preferences_quietly(state, |p| p.current_community = id);
}

/// Changes the preferences and stores them without a save indicator.
pub fn update_preferences_quietly(state: AppState, change: impl FnOnce(&mut Preferences)) {
    state.preferences.update(change);
    let preferences = state.preferences.get_untracked();
    spawn_local(async move {
        let _ = state
            .storage
            .get_value()
            .save_preferences(&preferences)
            .await;
    });
}

/// Changes the preferences, stores them with the save indicator, and runs
/// `then` once they are stored.
fn update_preferences(
    state: AppState,
    change: impl FnOnce(&mut Preferences),
    then: impl FnOnce() + 'static,
) {
    state.preferences.update(change);
    let preferences = state.preferences.get_untracked();
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let result = state
            .storage
            .get_value()
            .save_preferences(&preferences)
            .await;
        if finish(state, result) {
            then();
        }
    });
}

/// A stamp for a new record: a random id, now, and the user's name.
pub fn stamp(state: AppState) -> Stamp {
    let author = state.preferences.with_untracked(|p| p.user_name.clone());
    Stamp::new(random_id(), now(), author)
}

/// Stores a change the domain built and shows it once committed. A refused
/// edit returns its reason at once, and nothing is stored.
pub fn commit_change(
    state: AppState,
    built: Result<Option<Change>, AssessmentError>,
) -> Result<(), AssessmentError> {
    if let Some(change) = built? {
        store_change(state, change);
    }
    Ok(())
}

fn store_change(state: AppState, change: Change) {
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.save_change(&change).await;
        if finish(state, result) {
            state.workspace.update(|w| w.apply_change(change));
        }
    });
}

/// Sets an item's result; 不适用 needs a reason.
pub fn set_rating(
    state: AppState,
    community_id: &str,
    item_id: &str,
    rating: Rating,
    reason: Option<&str>,
) -> Result<(), AssessmentError> {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.result_change(community_id, item_id, rating, reason, stamp));
    commit_change(state, built)
}

pub fn set_note(
    state: AppState,
    community_id: &str,
    item_id: &str,
    text: &str,
) -> Result<(), AssessmentError> {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.note_change(community_id, item_id, text, stamp));
    commit_change(state, built)
}

/// Creates, edits (`new` is `Some`) or deletes an action of an item.
pub fn save_action(
    state: AppState,
    community_id: &str,
    item_id: &str,
    action_id: &str,
    new: Option<ActionState>,
) -> Result<(), AssessmentError> {
    let units = state.plan.with_value(|plan| {
        plan.find_item(item_id)
            .map(|(area, _)| area.responsible_units.clone())
            .unwrap_or_default()
    });
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.action_change(community_id, item_id, action_id, new, &units, stamp));
    commit_change(state, built)
}

pub fn remove_photo(state: AppState, community_id: &str, item_id: &str, hash: &str) {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.photo_removed(community_id, item_id, hash, stamp));
    let _ = commit_change(state, Ok(built));
}

/// Reverts the item's latest change (as a new change record).
pub fn undo(state: AppState, community_id: &str, item_id: &str) {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.undo_last(community_id, item_id, stamp));
    let _ = commit_change(state, Ok(built));
}

/// Starts a field inspection; `on_saved` gets its id once it is stored.
pub fn start_inspection(
    state: AppState,
    community_id: &str,
    date: NaiveDate,
    inspectors: &[String],
    on_saved: impl FnOnce(String) + 'static,
) -> Result<(), AssessmentError> {
    let inspection = state
        .workspace
        .with_untracked(|w| w.new_inspection(community_id, date, inspectors, random_id(), now()))?;
    let id = inspection.id.clone();
    store_inspection(state, inspection, move || on_saved(id));
    Ok(())
}

/// Marks an inspection finished; `on_saved` runs once that is stored.
pub fn finish_inspection(state: AppState, inspection_id: &str, on_saved: impl FnOnce() + 'static) {
    if let Some(inspection) = state
        .workspace
        .with_untracked(|w| w.finished_inspection(inspection_id, now()))
    {
        store_inspection(state, inspection, on_saved);
    }
}

fn store_inspection(state: AppState, inspection: Inspection, on_saved: impl FnOnce() + 'static) {
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.save_inspection(&inspection).await;
        if finish(state, result) {
            state.workspace.update(|w| w.put_inspection(inspection));
            on_saved();
        }
    });
}

/// Remembers the user's name for the records they make.
pub fn set_user_name(state: AppState, name: &str) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    update_preferences(state, |p| p.user_name = name, || {});
}

/// Turns this device into a kiosk display for a community, locked by `pin`.
pub fn enter_kiosk(
    state: AppState,
    community_id: &str,
    pin: &str,
    seconds_per_slide: u32,
) -> Result<(), crate::kiosk::PinError> {
    crate::kiosk::validate_pin(pin)?;
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let config = crate::kiosk::KioskConfig {
        community_id: community_id.to_string(),
        pin_hash: crate::kiosk::hash_pin(&device_id, pin),
        seconds_per_slide,
    };
    let display = Route::Kiosk {
        community_id: community_id.to_string(),
    }
    .href();
    update_preferences(
        state,
        |p| p.kiosk = Some(config),
        move || navigate(&display),
    );
    Ok(())
}

/// Leaves kiosk mode when `pin` is right.
pub fn leave_kiosk(state: AppState, pin: &str) -> Result<(), crate::kiosk::PinError> {
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let config = state.preferences.with_untracked(|p| p.kiosk.clone());
    let Some(config) = config else {
        return Ok(());
    };
    crate::kiosk::check_pin(&config, &device_id, pin)?;
    let back = Route::Community {
        community_id: config.community_id,
    }
    .href();
    update_preferences(state, |p| p.kiosk = None, move || navigate(&back));
    Ok(())
}
