//! The communities this device asks its user to back up: those holding
//! something entered here (`exchange::entered_here`), read from their
//! records where those are read and from their summaries otherwise.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::summaries::shown_of;
use crate::community::Community;
use crate::exchange::entered_here;

/// The backup list, in the list's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BackupList {
    pub listed: Vec<Community>,
    /// Communities with nothing entered here: kept in the files they came in.
    pub not_listed: usize,
}

/// The backup list (tracked). A community whose summary is still being
/// read is in neither part until it is.
pub fn backup_list(state: AppState) -> BackupList {
    let (device, communities) = state.workspace.with(|w| {
        let communities: Vec<Community> = w.communities_in_order().into_iter().cloned().collect();
        (w.device_id.clone(), communities)
    });
    let mut list = BackupList::default();
    for community in communities {
        let id = &community.id;
        let by_device = shown_of(
            state,
            id,
            |records| records.last_change_by_device(id),
            |summary| summary.last_change_by_device.clone(),
        );
        match by_device {
            Some(by_device) if entered_here(&by_device, &device) => list.listed.push(community),
            Some(_) => list.not_listed += 1,
            None => {}
        }
    }
    list
}
