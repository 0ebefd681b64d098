//! The evaluation a community's self-assessment goes through, as the plan
//! has the office run it: the community submits (申报), the town or street
//! and then the office check it (初核, 复核), the communities that pass are
//! published for objections (公示) and named (命名). Pure: no browser.
//!
//! So far: submissions ([`Submission`]), their reviews ([`Review`]), and
//! 公示 ([`Publicity`], [`Objection`]) and 命名 ([`Naming`]); and the
//! residents' answers to the kiosk's poll ([`PollAnswer`]).

mod city_steps;
mod merge;
mod notice;
mod office_devices;
mod poll;
mod records;
mod review;
mod standing;
mod submission;

pub use city_steps::{is_named, named_on, passed_review, review_passed_on};
pub use merge::{merge_records, Keyed};
pub use notice::{notice_ends, Naming, NoticeError, Objection, Publicity, DEFAULT_NOTICE_DAYS};
pub use office_devices::{
    untrusted_office_device, with_office_device, OfficeDevice, MAX_DEVICE_NAME_CHARS,
};
pub use poll::{may_answer, PollAnswer, PollChoice, PollTally, POLL_INTERVAL_SECONDS};
pub use records::EvaluationRecords;
pub use review::{stage_outcome, Conclusion, Finding, Review, ReviewError, Stage, StageOutcome};
pub use standing::Standing;
pub use submission::{
    current_submission, Submission, SubmissionError, SubmittedItem, MAX_SUBMITTER_CHARS,
};
