//! Taking in what other tabs (or the kiosk's own timer) find in storage.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::AppState;
use crate::app::summaries::refresh_summaries;

/// Re-reads everything from storage, for edits made in other tabs.
pub fn reload_from_storage(state: AppState) {
    spawn_local(async move {
        let storage = state.storage.get_value();
        if !storage.is_persistent() {
            return;
        }
        if let Ok(loaded) = storage.load().await {
            let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
            let fresh = loaded.into_workspace(device_id);
            if state.workspace.with_untracked(|w| *w != fresh) {
                state.workspace.set(fresh);
            }
            state.all_loaded.set(true);
            refresh_summaries(state);
        }
    });
}
