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
        let history = self.history(community_id, item_id);
        let target = undo_target(&history)?;
        let kind = reverting_kind(&history, target);
        Some(Change {
            undoes: Some(target.id.clone()),
            ..self.record(community_id, item_id, kind, stamp)
        })
    }
}
