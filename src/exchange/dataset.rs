//! A set of records that can be exported, imported and merged: communities,
//! change records, inspections and photo bytes, each keyed by its id (or a
//! photo by its hash), plus when each community was last exported. Stored
//! sorted, so two datasets holding the same records are equal however they
//! were put together.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use super::base64;
use super::format::ExportDocument;
use crate::assessment::{Change, ChangeKind, Inspection, ItemState};
use crate::community::Community;
use crate::workspace::Workspace;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub communities: BTreeMap<String, Community>,
    pub changes: BTreeMap<String, Change>,
    pub inspections: BTreeMap<String, Inspection>,
    /// Image bytes by SHA-256 hash.
    pub photos: BTreeMap<String, PhotoBlob>,
    /// Per community id: the latest time it was exported by its own device,
    /// as far as the files imported tell.
    pub last_exported_at: BTreeMap<String, DateTime<Utc>>,
}

/// The bytes of one photo and their type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PhotoBlob {
    pub mime: String,
    pub data: Vec<u8>,
}

impl Dataset {
    /// A device's records, without photo bytes (the browser keeps those
    /// apart; add them with [`Dataset::insert_photo`]).
    pub fn from_workspace(workspace: &Workspace) -> Dataset {
        let mut dataset = Dataset::default();
        workspace
            .communities
            .iter()
            .for_each(|c| dataset.insert_community(c.clone()));
        workspace
            .changes
            .iter()
            .for_each(|c| dataset.insert_change(c.clone()));
        workspace
            .inspections
            .iter()
            .for_each(|i| dataset.insert_inspection(i.clone()));
        dataset
    }

    /// The records of an export file, with its photos decoded. Call it on a
    /// document [`super::parse_export`] accepted; photos whose data does not
    /// decode are left out (they then count as missing).
    pub fn from_export(document: &ExportDocument) -> Dataset {
        let mut dataset = Dataset::default();
        for entry in &document.communities {
            let id = entry.community.id.clone();
            dataset.insert_community(entry.community.clone());
            entry
                .changes
                .iter()
                .for_each(|c| dataset.insert_change(c.clone()));
            entry
                .inspections
                .iter()
                .for_each(|i| dataset.insert_inspection(i.clone()));
            let exported = entry.last_exported_at.unwrap_or(document.exported_at);
            dataset.note_export(id, exported);
        }
        for photo in &document.photos {
            if let Ok(data) = base64::decode(&photo.data_base64) {
                let mime = photo.mime.clone();
                dataset.insert_photo(photo.hash.clone(), PhotoBlob { mime, data });
            }
        }
        dataset
    }

    /// The same records as a [`Workspace`] of `device_id`, to ask it what
    /// the views ask (item states, open actions, …).
    pub fn to_workspace(&self, device_id: &str) -> Workspace {
        Workspace::new(
            device_id.to_string(),
            self.communities.values().cloned().collect(),
            self.changes.values().cloned().collect(),
        )
        .with_inspections(self.inspections.values().cloned().collect())
    }

    /// A community's change records in [`Change::order_key`] order.
    pub fn changes_of(&self, community_id: &str) -> Vec<&Change> {
        let mut changes: Vec<&Change> = self
            .changes
            .values()
            .filter(|c| c.community_id == community_id)
            .collect();
        changes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        changes
    }

    /// A community's inspections by start time, then id.
    pub fn inspections_of(&self, community_id: &str) -> Vec<&Inspection> {
        let mut inspections: Vec<&Inspection> = self
            .inspections
            .values()
            .filter(|i| i.community_id == community_id)
            .collect();
        inspections.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
        inspections
    }

    /// The current state of every item of a community that has records,
    /// by item id.
    pub fn item_states(&self, community_id: &str) -> BTreeMap<String, ItemState> {
        let mut by_item: BTreeMap<&str, Vec<&Change>> = BTreeMap::new();
        for change in self.changes_of(community_id) {
            by_item.entry(&change.item_id).or_default().push(change);
        }
        by_item
            .into_iter()
            .map(|(item, changes)| (item.to_string(), ItemState::from_changes(changes)))
            .collect()
    }

    /// Hashes of every photo a community's records mention, added or
    /// removed (an undo can bring a removed photo back).
    pub fn photo_hashes_of(&self, community_id: &str) -> BTreeSet<String> {
        self.changes
            .values()
            .filter(|c| c.community_id == community_id)
            .filter_map(|c| match &c.kind {
                ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } => {
                    Some(photo.hash.clone())
                }
                _ => None,
            })
            .collect()
    }

    /// The records of `self` that `other` lacks or holds differently: what
    /// must be written to turn `other` into `self`.
    pub fn difference(&self, other: &Dataset) -> Dataset {
        Dataset {
            communities: only_in(&self.communities, &other.communities),
            changes: only_in(&self.changes, &other.changes),
            inspections: only_in(&self.inspections, &other.inspections),
            photos: only_in(&self.photos, &other.photos),
            last_exported_at: only_in(&self.last_exported_at, &other.last_exported_at),
        }
    }

    pub fn is_empty(&self) -> bool {
        self == &Dataset::default()
    }
}

fn only_in<V: Clone + PartialEq>(
    mine: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
) -> BTreeMap<String, V> {
    mine.iter()
        .filter(|(key, value)| theirs.get(*key) != Some(*value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}
