//! What the user can do, as functions: each builds the record with the pure
//! domain, waits for storage to commit it, and only then updates the screen.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser::{navigate, now, random_id};
use super::state::{AppState, SaveStatus};
use crate::assessment::Rating;
use crate::community::NameError;
use crate::i18n::{fill, texts};
use crate::routing::Route;
use crate::storage::StorageError;

fn failure_message(error: &StorageError) -> String {
    let t = texts();
    let reason = match error {
        StorageError::QuotaExceeded => t.quota_exceeded.to_string(),
        StorageError::Other(message) => message.clone(),
    };
    fill(t.save_failed, &[("reason", &reason)])
}

fn finish(state: AppState, result: Result<(), StorageError>) -> bool {
    match result {
        Ok(()) => {
            state.save_status.set(SaveStatus::Saved(now()));
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
    let change_ids = state.workspace.with_untracked(|w| w.change_ids_of(&id));
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.delete_community(&id, &change_ids).await;
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
    state.preferences.update(|p| p.current_community = id);
    let preferences = state.preferences.get_untracked();
    spawn_local(async move {
        // A lost preference costs nothing but a tap, so failures stay quiet.
        let _ = state
            .storage
            .get_value()
            .save_preferences(&preferences)
            .await;
    });
}

pub fn set_rating(state: AppState, community_id: &str, item_id: &str, rating: Rating) {
    let change = state
        .workspace
        .with_untracked(|w| w.result_change(community_id, item_id, rating, random_id(), now()));
    let Some(change) = change else {
        return;
    };
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.save_change(&change).await;
        if finish(state, result) {
            state.workspace.update(|w| w.apply_change(change));
        }
    });
}
