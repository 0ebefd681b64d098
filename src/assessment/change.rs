use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Rating;

/// One recorded edit of one item in one community: who (device), when, what,
/// old and new value. Items' current state is derived from these records, so
/// they can later be exported and merged as they are.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Random, unique across devices.
    pub id: String,
    /// The device that made the change.
    pub device_id: String,
    /// Per-device counter; orders changes made in the same millisecond.
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub community_id: String,
    pub item_id: String,
    /// The change this one replaced, as the device saw it; `None` when the
    /// item had no recorded value on that device.
    pub base: Option<String>,
    pub kind: ChangeKind,
}

/// What changed. New kinds (notes, photos, actions) are added as variants.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum ChangeKind {
    Result { old: Rating, new: Rating },
}

impl Change {
    /// The order in which changes to one item are applied: by time, then by
    /// device and counter so that ties resolve the same way everywhere.
    pub fn order_key(&self) -> (DateTime<Utc>, &str, u64, &str) {
        (self.at, self.device_id.as_str(), self.seq, self.id.as_str())
    }
}
