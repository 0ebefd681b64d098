//! Taking in what other tabs (or the kiosk's own timer) find in storage.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::AppState;
use crate::app::summaries::refresh_summaries;
use crate::ids::CommunityId;
use crate::storage::Loaded;

/// Re-reads everything from storage, for edits made in other tabs.
pub fn reload_from_storage(state: AppState) {
    spawn_local(async move {
        let storage = state.storage.get_value();
        if !storage.is_persistent() {
            return;
        }
        if let Ok(mut loaded) = storage.load().await {
            take_city(state, &mut loaded);
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

/// Re-reads the communities and one community's records (with those of
/// the communities merged into it), for a display
/// of that community (the kiosk): its cost is that community's, however
/// many the device holds. The city figures come from the summaries.
pub fn reload_community(state: AppState, community_id: CommunityId) {
    spawn_local(async move {
        let storage = state.storage.get_value();
        if !storage.is_persistent() {
            return;
        }
        let Ok(mut loaded) = storage.load_meta().await else {
            return;
        };
        let members = loaded.members_of(&community_id);
        let Ok((changes, inspections)) = storage.load_members(&members).await else {
            return;
        };
        loaded.changes = changes;
        loaded.inspections = inspections;
        take_city(state, &mut loaded);
        let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
        let fresh = loaded.into_workspace(device_id);
        if state.workspace.with_untracked(|w| *w != fresh) {
            state.workspace.set(fresh);
        }
        refresh_summaries(state);
    });
}

/// Shows the roster and definitions as stored, when they changed.
fn take_city(state: AppState, loaded: &mut Loaded) {
    let city = std::mem::take(&mut loaded.city);
    if state.city.with_untracked(|c| *c != city) {
        crate::app::commands::show_city(state, city);
    }
}
