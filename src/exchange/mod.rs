//! Exchange and merge: export files (format, checksum, file names), their
//! import (complete checking first, then a merge), merging datasets from
//! many devices, and conflicts between concurrent edits and their
//! resolution. Pure: no browser. The office's reports over the merged
//! records live in `crate::office`.
//!
//! The flow: a phone takes its [`crate::records::Records`], builds an
//! [`ExportDocument`] for one community and saves [`to_json`] under
//! [`file_name`]. The office (or another phone) reads the bytes with
//! [`parse_export`], which refuses anything doubtful with an
//! [`ImportError`], then [`import_into`] merges the file into what it has
//! and says what changed; the caller writes `to_write` all at once.

mod backup;
mod base64;
mod checksum;
mod conflict;
mod error;
mod export;
mod file_name;
mod format;
mod import;
mod import_outcome;
mod indent;
mod office_device_file;
mod records_of_export;
mod review_file;
mod scoring_file;
mod touched;
mod validate;
mod validate_city;
mod validate_evaluation;
mod value_checks;

pub use backup::entered_here;
pub use base64::{decode as base64_decode, encode as base64_encode, Base64Error};
pub use checksum::{canonical_bytes, checksum_matches, compute_checksum};
pub use conflict::{
    conflicted_items, conflicts, heads, kept_value, resolution_change, Conflict, ResolutionStamp,
    SlotId,
};
pub use error::{ImportError, ValueProblem};
pub use export::{build_export, to_json, ExportOptions};
pub use file_name::file_name;
pub use format::{
    Checksum, DeviceInfo, ExportDocument, ExportedCommunity, ExportedPhoto, PlanRef, APP_VERSION,
    CHECKSUM_ALGORITHM, EXPORT_FORMAT, SCHEMA_VERSION,
};
pub use import::{parse_export, MAX_IMPORT_BYTES};
pub use import_outcome::{import_into, ImportOutcome, ImportSummary};
pub use indent::{indent, to_indented_json};
pub use office_device_file::{
    office_device_file_json, parse_office_device_file, OfficeDeviceFile, OFFICE_DEVICE_FORMAT,
};
pub use review_file::{
    parse_review_file, ReviewFile, ReviewFileReader, TakenReviews, REVIEW_FORMAT,
};
pub use scoring_file::{
    parse_scoring_file, scoring_file_json, ScoringFile, ScoringFileError, SCORING_FORMAT,
};
pub use touched::communities_touched;
pub use validate_evaluation::{check_office_origin, FIRST_EVALUATION_YEAR};
pub use value_checks::{MAX_ID_CHARS, MAX_PERSON_NAME_CHARS, MAX_STORED_INTEGER};
