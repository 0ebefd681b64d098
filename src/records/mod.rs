//! The one record model: everything a device holds, as records keyed by id
//! (communities, change records, inspections, photo bytes by hash, and when
//! each community was last exported). The phone, the office, the kiosk,
//! export, import and merge all read and write this one type; every current
//! value (an item's result, a community's progress) is a query over it.
//! Stored sorted, so two record sets holding the same records are equal
//! however they were put together.

mod communities;
mod items;
mod merge;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::assessment::{Change, Inspection};
use crate::community::Community;
use crate::ids::{ChangeId, CommunityId, InspectionId};

pub use communities::CommunityRecords;
pub use merge::{id_clashes, merge};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    pub communities: BTreeMap<CommunityId, Community>,
    pub changes: BTreeMap<ChangeId, Change>,
    pub inspections: BTreeMap<InspectionId, Inspection>,
    /// Image bytes by SHA-256 hash. A phone keeps its images in the
    /// browser's storage instead, so this holds only what an export or an
    /// import carries.
    pub photos: BTreeMap<String, PhotoBlob>,
    /// Per community id: the latest time it was exported by its own device,
    /// as far as this device knows.
    pub last_exported_at: BTreeMap<CommunityId, DateTime<Utc>>,
}

/// The bytes of one photo and their type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PhotoBlob {
    pub mime: String,
    pub data: Vec<u8>,
}

impl Records {
    /// Records from lists, as storage loads them.
    pub fn from_lists(
        communities: Vec<Community>,
        changes: Vec<Change>,
        inspections: Vec<Inspection>,
    ) -> Records {
        Records {
            communities: communities.into_iter().map(|c| (c.id.clone(), c)).collect(),
            changes: changes.into_iter().map(|c| (c.id.clone(), c)).collect(),
            inspections: inspections.into_iter().map(|i| (i.id.clone(), i)).collect(),
            ..Records::default()
        }
    }

    /// The records of `self` that `other` lacks or holds differently: what
    /// must be written to turn `other` into `self`.
    pub fn difference(&self, other: &Records) -> Records {
        Records {
            communities: only_in(&self.communities, &other.communities),
            changes: only_in(&self.changes, &other.changes),
            inspections: only_in(&self.inspections, &other.inspections),
            photos: only_in(&self.photos, &other.photos),
            last_exported_at: only_in(&self.last_exported_at, &other.last_exported_at),
        }
    }

    pub fn is_empty(&self) -> bool {
        self == &Records::default()
    }

    /// Every change record in the order they apply ([`Change::order_key`]).
    pub fn changes_in_order(&self) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self.changes.values().collect();
        changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// When anything at all last changed.
    pub fn last_change_at_all(&self) -> Option<DateTime<Utc>> {
        self.changes.values().map(|c| c.at).max()
    }
}

fn only_in<K: Ord + Clone, V: Clone + PartialEq>(
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> BTreeMap<K, V> {
    mine.iter()
        .filter(|(key, value)| theirs.get(*key) != Some(*value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}
