use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::failure::failure_message;
use crate::app::state::{AppState, SaveStatus};
use crate::web::{now, random_id};

use crate::storage::{self, StorageError};
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

/// Shows the outcome of a write: "saved" once committed, or why not.
/// Returns whether it was committed.
pub async fn finish(state: AppState, result: Result<(), StorageError>) -> bool {
    match result {
        Ok(()) => {
            state.save_status.set(SaveStatus::Saved(now()));
            wrote(state).await;
            true
        }
        Err(error) => {
            let message = failure_message(error).await;
            state.save_status.set(SaveStatus::Failed(message));
            // Views showing the unsaved value fall back to the stored one.
            state.workspace.notify();
            false
        }
    }
}

/// What follows every committed write: ask to keep the data for good,
/// store the device record if it is not yet, and tell other tabs.
pub(super) async fn wrote(state: AppState) {
    ask_for_persistence_once(state);
    save_device_if_unsaved(state).await;
    storage::announce_change();
}

/// The device record could not be stored at start: try again after each
/// write that worked, so the device keeps one id across restarts.
async fn save_device_if_unsaved(state: AppState) {
    let Some(device) = state.unsaved_device.get_value() else {
        return;
    };
    if state.storage.get_value().save_device(&device).await.is_ok() {
        state.unsaved_device.set_value(None);
    }
}

/// A stamp for a new record: a random id, now, and the user's name.
pub fn stamp(state: AppState) -> Stamp {
    let author = state.preferences.with_untracked(|p| p.user_name.clone());
    Stamp::new(random_id(), now(), author)
}
