//! The small file by which a second office laptop joins the office's
//! devices: made on that laptop, imported on the office's computer.

use serde::{Deserialize, Serialize};

use super::format::PlanRef;
use crate::evaluation::{OfficeDevice, MAX_DEVICE_NAME_CHARS};
use crate::plan::Plan;

pub const OFFICE_DEVICE_FORMAT: &str = "danzhou-green-community-office-device";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeDeviceFile {
    pub format: String,
    pub plan: PlanRef,
    pub device: OfficeDevice,
}

/// The file's text for `device`.
pub fn office_device_file_json(plan: &Plan, device: OfficeDevice) -> String {
    super::to_indented_json(&OfficeDeviceFile {
        format: OFFICE_DEVICE_FORMAT.to_string(),
        plan: PlanRef {
            id: plan.id.clone(),
            version: plan.version.clone(),
        },
        device,
    })
}

/// The device a file names, if it is an office device file of `plan`
/// whose device has an id and a name of a sensible length.
pub fn parse_office_device_file(bytes: &[u8], plan: &Plan) -> Option<OfficeDevice> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let file: OfficeDeviceFile = serde_json::from_slice(bytes).ok()?;
    let device = file.device;
    let name_length = device.name.trim().chars().count();
    let id_length = device.device_id.chars().count();
    let fits = file.format == OFFICE_DEVICE_FORMAT
        && file.plan.id == plan.id
        && (1..=100).contains(&id_length)
        && (1..=MAX_DEVICE_NAME_CHARS).contains(&name_length);
    fits.then_some(device)
}
