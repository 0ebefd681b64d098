//! The office's record that two communities are one: the same community
//! added on two phones, with two ids. The record keeps both communities and
//! all their records; every view shows and counts them as `into`. Undoing it
//! marks the record undone (a later merge of the same pair is a new record),
//! so the record travels and merges like any other.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CommunityId, DeviceId, MergeId};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityMerge {
    pub id: MergeId,
    /// The community that is shown no more: its records count as `into`'s.
    pub from: CommunityId,
    /// The community that is kept.
    pub into: CommunityId,
    pub at: DateTime<Utc>,
    pub device_id: DeviceId,
    /// Who merged them (may be empty).
    #[serde(default)]
    pub author: String,
    /// Set when the merge was undone; it is then kept but has no effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undone_at: Option<DateTime<Utc>>,
}

impl CommunityMerge {
    pub fn is_active(&self) -> bool {
        self.undone_at.is_none()
    }

    /// Whether it was in effect at `moment`.
    pub fn active_at(&self, moment: DateTime<Utc>) -> bool {
        self.at <= moment && self.undone_at.is_none_or(|undone| undone > moment)
    }

    /// The same merge, undone at `at`.
    pub fn undone(&self, at: DateTime<Utc>) -> CommunityMerge {
        CommunityMerge {
            undone_at: Some(at),
            ..self.clone()
        }
    }

    /// Between two versions of one merge: an undone one over one still in
    /// effect (an undo is final), then the later undo.
    pub fn rank(&self) -> (bool, Option<DateTime<Utc>>) {
        (self.undone_at.is_some(), self.undone_at)
    }
}
