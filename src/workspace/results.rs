use super::{Stamp, Workspace};
use crate::assessment::{validate_reason, AssessmentError, Change, ChangeKind, Rating};
use crate::ids::{CommunityId, ItemId};

impl Workspace {
    /// The record for setting an item's result, not yet applied. 不适用
    /// needs a reason (trimmed, at most 200 characters); other results take
    /// none, and a reason given with them is ignored. `Ok(None)` when the
    /// item already has that result (and, for 不适用, that reason).
    pub fn result_change(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        new: Rating,
        reason: Option<&str>,
        stamp: Stamp,
    ) -> Result<Option<Change>, AssessmentError> {
        let reason = match new {
            Rating::NotApplicable => Some(validate_reason(reason.unwrap_or_default())?),
            _ => None,
        };
        let old = self.rating(community_id, item_id);
        if old == new && reason == self.na_reason(community_id, item_id) {
            return Ok(None);
        }
        let kind = ChangeKind::Result { old, new, reason };
        Ok(Some(self.record(community_id, item_id, kind, stamp)))
    }
}
