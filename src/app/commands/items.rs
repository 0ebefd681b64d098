use super::saving::{commit_change, record_change, stamp};
use leptos::prelude::*;

use crate::app::state::AppState;
use crate::ids::{ActionId, CommunityId, ItemId};

use crate::assessment::{ActionState, AssessmentError, Rating};

/// Sets an item's result; 不适用 needs a reason.
pub fn set_rating(
    state: AppState,
    community_id: &CommunityId,
    item_id: &ItemId,
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
    community_id: &CommunityId,
    item_id: &ItemId,
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
    community_id: &CommunityId,
    item_id: &ItemId,
    action_id: &ActionId,
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

pub fn remove_photo(state: AppState, community_id: &CommunityId, item_id: &ItemId, hash: &str) {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.photo_removed(community_id, item_id, hash, stamp));
    record_change(state, built);
}

/// Marks a photo to be shown on the community center's display, or not.
pub fn set_photo_display(
    state: AppState,
    community_id: &CommunityId,
    item_id: &ItemId,
    hash: &str,
    shown: bool,
) {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.photo_display_change(community_id, item_id, hash, shown, stamp));
    record_change(state, built);
}

/// Reverts the item's latest change (as a new change record).
pub fn undo(state: AppState, community_id: &CommunityId, item_id: &ItemId) {
    let stamp = stamp(state);
    let built = state
        .workspace
        .with_untracked(|w| w.undo_last(community_id, item_id, stamp));
    record_change(state, built);
}
