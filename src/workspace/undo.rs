use super::{Stamp, Workspace};
use crate::assessment::{reverting_kind, undo_target, Change};
use crate::ids::{CommunityId, ItemId};

impl Workspace {
    /// A new record, not yet applied, that reverts the item's most recent
    /// change not already undone: a result goes back to the old result (and
    /// reason), a note to the old text, an added photo is removed, a removed
    /// one added back, an action returns to its old state. Calling it again
    /// (after applying the first) reverts the change before that one. `None`
    /// when there is nothing left to undo.
    pub fn undo_last(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        stamp: Stamp,
    ) -> Option<Change> {
        self.undo_last_where(community_id, item_id, stamp, |_| true)
    }

    /// As [`Workspace::undo_last`], among the item's changes that `counts`
    /// only (a survey page undoes the last survey change, not a result).
    pub fn undo_last_where(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        stamp: Stamp,
        counts: impl Fn(&Change) -> bool,
    ) -> Option<Change> {
        let history = self.history(community_id, item_id);
        let counted: Vec<&Change> = history.iter().copied().filter(|c| counts(c)).collect();
        let target = undo_target(&counted)?;
        let kind = reverting_kind(&history, target);
        Some(Change {
            undoes: Some(target.id.clone()),
            ..self.record(community_id, item_id, kind, stamp)
        })
    }
}
