//! Which communities a device asks its user to back up (export): those
//! holding something entered on it. A community that only came in a file,
//! such as each of the city's communities in the office's merged file on a
//! phone or a kiosk, is kept in that file; listing all of them would bury
//! the one whose records live on this device alone.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::ids::DeviceId;

/// Whether a community, given when each device last changed it, holds
/// anything entered on `device`. One with no records at all counts: it
/// was added here (a file brings records with its communities), and its
/// name is all that keeps it.
pub fn entered_here(
    last_change_by_device: &BTreeMap<DeviceId, DateTime<Utc>>,
    device: &DeviceId,
) -> bool {
    last_change_by_device.is_empty() || last_change_by_device.contains_key(device)
}
