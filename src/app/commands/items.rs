//! Edits of one item. Each is queued as what it means and built into its
//! record when stored ([`super::edit_queue`]); input it refuses is refused
//! at once.

use std::rc::Rc;

use super::edit_queue::queue_edit;
use crate::app::state::AppState;
use crate::assessment::{ActionState, AssessmentError, Rating};
use crate::ids::{ActionId, CommunityId, ItemId};

/// Sets an item's result; 不适用 needs a reason.
pub fn set_rating(
    state: AppState,
    community_id: &CommunityId,
    item_id: &ItemId,
    rating: Rating,
    reason: Option<&str>,
) -> Result<(), AssessmentError> {
    let (c, i) = (community_id.clone(), item_id.clone());
    let reason = reason.map(str::to_string);
    queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| w.result_change(&c, &i, rating, reason.as_deref(), stamp)),
    )
}

pub fn set_note(
    state: AppState,
    community_id: &CommunityId,
    item_id: &ItemId,
    text: &str,
) -> Result<(), AssessmentError> {
    let (c, i, text) = (community_id.clone(), item_id.clone(), text.to_string());
    queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| w.note_change(&c, &i, &text, stamp)),
    )
}

/// Creates, edits (`new` is `Some`) or deletes an action of an item.
pub fn save_action(
    state: AppState,
    community_id: &CommunityId,
    item_id: &ItemId,
    action_id: &ActionId,
    new: Option<ActionState>,
) -> Result<(), AssessmentError> {
    let units = state.plan_untracked().with(|plan| {
        plan.find_item(item_id)
            .map(|(area, _)| area.responsible_units.clone())
            .unwrap_or_default()
    });
    let (c, i, a) = (community_id.clone(), item_id.clone(), action_id.clone());
    queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| w.action_change(&c, &i, &a, new.clone(), &units, stamp)),
    )
}

pub fn remove_photo(state: AppState, community_id: &CommunityId, item_id: &ItemId, hash: &str) {
    let (c, i, hash) = (community_id.clone(), item_id.clone(), hash.to_string());
    let _ = queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| Ok(w.photo_removed(&c, &i, &hash, stamp))),
    );
}

/// Marks a photo to be shown on the community center's display, or not.
pub fn set_photo_display(
    state: AppState,
    community_id: &CommunityId,
    item_id: &ItemId,
    hash: &str,
    shown: bool,
) {
    let (c, i, hash) = (community_id.clone(), item_id.clone(), hash.to_string());
    let _ = queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| Ok(w.photo_display_change(&c, &i, &hash, shown, stamp))),
    );
}

/// Reverts the item's latest change (as a new change record); undone
/// twice quickly, it walks back two changes.
pub fn undo(state: AppState, community_id: &CommunityId, item_id: &ItemId) {
    let (c, i) = (community_id.clone(), item_id.clone());
    let _ = queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| Ok(w.undo_last(&c, &i, stamp))),
    );
}
