use super::saving::finish;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::{AppState, SaveStatus};

use crate::storage::Preferences;

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
pub(super) fn update_preferences(
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

/// Remembers the user's name for the records they make.
pub fn set_user_name(state: AppState, name: &str) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    update_preferences(state, |p| p.user_name = name, || {});
}
