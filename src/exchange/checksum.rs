//! The export checksum.
//!
//! **Canonical bytes**: `serde_json::to_vec` (compact: no whitespace,
//! UTF-8, non-ASCII characters written as they are) of the document with
//! its `checksum` member left out, every other member in the order
//! [`ExportDocument`] declares its fields: `format`, `schema_version`,
//! `app_version`, `plan`, `exported_at`, `device`, `communities`, `photos`.
//! Nested records are written the same way, in their own declared field
//! order, with absent optional members omitted exactly as serde omits them.
//! Since `checksum` is the document's last field, the canonical bytes are
//! the compact document up to just before `,"checksum"`, then `}`. The
//! optional `city` (the office's roster) is left out when absent, so files
//! made before it existed check out as they did.
//!
//! **Checksum**: SHA-256 of the canonical bytes, in lowercase hex, with
//! `algorithm` `"sha256"`.
//!
//! The importer recomputes the canonical bytes from the values it parsed, so
//! a pretty-printed or re-indented file still checks out, while any change
//! to a value does not. Members the app does not know are ignored and not
//! covered.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::format::{
    Checksum, DeviceInfo, ExportDocument, ExportedCommunity, ExportedPhoto, PlanRef,
    CHECKSUM_ALGORITHM,
};
use crate::city::CitySetup;
use crate::community::CommunityMerge;
use crate::evaluation::{EvaluationRecords, OfficeDevice};
use crate::hashing::sha256_hex;

/// The document without its checksum, borrowed, in the same field order.
#[derive(Serialize)]
struct CanonicalBody<'a> {
    format: &'a str,
    schema_version: u32,
    app_version: &'a str,
    plan: &'a PlanRef,
    exported_at: &'a DateTime<Utc>,
    device: &'a DeviceInfo,
    communities: &'a [ExportedCommunity],
    photos: &'a [ExportedPhoto],
    #[serde(skip_serializing_if = "<[CommunityMerge]>::is_empty")]
    community_merges: &'a [CommunityMerge],
    #[serde(skip_serializing_if = "Option::is_none")]
    city: Option<&'a CitySetup>,
    #[serde(skip_serializing_if = "EvaluationRecords::is_empty")]
    evaluation: &'a EvaluationRecords,
    #[serde(skip_serializing_if = "<[OfficeDevice]>::is_empty")]
    office_devices: &'a [OfficeDevice],
}

/// The bytes the checksum is computed over (see the module docs).
pub fn canonical_bytes(document: &ExportDocument) -> Vec<u8> {
    let body = CanonicalBody {
        format: &document.format,
        schema_version: document.schema_version,
        app_version: &document.app_version,
        plan: &document.plan,
        exported_at: &document.exported_at,
        device: &document.device,
        communities: &document.communities,
        photos: &document.photos,
        community_merges: &document.community_merges,
        city: document.city.as_ref(),
        evaluation: &document.evaluation,
        office_devices: &document.office_devices,
    };
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_vec(&body).unwrap_or_default()
}

/// The checksum the document should carry.
pub fn compute_checksum(document: &ExportDocument) -> Checksum {
    Checksum {
        algorithm: CHECKSUM_ALGORITHM.to_string(),
        value: sha256_hex(&canonical_bytes(document)),
    }
}

/// Whether the document carries the right checksum.
pub fn checksum_matches(document: &ExportDocument) -> bool {
    document.checksum == compute_checksum(document)
}
