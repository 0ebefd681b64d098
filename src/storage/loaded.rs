//! What storage hands back at start: this device, its preferences, and
//! the records read.

use serde::{Deserialize, Serialize};

use super::ExportLog;
use crate::assessment::{Change, Inspection};
use crate::city::CitySetup;
use crate::community::{Community, CommunityMerge};
use crate::evaluation::{EvaluationRecords, OfficeDevice};
use crate::ids::{CommunityId, DeviceId};
use crate::records::Records;

/// This device: its random id, made on first run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeviceRecord {
    pub device_id: DeviceId,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Small preferences kept with the data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// The community last opened, offered first.
    pub current_community: Option<CommunityId>,
    /// The user's name, recorded with every change and inspection.
    #[serde(default)]
    pub user_name: String,
    /// Set while this device is a kiosk display.
    #[serde(default)]
    pub kiosk: Option<crate::kiosk::KioskConfig>,
}

/// Everything stored, as loaded at start.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub device: Option<DeviceRecord>,
    pub preferences: Preferences,
    pub communities: Vec<Community>,
    pub changes: Vec<Change>,
    pub inspections: Vec<Inspection>,
    pub exports: ExportLog,
    /// The office's roster and definitions.
    pub city: CitySetup,
    /// The office's merges of communities that are one.
    pub merges: Vec<CommunityMerge>,
    /// Submissions, reviews, 公示, objections and namings.
    pub evaluation: EvaluationRecords,
    /// The office's own devices.
    pub office_devices: Vec<OfficeDevice>,
    /// The office key trusted here, its rotations, the devices seen.
    pub key_book: crate::signing::KeyBook,
}

impl Loaded {
    /// The stored records as the workspace of device `device_id`.
    pub fn into_workspace(self, device_id: DeviceId) -> crate::workspace::Workspace {
        let mut records = Records::from_stored(
            self.communities,
            self.changes,
            self.inspections,
            self.merges,
        );
        records.last_exported_at = self.exports;
        records.evaluation = self.evaluation;
        crate::workspace::Workspace::from_records(device_id, records)
    }

    /// Community `id` and the communities merged into it, by the merges
    /// loaded: whose records a view of `id` reads.
    pub fn members_of(&self, id: &CommunityId) -> Vec<CommunityId> {
        let merges_only =
            Records::from_stored(Vec::new(), Vec::new(), Vec::new(), self.merges.clone());
        merges_only.members_of(merges_only.resolve(id))
    }
}
