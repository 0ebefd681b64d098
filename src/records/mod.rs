//! The one record model: everything a device holds, as records keyed by id
//! (communities, change records, inspections, photo bytes by hash, and when
//! each community was last exported). The phone, the office, the kiosk,
//! export, import and merge all read and write this one type; every current
//! value (an item's result, a community's progress) is a query over it.
//! Stored sorted, so two record sets holding the same records are equal
//! however they were put together.

mod aliases;
mod as_of;
mod communities;
mod derived;
mod items;
mod merge;
mod merges;
mod names;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::assessment::{Change, Inspection};
use crate::community::{Community, CommunityMerge};
use crate::evaluation::EvaluationRecords;
use crate::ids::{ChangeId, CommunityId, DeviceId, InspectionId, MergeId};
use crate::sorting;
use aliases::Aliases;
use derived::Derived;
use names::NameIndex;

pub use communities::CommunityRecords;
pub use merge::{id_clashes, merge};

#[derive(Clone, Debug, Default)]
pub struct Records {
    /// Added only through [`Records::insert_community`], which keeps the
    /// index by name up to date.
    pub communities: BTreeMap<CommunityId, Community>,
    /// Added only through [`Records::insert_change`], which keeps
    /// `derived` up to date; read with [`Records::changes`].
    changes: BTreeMap<ChangeId, Change>,
    pub inspections: BTreeMap<InspectionId, Inspection>,
    /// Image bytes by SHA-256 hash. A phone keeps its images in the
    /// browser's storage instead, so this holds only what an export or an
    /// import carries.
    pub photos: BTreeMap<String, PhotoBlob>,
    /// Per community id: the latest time it was exported by its own device,
    /// as far as this device knows.
    pub last_exported_at: BTreeMap<CommunityId, DateTime<Utc>>,
    /// The office's merges of communities that are one, done or undone;
    /// added only through [`Records::insert_community_merge`].
    merges: BTreeMap<MergeId, CommunityMerge>,
    /// Submissions, and the office's reviews, 公示, objections and namings.
    pub evaluation: EvaluationRecords,
    /// Which community each counts as, from `merges`.
    aliases: Aliases,
    /// What the change records come to (by the community each counts as), kept as they are added.
    derived: Derived,
    /// The communities by name (ignoring case and spacing).
    names: NameIndex,
}

/// Two record sets are equal when they hold the same records; what is
/// derived from them follows.
impl PartialEq for Records {
    fn eq(&self, other: &Records) -> bool {
        self.communities == other.communities
            && self.changes == other.changes
            && self.inspections == other.inspections
            && self.photos == other.photos
            && self.last_exported_at == other.last_exported_at
            && self.merges == other.merges
            && self.evaluation == other.evaluation
    }
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
        Records::from_stored(communities, changes, inspections, Vec::new())
    }

    /// Records from lists with the merges of communities, taken first so
    /// that the change records are kept under the community each counts as.
    pub fn from_stored(
        communities: Vec<Community>,
        changes: Vec<Change>,
        inspections: Vec<Inspection>,
        merges: Vec<CommunityMerge>,
    ) -> Records {
        let mut records = Records {
            inspections: sorting::map_of(inspections.into_iter().map(|i| (i.id.clone(), i))),
            ..Records::default()
        };
        records.insert_community_merges(merges);
        communities
            .into_iter()
            .for_each(|c| records.insert_community(c));
        records.insert_changes(changes);
        records
    }

    /// Records from their maps, the change records taken in one by one.
    fn assemble(
        communities: BTreeMap<CommunityId, Community>,
        changes: BTreeMap<ChangeId, Change>,
        inspections: BTreeMap<InspectionId, Inspection>,
        photos: BTreeMap<String, PhotoBlob>,
        last_exported_at: BTreeMap<CommunityId, DateTime<Utc>>,
        merges: BTreeMap<MergeId, CommunityMerge>,
    ) -> Records {
        let mut records = Records {
            inspections,
            photos,
            last_exported_at,
            ..Records::default()
        };
        records.insert_community_merges(merges.into_values());
        communities
            .into_values()
            .for_each(|c| records.insert_community(c));
        records.insert_changes(changes.into_values());
        records
    }

    /// Every change record, by id.
    pub fn changes(&self) -> &BTreeMap<ChangeId, Change> {
        &self.changes
    }

    /// The counter for the next record `device_id` makes.
    pub fn next_seq(&self, device_id: &DeviceId) -> u64 {
        self.derived.next_seq(device_id)
    }

    /// Counts every counter up to `taken` as used by `device_id`, so that
    /// its next record takes a later one.
    pub fn reserve_seq(&mut self, device_id: &DeviceId, taken: u64) {
        self.derived.reserve_seq(device_id, taken);
    }

    /// The records of `self` that `other` lacks or holds differently: what
    /// must be written to turn `other` into `self`.
    pub fn difference(&self, other: &Records) -> Records {
        let mut difference = Records::assemble(
            only_in(&self.communities, &other.communities),
            only_in(&self.changes, &other.changes),
            only_in(&self.inspections, &other.inspections),
            only_in(&self.photos, &other.photos),
            only_in(&self.last_exported_at, &other.last_exported_at),
            only_in(&self.merges, &other.merges),
        );
        difference.evaluation = self.evaluation.difference(&other.evaluation);
        difference
    }

    pub fn is_empty(&self) -> bool {
        self == &Records::default()
    }

    /// Every change record in the order they apply ([`Change::order_key`]).
    pub fn changes_in_order(&self) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self.changes.values().collect();
        sorting::sort_by(&mut changes, |a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// The communities whose name is the same as `name` (ignoring case and
    /// spacing), by id.
    pub fn communities_named(&self, name: &str) -> impl Iterator<Item = &CommunityId> {
        self.names.ids_named(name)
    }

    /// When anything at all last changed.
    pub fn last_change_at_all(&self) -> Option<DateTime<Utc>> {
        self.derived.last_change_at_all()
    }
}

fn only_in<K: Ord + Clone, V: Clone + PartialEq>(
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> BTreeMap<K, V> {
    crate::sorting::map_of(
        mine.iter()
            .filter(|(key, value)| theirs.get(*key) != Some(*value))
            .map(|(key, value)| (key.clone(), value.clone())),
    )
}
