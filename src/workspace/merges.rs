use chrono::{DateTime, Utc};

use super::Workspace;
use crate::community::CommunityMerge;
use crate::ids::{CommunityId, MergeId};

/// Why two communities cannot be merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// Both sides are the same community.
    SameCommunity,
    /// One of them is not on this device.
    UnknownCommunity,
    /// One of them was already merged into another (merge into that one).
    AlreadyMergedAway,
}

impl Workspace {
    /// The record that community `from` is `into` (its records then count
    /// as `into`'s), checked, not yet stored.
    pub fn merge_of(
        &self,
        from: &CommunityId,
        into: &CommunityId,
        id: MergeId,
        now: DateTime<Utc>,
        author: &str,
    ) -> Result<CommunityMerge, MergeError> {
        if from == into {
            return Err(MergeError::SameCommunity);
        }
        if self.community(from).is_none() || self.community(into).is_none() {
            return Err(MergeError::UnknownCommunity);
        }
        if self.is_merged_away(from) || self.is_merged_away(into) {
            return Err(MergeError::AlreadyMergedAway);
        }
        Ok(CommunityMerge {
            id,
            from: from.clone(),
            into: into.clone(),
            at: now,
            device_id: self.device_id.clone(),
            author: author.to_string(),
            undone_at: None,
        })
    }

    /// The merge `id` undone, not yet stored; `None` when there is no such
    /// merge or it is undone already.
    pub fn undo_of_merge(&self, id: &MergeId, now: DateTime<Utc>) -> Option<CommunityMerge> {
        let merge = self.community_merges().get(id)?;
        merge.is_active().then(|| merge.undone(now.max(merge.at)))
    }
}
