//! The texts' helpers: punctuation by language, ratings, and the messages
//! for refused edits and verdicts.

use super::{fill, Texts};
use crate::assessment::{AssessmentError, MissingReason, NotYetReason, Rating};
use crate::community::NameError;
use crate::figures::{format_points, percent, percent_text};

impl Texts {
    /// `label` followed by `text`, punctuated for the language.
    pub fn label_text(&self, label: &str, text: &str) -> String {
        fill(self.labelled, &[("label", label), ("text", text)])
    }

    /// `text` as an aside in brackets, punctuated for the language.
    pub fn aside(&self, text: &str) -> String {
        fill(self.bracketed, &[("text", text)])
    }

    /// Names in running text: 王芳、李明 or 王芳, 李明.
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.list_separator)
    }

    pub fn rating(&self, rating: Rating) -> &'static str {
        match rating {
            Rating::Unassessed => self.rating_unassessed,
            Rating::Met => self.rating_met,
            Rating::Partial => self.rating_partial,
            Rating::NotMet => self.rating_not_met,
            Rating::NotApplicable => self.rating_not_applicable,
        }
    }

    pub fn name_error(&self, error: NameError) -> &'static str {
        match error {
            NameError::Empty => self.name_empty,
            NameError::TooLong => self.name_too_long,
            NameError::ControlCharacters => self.name_control,
            NameError::Duplicate => self.name_duplicate,
        }
    }
}

impl Texts {
    /// The message for a refused edit, in words a committee member
    /// understands.
    pub fn assessment_error(&self, error: &AssessmentError) -> String {
        use AssessmentError as E;
        let counted = |template: &str, max: usize, n: usize| {
            fill(
                template,
                &[("max", &max.to_string()), ("n", &n.to_string())],
            )
        };
        match error {
            E::ReasonRequired => self.na_reason_required.to_string(),
            E::ReasonTooLong { max, actual } => counted(self.na_reason_too_long, *max, *actual),
            E::NoteTooLong { max, actual } => counted(self.note_too_long, *max, *actual),
            E::NotAnImage => self.photo_not_image.to_string(),
            E::PhotoTooLarge { max_bytes, .. } => fill(
                self.photo_too_large,
                &[("max", &(max_bytes / (1024 * 1024)).to_string())],
            ),
            E::BadPhotoHash => self.photo_bad_record.to_string(),
            E::CaptionTooLong { max, actual } => counted(self.caption_too_long, *max, *actual),
            E::ActionDescriptionRequired => self.action_description_required.to_string(),
            E::ActionDescriptionTooLong { max, actual } => {
                counted(self.action_description_too_long, *max, *actual)
            }
            E::ResponsibleRequired => self.action_responsible_required.to_string(),
            E::ResponsibleTooLong { max, actual } => {
                counted(self.action_responsible_too_long, *max, *actual)
            }
            E::UnknownResponsibleUnit(name) => fill(self.action_unknown_unit, &[("name", name)]),
            E::InspectorRequired => self.inspectors_required.to_string(),
            E::InspectorNameTooLong { max, actual } => {
                counted(self.inspector_name_too_long, *max, *actual)
            }
            E::InspectionAlreadyOpen => self.inspection.already_open.to_string(),
            E::Survey(e) => self.residents().survey_error(e),
        }
    }

    /// One reason the verdict is not yet 达到创建要求.
    pub fn not_yet_reason(&self, reason: &NotYetReason) -> String {
        match reason {
            NotYetReason::NothingApplicable => self.verdict_nothing_applicable.to_string(),
            NotYetReason::Unassessed(items) => {
                fill(self.verdict_unassessed, &[("n", &items.len().to_string())])
            }
            NotYetReason::BelowThreshold { share, needed } => fill(
                self.verdict_below_threshold,
                &[
                    ("share", &percent(*share).to_string()),
                    ("needed", &percent(*needed).to_string()),
                ],
            ),
            NotYetReason::VetoFailed(items) => {
                fill(self.verdict_veto_failed, &[("n", &items.len().to_string())])
            }
            NotYetReason::Satisfaction(shortfall) => {
                self.residents().shortfall(shortfall).join(" ")
            }
        }
    }

    /// A share as a whole percent ("70%"), or "—" when there is nothing to
    /// measure it against.
    pub fn share(&self, share: Option<f64>) -> String {
        percent_text(share, self.no_applicable)
    }

    /// Why an item stands between the community and the verdict.
    pub fn missing_reason(&self, why: &MissingReason) -> String {
        match why {
            MissingReason::Unassessed => self.missing_unassessed.to_string(),
            MissingReason::VetoNotMet => self.missing_veto_not_met.to_string(),
            MissingReason::CouldGain(points) => fill(
                self.missing_could_gain,
                &[("points", &format_points(*points))],
            ),
        }
    }
}
