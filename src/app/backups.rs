//! Where each community's records come from, as far as this device is
//! concerned: entered here (`exchange::entered_here`), or only from files
//! (the office's merged file on a phone or a kiosk, say). The community list
//! puts the first on top and the backup reminders list only them. Read
//! from a community's records where those are read and from its summary
//! otherwise.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::summaries::shown_of;
use crate::community::Community;
use crate::exchange::entered_here;

/// The communities held, each group in the list's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommunitiesByOrigin {
    /// Holding something entered on this device: what it must back up.
    pub entered_here: Vec<Community>,
    /// With nothing entered here: kept in the files they came in.
    pub from_files: Vec<Community>,
    /// Whose summary is still being read.
    pub not_known_yet: Vec<Community>,
}

/// The communities by origin (tracked).
pub fn communities_by_origin(state: AppState) -> CommunitiesByOrigin {
    let (device, communities) = state.workspace.with(|w| {
        let communities: Vec<Community> = w.communities_in_order().into_iter().cloned().collect();
        (w.device_id.clone(), communities)
    });
    let mut groups = CommunitiesByOrigin::default();
    for community in communities {
        let id = &community.id;
        let devices = shown_of(
            state,
            id,
            |records| records.devices_of(id),
            |summary| summary.devices.clone(),
        );
        match devices {
            Some(devices) if entered_here(&devices, &device) => groups.entered_here.push(community),
            Some(_) => groups.from_files.push(community),
            None => groups.not_known_yet.push(community),
        }
    }
    groups
}
