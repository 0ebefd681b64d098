//! The small file in which the office sends one community its findings:
//! the reviews of the community's submissions (with the submissions they
//! check), and the 公示 and namings that name it. A phone takes it whole or
//! not at all: only for a community it holds, only reviews of submissions
//! it made, and only from a device the file names as the office's (or, once
//! the phone knows the office's devices, one of those).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::{clipped, ImportError};
use super::format::{Checksum, DeviceInfo, ExportedPhoto, PlanRef, CHECKSUM_ALGORITHM};
use super::validate::check_photo;
use super::validate_evaluation::check_office_records;
use crate::evaluation::{EvaluationRecords, OfficeDevice};
use crate::hashing::sha256_hex;
use crate::ids::{CommunityId, SubmissionId};
use crate::plan::Plan;

pub const REVIEW_FORMAT: &str = "danzhou-green-community-review";

/// Field order is the order written; the checksum is over the file
/// without it, in this order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewFile {
    pub format: String,
    pub plan: PlanRef,
    pub made_at: DateTime<Utc>,
    pub device: DeviceInfo,
    pub office_devices: Vec<OfficeDevice>,
    pub community_id: CommunityId,
    pub community_name: String,
    pub evaluation: EvaluationRecords,
    /// The images of the reviewers' findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<ExportedPhoto>,
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

/// What a review file brings: the office's records and the images of its
/// findings, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct TakenReviews {
    pub records: EvaluationRecords,
    pub photos: Vec<ExportedPhoto>,
}

/// A file's `format`, whatever else it holds.
#[derive(Deserialize)]
struct FormatOnly {
    format: Option<String>,
}

/// What a phone knows when it takes a review file.
pub struct ReviewFileReader<'a> {
    pub plan: &'a Plan,
    pub holds_community: &'a dyn Fn(&CommunityId) -> bool,
    pub made_submission: &'a dyn Fn(&SubmissionId) -> bool,
    /// Whether the file is signed by the office key this device trusts.
    pub signed_by_office: bool,
}

impl ReviewFile {
    /// The file for `community_id`, with the records of `evaluation` that
    /// concern it.
    pub fn of(
        plan: &Plan,
        (community_id, community_name): (&CommunityId, &str),
        evaluation: &EvaluationRecords,
        (device, made_at): (DeviceInfo, DateTime<Utc>),
        office_devices: Vec<OfficeDevice>,
        photos: Vec<ExportedPhoto>,
    ) -> ReviewFile {
        let mut evaluation = evaluation.of_communities(std::slice::from_ref(community_id));
        let reviewed: Vec<&SubmissionId> = evaluation
            .reviews
            .iter()
            .map(|r| &r.submission_id)
            .collect();
        evaluation.submissions.retain(|s| reviewed.contains(&&s.id));
        let mut file = ReviewFile {
            format: REVIEW_FORMAT.to_string(),
            plan: PlanRef {
                id: plan.id.clone(),
                version: plan.version.clone(),
            },
            made_at,
            device,
            office_devices,
            community_id: community_id.clone(),
            community_name: community_name.to_string(),
            evaluation,
            photos,
            checksum: Checksum {
                algorithm: String::new(),
                value: String::new(),
            },
            key_rotations: Vec::new(),
            signature: None,
        };
        file.checksum = file.computed_checksum();
        file
    }

    fn computed_checksum(&self) -> Checksum {
        let body = ReviewFile {
            checksum: Checksum {
                algorithm: String::new(),
                value: String::new(),
            },
            ..self.clone()
        };
        let mut bytes = serde_json::to_vec(&body).unwrap_or_default();
        // The body without its (empty) checksum member: `,"checksum":{…}}`.
        if let Some(at) = bytes.windows(12).rposition(|w| w == b",\"checksum\":") {
            bytes.truncate(at);
        }
        Checksum {
            algorithm: CHECKSUM_ALGORITHM.to_string(),
            value: sha256_hex(&bytes),
        }
    }

    pub fn to_json(&self) -> String {
        super::to_indented_json(self)
    }
}

/// The office's records a review file brings, checked whole.
pub fn parse_review_file(
    bytes: &[u8],
    reader: &ReviewFileReader<'_>,
) -> Result<TakenReviews, ImportError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let named: FormatOnly = serde_json::from_slice(bytes).map_err(|_| ImportError::NotJson)?;
    if named.format.as_deref() != Some(REVIEW_FORMAT) {
        return Err(ImportError::NotThisFormat);
    }
    let file: ReviewFile =
        serde_json::from_slice(bytes).map_err(|e| ImportError::InvalidValue {
            path: String::new(),
            detail: super::ValueProblem::Malformed(clipped(&e.to_string())),
        })?;
    if file.plan.id != reader.plan.id {
        return Err(ImportError::UnknownPlan {
            id: clipped(&file.plan.id),
        });
    }
    if file.checksum != file.computed_checksum() {
        return Err(ImportError::ChecksumMismatch);
    }
    if !(reader.holds_community)(&file.community_id) {
        return Err(ImportError::CommunityNotHeld {
            name: clipped(&file.community_name),
        });
    }
    let records = &file.evaluation;
    let other_community = records
        .reviews
        .iter()
        .map(|r| &r.community_id)
        .chain(records.submissions.iter().map(|s| &s.community_id))
        .any(|id| *id != file.community_id);
    if other_community {
        return Err(ImportError::WrongCommunity {
            path: "evaluation".into(),
        });
    }
    if records
        .submissions
        .iter()
        .any(|s| !(reader.made_submission)(&s.id))
    {
        return Err(ImportError::SubmissionNotMade);
    }
    check_office_records(records, reader.plan)?;
    for (i, photo) in file.photos.iter().enumerate() {
        check_photo(photo, &format!("photos[{i}]"))?;
    }
    if !reader.signed_by_office {
        return Err(ImportError::NotSignedByOffice);
    }
    Ok(TakenReviews {
        records: records.office_records(),
        photos: file.photos.clone(),
    })
}
