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
/// then. What `target` replaced is its own `old` side, unless it was built
/// before its device's previous change in the slot was stored (earlier
/// versions of the app did this on fast taps): then its `old` side is
/// stale, and the item as it was just before it is put back.
pub fn reverting_kind(history: &[&Change], target: &Change) -> ChangeKind {
    let current = ItemState::from_changes(history.iter().copied());
    let before = state_before(history, target);
    let stale = built_on_stale_state(history, target);
    match &target.kind {
        ChangeKind::Result { old, .. } => {
            let new = if stale { before.rating } else { *old };
            ChangeKind::Result {
                old: current.rating,
                new,
                reason: before.na_reason.filter(|_| new == Rating::NotApplicable),
            }
        }
        ChangeKind::Note { old, .. } => ChangeKind::Note {
            old: current.note,
            new: if stale { before.note } else { old.clone() },
        },
        ChangeKind::PhotoAdded { photo } => ChangeKind::PhotoRemoved {
            photo: photo.clone(),
        },
        ChangeKind::PhotoRemoved { photo } => ChangeKind::PhotoAdded {
            photo: photo.clone(),
        },
        ChangeKind::PhotoDisplay { hash, .. } => ChangeKind::PhotoDisplay {
            hash: hash.clone(),
            shown: before.on_display.contains(hash),
        },
        ChangeKind::Action { action_id, old, .. } => ChangeKind::Action {
            action_id: action_id.clone(),
            old: current.action(action_id).map(Action::state),
            new: match stale {
                true => before.action(action_id).map(Action::state),
                false => old.clone(),
            },
        },
        ChangeKind::Survey {
            survey_id,
            before: replaced,
            ..
        } => ChangeKind::Survey {
            survey_id: survey_id.clone(),
            before: current.survey(survey_id).map(|s| s.state.clone()),
            after: match stale {
                true => before.survey(survey_id).map(|s| s.state.clone()),
                false => replaced.clone(),
            },
        },
    }
}

/// Whether `target` was built without its device's previous change in the
/// same slot: that change is neither its `base` nor before its `base`.
fn built_on_stale_state(history: &[&Change], target: &Change) -> bool {
    let earlier: Vec<&Change> = history
        .iter()
        .copied()
        .take_while(|c| c.id != target.id)
        .filter(|c| c.kind.slot() == target.kind.slot())
        .collect();
    let Some(own_previous) = earlier
        .iter()
        .rposition(|c| c.device_id == target.device_id)
    else {
        return false;
    };
    let base = target.base.as_ref();
    let base_position = base.and_then(|base| earlier.iter().position(|c| &c.id == base));
    base_position.is_none_or(|position| position < own_previous)
}

/// The item as it was just before `target`.
fn state_before(history: &[&Change], target: &Change) -> ItemState {
    ItemState::from_changes(history.iter().copied().take_while(|c| c.id != target.id))
}
