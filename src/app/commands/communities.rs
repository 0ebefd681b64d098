use super::preferences::update_preferences_quietly;
use super::saving::finish;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::startup::ensure_read;
use crate::app::state::{AppState, SaveStatus};
use crate::app::summaries::photos_of_unread;
use crate::ids::CommunityId;
use crate::web::{navigate, now, random_id, remember_device_has_communities};

use crate::community::NameError;
use crate::routing::Route;

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
        if finish(state, result).await {
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
    id: &CommunityId,
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
        if finish(state, result).await {
            state.workspace.update(|w| w.put_community(community));
            on_saved();
        }
    });
    Ok(())
}

/// Deletes a community with its records and the images only it shows.
/// Its records are read if they are not; the images other communities
/// mention come from their records when read and from their summaries
/// otherwise, so a delete costs that community, not the device's all.
pub fn delete_community(state: AppState, id: CommunityId) {
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        ensure_read(state, &id).await;
        let shown_elsewhere = photos_of_unread(state).await;
        let records = state
            .workspace
            .with_untracked(|w| w.records_of_keeping(&id, &shown_elsewhere));
        let result = storage.delete_community(&records).await;
        if finish(state, result).await {
            state.workspace.update(|w| w.remove_community(&id));
            state.summaries.update(|summaries| {
                if let Some(summaries) = summaries {
                    summaries.remove(&id);
                }
            });
            if state
                .preferences
                .with_untracked(|p| p.current_community.as_ref() == Some(&id))
            {
                select_community(state, None);
            }
        }
    });
}

/// Remembers the community last opened.
pub fn select_community(state: AppState, id: Option<CommunityId>) {
    if state
        .preferences
        .with_untracked(|p| p.current_community == id)
    {
        return;
    }
    // A lost "last opened" costs nothing but a tap, so it is saved quietly.
    update_preferences_quietly(state, |p| p.current_community = id);
}
