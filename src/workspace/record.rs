//! How a new change record is made: its counter, time, base and
//! inspection, the same for every kind of edit.

use chrono::{DateTime, Duration, Utc};

use super::Workspace;
use crate::assessment::{Change, ChangeKind};
use crate::ids::{ChangeId, CommunityId, ItemId};

/// What the caller supplies for a new record: its id, the time on the
/// device's clock, and the name of the person editing (may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub id: ChangeId,
    pub now: DateTime<Utc>,
    pub author: String,
}

impl Stamp {
    pub fn new(id: ChangeId, now: DateTime<Utc>, author: impl Into<String>) -> Self {
        Stamp {
            id,
            now,
            author: author.into(),
        }
    }
}

impl Workspace {
    /// A new record of `kind` for an item, not yet applied. Its base is the
    /// latest change in the same slot; it is tagged with the community's
    /// open inspection on this device, if any.
    pub(super) fn record(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        kind: ChangeKind,
        stamp: Stamp,
    ) -> Change {
        let history = self.history(community_id, item_id);
        let base = history
            .iter()
            .rev()
            .find(|c| c.kind.slot() == kind.slot())
            .map(|c| c.id.clone());
        let seq = self.next_seq();
        Change {
            at: time_after(history.last().copied(), stamp.now, &self.device_id, seq),
            id: stamp.id,
            device_id: self.device_id.clone(),
            seq,
            community_id: community_id.clone(),
            item_id: item_id.clone(),
            base,
            kind,
            author: stamp.author,
            inspection_id: self.open_inspection(community_id).map(|i| i.id.clone()),
            undoes: None,
            merges: Vec::new(),
        }
    }

    pub fn next_seq(&self) -> u64 {
        self.records.next_seq(&self.device_id)
    }
}

/// The time for a new record: `now`, but never ordered before the item's
/// latest change, even if the clock went back or that change came from
/// another device with the same timestamp. Otherwise an edit (or an undo)
/// could sort before the change it replaces.
fn time_after(
    latest: Option<&Change>,
    now: DateTime<Utc>,
    device_id: &str,
    seq: u64,
) -> DateTime<Utc> {
    let Some(latest) = latest else {
        return now;
    };
    let at = now.max(latest.at);
    if at == latest.at && (device_id, seq) <= (latest.device_id.as_str(), latest.seq) {
        latest.at + Duration::milliseconds(1)
    } else {
        at
    }
}
