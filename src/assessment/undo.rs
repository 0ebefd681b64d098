//! Undo: a new record that reverts an earlier one. Nothing is deleted, so
//! an undo travels, merges and shows in the history like any other edit.

use std::collections::HashSet;

use super::{Action, Change, ChangeKind, ItemState, Rating};

/// The change "undo" reverts next: the newest of the item's changes that is
/// neither an undo itself nor already undone. Undoing again therefore walks
/// further back rather than redoing what the last undo reverted.
/// `history` is the item's changes sorted by `order_key`.
pub fn undo_target<'a>(history: &[&'a Change]) -> Option<&'a Change> {
    let undone: HashSet<&str> = history.iter().filter_map(|c| c.undoes.as_deref()).collect();
    history
        .iter()
        .rev()
        .find(|c| !c.is_undo() && !undone.contains(c.id.as_str()))
        .copied()
}

/// The change kind that puts back what `target` replaced, with today's
/// value as its `old`. `history` is the item's sorted changes, `target`
/// one of them. Reverting to 不适用 brings back the reason that was given
/// then.
pub fn reverting_kind(history: &[&Change], target: &Change) -> ChangeKind {
    let current = ItemState::from_changes(history.iter().copied());
    match &target.kind {
        ChangeKind::Result { old, .. } => ChangeKind::Result {
            old: current.rating,
            new: *old,
            reason: state_before(history, target)
                .na_reason
                .filter(|_| *old == Rating::NotApplicable),
        },
        ChangeKind::Note { old, .. } => ChangeKind::Note {
            old: current.note,
            new: old.clone(),
        },
        ChangeKind::PhotoAdded { photo } => ChangeKind::PhotoRemoved {
            photo: photo.clone(),
        },
        ChangeKind::PhotoRemoved { photo } => ChangeKind::PhotoAdded {
            photo: photo.clone(),
        },
        ChangeKind::PhotoDisplay { hash, .. } => ChangeKind::PhotoDisplay {
            hash: hash.clone(),
            shown: state_before(history, target).on_display.contains(hash),
        },
        ChangeKind::Action { action_id, old, .. } => ChangeKind::Action {
            action_id: action_id.clone(),
            old: current.action(action_id).map(Action::state),
            new: old.clone(),
        },
    }
}

/// The item as it was just before `target`.
fn state_before(history: &[&Change], target: &Change) -> ItemState {
    ItemState::from_changes(history.iter().copied().take_while(|c| c.id != target.id))
}
