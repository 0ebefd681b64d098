use std::collections::HashMap;

use super::{Stamp, Workspace};
use crate::assessment::{validate_reason, AssessmentError, Change, ChangeKind, Rating};

impl Workspace {
    /// The change that set an item's current result.
    pub fn latest_result(&self, community_id: &str, item_id: &str) -> Option<&Change> {
        self.history(community_id, item_id)
            .into_iter()
            .rfind(|c| matches!(c.kind, ChangeKind::Result { .. }))
    }

    pub fn rating(&self, community_id: &str, item_id: &str) -> Rating {
        self.latest_result(community_id, item_id)
            .map_or(Rating::default(), |c| result_of(c).0)
    }

    /// Why the item is 不适用; `None` when it is not (or when the record
    /// predates reasons).
    pub fn na_reason(&self, community_id: &str, item_id: &str) -> Option<String> {
        self.latest_result(community_id, item_id)
            .and_then(|c| result_of(c).1.map(str::to_string))
    }

    /// Every item's current result in a community; items never rated are absent.
    pub fn ratings(&self, community_id: &str) -> HashMap<String, Rating> {
        let mut latest: HashMap<&str, &Change> = HashMap::new();
        for change in self
            .changes
            .iter()
            .filter(|c| c.community_id == community_id)
            .filter(|c| matches!(c.kind, ChangeKind::Result { .. }))
        {
            let slot = latest.entry(change.item_id.as_str()).or_insert(change);
            if change.order_key() > slot.order_key() {
                *slot = change;
            }
        }
        latest
            .into_iter()
            .map(|(item, change)| (item.to_string(), result_of(change).0))
            .collect()
    }

    /// The record for setting an item's result, not yet applied. 不适用
    /// needs a reason (trimmed, at most 200 characters); other results take
    /// none, and a reason given with them is ignored. `Ok(None)` when the
    /// item already has that result (and, for 不适用, that reason).
    pub fn result_change(
        &self,
        community_id: &str,
        item_id: &str,
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

/// The new result and 不适用 reason of a result change.
fn result_of(change: &Change) -> (Rating, Option<&str>) {
    match &change.kind {
        ChangeKind::Result { new, reason, .. } => (
            *new,
            reason.as_deref().filter(|_| *new == Rating::NotApplicable),
        ),
        _ => (Rating::default(), None),
    }
}
