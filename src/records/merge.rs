//! Merging datasets: a union of records by id, where two versions of the
//! same record are settled by a fixed preference that looks only at the two
//! values. Because the preference is a total order, merging is commutative,
//! associative and idempotent: the order in which files are imported, and
//! importing a file twice, make no difference, and no change record is ever
//! dropped.
//!
//! Preferences when one id (or hash) comes with two different values:
//! - community: the later `updated_at`; at the same time, the name that
//!   sorts first; then the smaller canonical JSON;
//! - change record: the smaller canonical JSON. Ids are random, so two
//!   different records with one id mean a damaged or hand-edited file;
//!   [`id_clashes`] reports them;
//! - inspection: finished over open, then the later `finished_at`, then the
//!   smaller canonical JSON;
//! - photo: the smaller (mime, bytes); the same hash means the same bytes;
//! - last export time: the later;
//! - merge of communities: the undone one, then the later undo, then the
//!   smaller canonical JSON;
//! - evaluation records (submissions, reviews, 公示, objections, namings):
//!   the smaller canonical JSON (see `evaluation::merge_records`).
//!
//! "Canonical JSON" here is `serde_json::to_vec` of the record.

use std::cmp::{Ordering, Reverse};
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{PhotoBlob, Records};
use crate::assessment::{Change, Inspection};
use crate::community::{Community, CommunityMerge};
use crate::ids::{ChangeId, CommunityId};
use crate::sorting;

/// Every record of `a` and `b`, each id once, by the preferences above.
pub fn merge(a: &Records, b: &Records) -> Records {
    let mut merged = a.clone();
    merged.absorb(b);
    merged
}

/// Ids of change records that `a` and `b` both hold, with different content.
/// Costs the size of `b` (the smaller one, when `b` is a file).
pub fn id_clashes(a: &Records, b: &Records) -> Vec<ChangeId> {
    b.changes
        .iter()
        .filter(|(id, change)| a.changes.get(*id).is_some_and(|other| other != *change))
        .map(|(id, _)| id.clone())
        .collect()
}

impl Records {
    /// The records of `other` that merging it into `self` would add or put
    /// in place of what `self` holds: `self.absorb(&self.updates_from(other))`
    /// leaves `self` as `merge(self, other)`. Costs the size of `other`, so
    /// importing a file does not touch everything already imported.
    pub fn updates_from(&self, other: &Records) -> Records {
        let photos = other
            .photos
            .iter()
            .filter(|(hash, blob)| self.photos.get(*hash).is_none_or(|current| *blob < current))
            .map(|(hash, blob)| (hash.clone(), blob.clone()))
            .collect();
        let last_exported_at = other
            .last_exported_at
            .iter()
            .filter(|(id, at)| {
                self.last_exported_at
                    .get(*id)
                    .is_none_or(|known| *at > known)
            })
            .map(|(id, at)| (id.clone(), *at))
            .collect();
        let mut updates_of_other = Records::assemble(
            updates(&self.communities, &other.communities, community_rank),
            updates(&self.changes, &other.changes, |_| ()),
            updates(&self.inspections, &other.inspections, inspection_rank),
            photos,
            last_exported_at,
            updates(&self.merges, &other.merges, CommunityMerge::rank),
        );
        let merged = self.evaluation.merged_with(&other.evaluation);
        updates_of_other.evaluation = merged.difference(&self.evaluation);
        updates_of_other
    }

    /// Merges `other` into `self`; gives the communities its merges
    /// regroup (see [`Records::insert_community_merges`]).
    pub fn absorb(&mut self, other: &Records) -> BTreeSet<CommunityId> {
        other
            .communities
            .values()
            .for_each(|c| self.insert_community(c.clone()));
        self.insert_changes(other.changes.values().cloned());
        other
            .inspections
            .values()
            .for_each(|i| self.insert_inspection(i.clone()));
        for (hash, blob) in &other.photos {
            self.insert_photo(hash.clone(), blob.clone());
        }
        for (id, at) in &other.last_exported_at {
            self.note_export(id.clone(), *at);
        }
        if !other.evaluation.is_empty() {
            self.evaluation = self.evaluation.merged_with(&other.evaluation);
        }
        self.insert_community_merges(other.merges.values().cloned())
    }

    pub fn insert_community(&mut self, community: Community) {
        let id = community.id.clone();
        if let Some(old) = self.communities.get(&id) {
            self.names.remove(&old.name, &id);
        }
        keep_preferred(&mut self.communities, id.clone(), community, community_rank);
        self.names.add(&self.communities[&id].name, &id);
    }

    /// Adds a change record, or puts it in place of a different one with
    /// the same id when it is preferred; keeps what is derived up to date.
    pub fn insert_change(&mut self, change: Change) {
        let replaced = match self.changes.get(&change.id) {
            None => None,
            Some(current) if is_preferred(&change, current, |_| ()) => Some(current.clone()),
            Some(_) => return,
        };
        let id = change.id.clone();
        self.changes.insert(id.clone(), change);
        self.take_into_derived(&id, replaced);
    }

    /// Adds many change records: taken in the order they apply, so each
    /// lands on top of its item and nothing is folded twice.
    pub fn insert_changes(&mut self, changes: impl IntoIterator<Item = Change>) {
        let mut changes: Vec<Change> = changes.into_iter().collect();
        sorting::sort_by(&mut changes, |a, b| a.order_key().cmp(&b.order_key()));
        changes
            .into_iter()
            .for_each(|change| self.insert_change(change));
    }

    /// Puts `change` in place of the record with its id, whichever is
    /// preferred: a device's own copy as it stored it (a damaged record on
    /// that device, say). Merging never does this; it keeps the preferred.
    pub fn replace_change(&mut self, change: Change) {
        let id = change.id.clone();
        let old = self.changes.insert(id.clone(), change);
        self.take_into_derived(&id, old);
    }

    /// Keeps what is derived up to date with the record `id` just stored,
    /// in place of `old` when it replaced one.
    fn take_into_derived(&mut self, id: &ChangeId, old: Option<Change>) {
        let added = &self.changes[id];
        let key = self.aliases.resolve(&added.community_id);
        match old {
            Some(old) => {
                let old_key = self.aliases.resolve(&old.community_id);
                self.derived
                    .replace(&old, old_key, added, key, &self.changes)
            }
            None => self.derived.add(added, key, &self.changes),
        }
    }

    /// Takes in communities' change records and inspections as storage
    /// gives them (read for a page, an import or a merge).
    pub fn insert_stored(&mut self, changes: Vec<Change>, inspections: Vec<Inspection>) {
        self.insert_changes(changes);
        inspections
            .into_iter()
            .for_each(|inspection| self.insert_inspection(inspection));
    }

    pub fn insert_inspection(&mut self, inspection: Inspection) {
        let key = inspection.id.clone();
        keep_preferred(&mut self.inspections, key, inspection, inspection_rank);
    }

    pub fn insert_photo(&mut self, hash: String, blob: PhotoBlob) {
        match self.photos.entry(hash) {
            Entry::Vacant(slot) => {
                slot.insert(blob);
            }
            Entry::Occupied(mut slot) => {
                if blob < *slot.get() {
                    slot.insert(blob);
                }
            }
        }
    }

    /// Records that the community was exported at `at`; an earlier time
    /// than the one known changes nothing.
    pub fn note_export(&mut self, community_id: CommunityId, at: DateTime<Utc>) {
        let known = self.last_exported_at.entry(community_id).or_insert(at);
        *known = (*known).max(at);
    }
}

fn community_rank(community: &Community) -> (DateTime<Utc>, Reverse<String>) {
    (community.updated_at, Reverse(community.name.clone()))
}

fn inspection_rank(inspection: &Inspection) -> Option<DateTime<Utc>> {
    inspection.finished_at
}

/// The entries of `theirs` that [`keep_preferred`] would put into `mine`.
fn updates<K, V, R>(
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
    rank: impl Fn(&V) -> R,
) -> BTreeMap<K, V>
where
    K: Ord + Clone,
    V: Serialize + PartialEq + Clone,
    R: Ord,
{
    crate::sorting::map_of(
        theirs
            .iter()
            .filter(|(key, value)| {
                mine.get(*key)
                    .is_none_or(|current| is_preferred(*value, current, &rank))
            })
            .map(|(key, value)| (key.clone(), value.clone())),
    )
}

/// Puts `value` under `key` unless the value already there is preferred:
/// the greater `rank`, then the smaller canonical JSON.
pub(super) fn keep_preferred<K: Ord, V, R>(
    map: &mut BTreeMap<K, V>,
    key: K,
    value: V,
    rank: impl Fn(&V) -> R,
) where
    V: Serialize + PartialEq,
    R: Ord,
{
    match map.entry(key) {
        Entry::Vacant(slot) => {
            slot.insert(value);
        }
        Entry::Occupied(mut slot) => {
            if is_preferred(&value, slot.get(), &rank) {
                slot.insert(value);
            }
        }
    }
}

fn is_preferred<V: Serialize + PartialEq, R: Ord>(
    candidate: &V,
    current: &V,
    rank: impl Fn(&V) -> R,
) -> bool {
    if candidate == current {
        return false;
    }
    match rank(candidate).cmp(&rank(current)) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => canonical_json(candidate) < canonical_json(current),
    }
}

fn canonical_json<V: Serialize>(value: &V) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}
