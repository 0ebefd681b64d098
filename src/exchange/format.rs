//! The export file: one JSON document that says what it is (format name,
//! schema version, app and plan versions), where and when it was made, and
//! carries communities with all their records, optionally the photos, and a
//! checksum. A phone exports one community; the city office exports many in
//! the same format. `public/schema/export-v1.schema.json` describes it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::city::CitySetup;
use crate::evaluation::{EvaluationRecords, OfficeDevice};

use crate::assessment::{Change, Inspection};
use crate::community::{Community, CommunityMerge};
use crate::ids::DeviceId;

/// The value of every export's `format` field.
pub const EXPORT_FORMAT: &str = "danzhou-green-community-export";
/// The schema version this app writes and the newest it reads.
/// Version 2 added the evaluation's records (`evaluation`) and the office's
/// devices (`office_devices`); a version 1 file is read as one without them.
pub const SCHEMA_VERSION: u32 = 2;
/// The app version written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The only checksum algorithm used.
pub const CHECKSUM_ALGORITHM: &str = "sha256";

/// An export file. Field order is the order written, and the checksum
/// depends on it (see [`super::checksum`]): do not reorder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportDocument {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    pub plan: PlanRef,
    pub exported_at: DateTime<Utc>,
    pub device: DeviceInfo,
    pub communities: Vec<ExportedCommunity>,
    /// Empty when exported without photos.
    pub photos: Vec<ExportedPhoto>,
    /// The office's merges of communities that are one (done or undone)
    /// that concern the communities of the file; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub community_merges: Vec<CommunityMerge>,
    /// The office's roster and definitions, in its merged export once it
    /// has set them; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<CitySetup>,
    /// Submissions of the file's communities and, in the office's files,
    /// its reviews, 公示, objections and namings; absent when there are none.
    #[serde(default, skip_serializing_if = "EvaluationRecords::is_empty")]
    pub evaluation: EvaluationRecords,
    /// The office's own devices, in the office's files: only their reviews,
    /// 公示, objections and namings count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub office_devices: Vec<OfficeDevice>,
    /// Last of the members the checksum covers.
    pub checksum: Checksum,
    /// The office's key rotations, in its files: how a device that trusts
    /// an older office key follows to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_rotations: Vec<crate::signing::KeyRotation>,
    /// The signer's signature over the file without it (after the checksum,
    /// which does not cover it; see `crate::signing::signed_content`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<crate::signing::SignatureBlock>,
}

/// Which plan (and version of it) the results were recorded against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRef {
    pub id: String,
    pub version: String,
}

/// The device that made the file and the name of its user (may be empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    pub id: DeviceId,
    pub user_name: String,
}

/// One community with every record that belongs to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedCommunity {
    pub community: Community,
    /// In [`Change::order_key`] order.
    pub changes: Vec<Change>,
    /// By start time, then id.
    pub inspections: Vec<Inspection>,
    /// Only in files that pass on what was collected from others (the
    /// office's merged export): when the community's own device last
    /// exported it. Absent in a device's own export, whose `exported_at`
    /// is that time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_exported_at: Option<DateTime<Utc>>,
}

/// One evidence photo's bytes, keyed by their SHA-256.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedPhoto {
    /// SHA-256 of the decoded bytes, 64 lowercase hex digits.
    pub hash: String,
    pub mime: String,
    /// Length of the decoded bytes.
    pub bytes: u64,
    /// The bytes in standard base64 with padding.
    pub data_base64: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checksum {
    /// Always [`CHECKSUM_ALGORITHM`].
    pub algorithm: String,
    /// Lowercase hex.
    pub value: String,
}
