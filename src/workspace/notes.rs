use super::{Stamp, Workspace};
use crate::assessment::{validate_note, AssessmentError, Change, ChangeKind};
use crate::ids::{CommunityId, ItemId};

impl Workspace {
    /// The item's note; empty when it has none.
    pub fn note(&self, community_id: &CommunityId, item_id: &ItemId) -> String {
        self.item_state(community_id, item_id).note
    }

    /// The record for setting an item's note, not yet applied. The note is
    /// kept as typed (a note of only whitespace is empty); one longer than
    /// 2,000 characters is refused. `Ok(None)` when the note is unchanged.
    pub fn note_change(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        text: &str,
        stamp: Stamp,
    ) -> Result<Option<Change>, AssessmentError> {
        let new = validate_note(text)?;
        let old = self.note(community_id, item_id);
        if old == new {
            return Ok(None);
        }
        let kind = ChangeKind::Note { old, new };
        Ok(Some(self.record(community_id, item_id, kind, stamp)))
    }
}
