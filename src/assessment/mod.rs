//! Self-assessment: the state of each item (result, note, photos, actions),
//! the change records it is built from, undo, field inspections, progress,
//! residents' satisfaction surveys, and the default scoring with its
//! verdict. Pure: no browser.

mod action;
mod change;
mod change_kind_reading;
mod error;
mod inspection;
mod item_state;
mod note;
mod photo;
mod progress;
mod rating;
mod reason;
mod satisfaction;
mod scoring;
mod survey;
mod undo;
mod verdict;

pub use action::{
    Action, ActionState, Responsible, MAX_ACTION_DESCRIPTION_CHARS, MAX_RESPONSIBLE_CHARS,
};
pub use change::{Change, ChangeKind, Slot};
pub use error::AssessmentError;
pub use inspection::{
    summarize_inspection, validate_inspectors, Inspection, InspectionSummary,
    MAX_INSPECTOR_NAME_CHARS,
};
pub use item_state::ItemState;
pub use note::{validate_note, MAX_NOTE_CHARS};
pub use photo::{
    check_photo_upload, fit_within, validate_caption, validate_photo_hash, PhotoRef,
    MAX_CAPTION_CHARS, MAX_LONG_SIDE, MAX_PHOTO_BYTES,
};
pub use progress::{area_progress, overall_progress, Progress};
pub use rating::{Rating, Ratings};
pub use reason::{validate_reason, MAX_REASON_CHARS};
pub use satisfaction::{
    satisfaction_of, satisfaction_shortfall, SatisfactionFigure, SatisfactionShortfall,
};
pub use scoring::{area_score, rating_of, rating_value, score, Score, SHARE_EPSILON};
pub use survey::{
    Survey, SurveyError, SurveyMethod, SurveyState, FIRST_SURVEY_YEAR, MAX_METHOD_NOTE_CHARS,
};
pub use undo::{reverting_kind, undo_target};
pub use verdict::{missing_items, verdict, MissingItem, MissingReason, NotYetReason, Verdict};
