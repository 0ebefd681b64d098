//! The office's own devices: the office's computer and any laptop it adds.
//! Only the reviews, 公示, objections and namings they made count; a file
//! that brings such records from any other device is refused whole.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::records::EvaluationRecords;
use crate::ids::DeviceId;

/// The longest name the office gives one of its devices.
pub const MAX_DEVICE_NAME_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct OfficeDevice {
    pub device_id: DeviceId,
    /// What the office calls it, e.g. 复核组笔记本.
    pub name: String,
    pub added_at: DateTime<Utc>,
}

/// The first device that made office records of `records` and is not one
/// of `trusted`, if any.
pub fn untrusted_office_device(
    records: &EvaluationRecords,
    trusted: &[DeviceId],
) -> Option<DeviceId> {
    records
        .office_record_devices()
        .into_iter()
        .find(|device| !trusted.contains(device))
}

/// `devices` with `device` added, or put in place of the entry with its id
/// (a new name); sorted by id.
pub fn with_office_device(devices: &[OfficeDevice], device: OfficeDevice) -> Vec<OfficeDevice> {
    let mut list: Vec<OfficeDevice> = devices
        .iter()
        .filter(|d| d.device_id != device.device_id)
        .cloned()
        .collect();
    list.push(device);
    crate::sorting::sort_by(&mut list, |a, b| a.device_id.cmp(&b.device_id));
    list
}
