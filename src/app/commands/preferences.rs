use super::saving::finish;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::{AppState, SaveStatus};

use crate::storage::Preferences;

/// Changes the preferences once they are stored, without a save
/// indicator: for what costs nothing but a tap when lost (the community
/// last opened). Unstored, the screen keeps the old value.
pub fn update_preferences_quietly(state: AppState, change: impl FnOnce(&mut Preferences)) {
    let preferences = changed(state, change);
    spawn_local(async move {
        let storage = state.storage.get_value();
        if storage.save_preferences(&preferences).await.is_ok() {
            state.preferences.set(preferences);
        }
    });
}

/// Stores changed preferences with the save indicator, then shows them and
/// runs `then`; a failed save shows why and changes nothing.
pub(super) fn update_preferences(
    state: AppState,
    change: impl FnOnce(&mut Preferences),
    then: impl FnOnce() + 'static,
) {
    let preferences = changed(state, change);
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let result = state
            .storage
            .get_value()
            .save_preferences(&preferences)
            .await;
        if finish(state, result).await {
            state.preferences.set(preferences);
            then();
        }
    });
}

/// The preferences as they would be after `change`; the shown ones stay.
fn changed(state: AppState, change: impl FnOnce(&mut Preferences)) -> Preferences {
    let mut preferences = state.preferences.get_untracked();
    change(&mut preferences);
    preferences
}

/// Remembers the user's name for the records they make.
pub fn set_user_name(state: AppState, name: &str) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    update_preferences(state, |p| p.user_name = name, || {});
}
