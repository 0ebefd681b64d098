//! One device at work: its id and its [`Records`], with the edits a person
//! makes on it. Each edit builds a new record (a change, a community, an
//! inspection) with the pure domain; the caller stores it and then applies
//! it. Every query (an item's state, a community's results) is the
//! records', reached through `Deref`. One kind of edit per file.

mod actions;
mod communities;
mod inspections;
mod merges;
mod next_change;
mod notes;
mod photos;
mod record;
mod results;
mod surveys;
mod undo;

use std::ops::{Deref, DerefMut};

use crate::assessment::{Change, Inspection};
use crate::community::Community;
use crate::ids::DeviceId;
use crate::records::Records;

pub use crate::records::CommunityRecords;
pub use merges::MergeError;
pub use next_change::{Edit, StoredNews};
pub use record::Stamp;

#[derive(Clone, Debug, Default)]
pub struct Workspace {
    pub device_id: DeviceId,
    pub records: Records,
    /// Whether this workspace has taken in the device's stored counter
    /// ([`Workspace::catch_up`]); a workspace made anew has not.
    counter_known: bool,
}

/// Two workspaces are equal when they are of one device and hold the same
/// records.
impl PartialEq for Workspace {
    fn eq(&self, other: &Workspace) -> bool {
        self.device_id == other.device_id && self.records == other.records
    }
}

/// A workspace is its records plus the device it runs on: reading it reads
/// the records.
impl Deref for Workspace {
    type Target = Records;

    fn deref(&self) -> &Records {
        &self.records
    }
}

impl DerefMut for Workspace {
    fn deref_mut(&mut self) -> &mut Records {
        &mut self.records
    }
}

impl Workspace {
    pub fn new(device_id: DeviceId, communities: Vec<Community>, changes: Vec<Change>) -> Self {
        Workspace::from_records(
            device_id,
            Records::from_lists(communities, changes, Vec::new()),
        )
    }

    pub fn from_records(device_id: DeviceId, records: Records) -> Self {
        Workspace {
            device_id,
            records,
            counter_known: false,
        }
    }

    /// The workspace with the stored inspections loaded.
    pub fn with_inspections(mut self, inspections: Vec<Inspection>) -> Self {
        for inspection in inspections {
            self.put_inspection(inspection);
        }
        self
    }

    /// Adds a stored change record; a record already present is ignored.
    pub fn apply_change(&mut self, change: Change) {
        if !self.records.changes().contains_key(&change.id) {
            self.records.insert_change(change);
        }
    }
}
