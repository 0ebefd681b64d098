//! Why a file was not imported. Each variant maps to one plain Chinese
//! message (`Texts::import_error`); nothing is written when a file is
//! refused.

use crate::assessment::AssessmentError;
use crate::community::NameError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than the importer accepts.
    TooLarge { max_bytes: u64, actual: u64 },
    /// Not JSON at all, or not UTF-8 text.
    NotJson,
    /// JSON, but without this app's `format` name.
    NotThisFormat,
    /// Written by a newer app; this one must be updated first.
    NewerSchema { found: u64, supported: u32 },
    /// Filled in against another plan.
    UnknownPlan { id: String },
    /// The same plan in another version.
    PlanVersionMismatch { found: String, expected: String },
    /// The checksum is missing or does not match: the file is incomplete
    /// or was changed after export.
    ChecksumMismatch,
    /// The JSON text ends early: the file was cut off.
    Truncated,
    /// A value that is not allowed, at `path` (like
    /// `communities[0].changes[3].kind`).
    InvalidValue { path: String, detail: ValueProblem },
    /// A change for an item the plan does not have.
    UnknownItem { item_id: String },
    /// A photo whose bytes do not hash to its hash.
    PhotoHashMismatch { hash: String },
    /// A record, at `path`, filed under a community it does not belong to.
    WrongCommunity { path: String },
    /// Reviews, 公示, objections or namings in a file not signed by the
    /// office key this device trusts.
    NotSignedByOffice,
    /// A review file for a community this device does not hold.
    CommunityNotHeld { name: String },
    /// A review file with a submission this device never made.
    SubmissionNotMade,
}

/// What is wrong with a value, in terms the message can explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    /// A required member is absent.
    Missing,
    /// Not of the expected shape or type (an unknown rating, a date that is
    /// not a date, …); the text is the parser's, for support staff.
    Malformed(String),
    /// An id that is empty or longer than 100 characters.
    BadId,
    /// Not 64 lowercase hex digits.
    BadHash,
    /// A community name the app would refuse.
    BadName(NameError),
    TooLong {
        max: usize,
        actual: usize,
    },
    /// A date before 1970 or after 9999, or a number too large to store.
    OutOfRange,
    /// The same id (or community) twice in one file.
    Duplicate,
    /// Photo data that is not base64.
    BadPhotoData,
    /// Photo data whose length is not the stated `bytes`.
    SizeMismatch,
    /// A value the app itself refuses when it is entered.
    Refused(AssessmentError),
    /// An inspection finished before it started.
    EndsBeforeStart,
    /// Evaluation records in a file of schema version 1, which has none.
    NotInVersion,
    /// A submission, review, 公示, objection or naming the app itself
    /// would refuse (no reviewer, a review of a submission not in the
    /// file, a naming before its 公示 ended, …).
    NotAnEvaluation,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for ImportError {}

/// Shortens text copied from a file into an error, so that a huge value
/// cannot make a huge message.
pub(crate) fn clipped(text: &str) -> String {
    const MAX: usize = 100;
    match text.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
