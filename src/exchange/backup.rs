//! Which communities a device asks its user to back up (export): those
//! holding something entered on it. A community that only came in a file,
//! such as each of the city's communities in the office's merged file on a
//! phone or a kiosk, is kept in that file; listing all of them would bury
//! the one whose records live on this device alone.

use crate::ids::DeviceId;

/// Whether a community, given the devices that made its records, holds
/// anything entered on `device`. One with no records at all counts: it
/// was added here (a file brings records with its communities), and its
/// name is all that keeps it.
pub fn entered_here(devices: &[DeviceId], device: &DeviceId) -> bool {
    devices.is_empty() || devices.contains(device)
}
