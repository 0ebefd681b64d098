//! The strings of exporting, importing and the office summary, and the
//! messages for refused files.

use serde::Serialize;

use super::{fill, Texts};
use crate::exchange::{ImportError, ImportSummary, ValueProblem};

/// Strings of exchange and merge. Templates hold `{name}`-style placeholders.
#[derive(Debug, Serialize)]
pub struct ExchangeTexts {
    /// `{file}`, `{reason}`
    pub import_failed_file: &'static str,
    /// `{size}`, `{max}` in MB
    pub import_too_large: &'static str,
    pub import_not_json: &'static str,
    pub import_not_this_format: &'static str,
    /// `{found}`, `{supported}`
    pub import_newer_schema: &'static str,
    /// `{id}`
    pub import_unknown_plan: &'static str,
    /// `{found}`, `{expected}`
    pub import_plan_version: &'static str,
    pub import_checksum: &'static str,
    pub import_truncated: &'static str,
    /// `{problem}`, `{path}`
    pub import_invalid_value: &'static str,
    /// `{item}`
    pub import_unknown_item: &'static str,
    pub import_photo_hash: &'static str,
    /// `{path}`
    pub import_wrong_community: &'static str,
    pub import_not_the_office: &'static str,
    pub import_submissions: &'static str,
    pub import_poll_answers: &'static str,
    pub import_office_records: &'static str,
    pub import_community_not_held: &'static str,
    pub import_submission_not_made: &'static str,
    pub value_missing: &'static str,
    pub value_malformed: &'static str,
    pub value_bad_id: &'static str,
    pub value_bad_hash: &'static str,
    pub value_bad_name: &'static str,
    /// `{max}`, `{n}`
    pub value_too_long: &'static str,
    pub value_out_of_range: &'static str,
    pub value_duplicate: &'static str,
    pub value_bad_photo_data: &'static str,
    pub value_size_mismatch: &'static str,
    /// `{reason}`
    pub value_refused: &'static str,
    pub value_ends_before_start: &'static str,
    pub value_not_in_version: &'static str,
    pub value_not_an_evaluation: &'static str,
    pub import_up_to_date: &'static str,
    /// `{added}`, `{updated}`, `{changes}`, `{photos}`
    pub import_done: &'static str,
    /// `{n}`
    pub import_photos_missing: &'static str,
    /// `{n}`
    pub import_conflicts: &'static str,
    /// `{n}`
    pub import_id_clashes: &'static str,
    /// `{names}`
    /// `{n}`: an imported file brought the office's roster.
    pub import_roster: &'static str,
    /// `{n}`: merges (or undos) an imported file brought.
    pub import_merges: &'static str,
    pub import_same_names: &'static str,
    pub csv_name: &'static str,
    pub csv_progress: &'static str,
    pub csv_score: &'static str,
    pub csv_verdict: &'static str,
    pub csv_last_inspection: &'static str,
    pub csv_last_export: &'static str,
    pub csv_conflicts: &'static str,
    pub csv_open_actions: &'static str,
    pub csv_overdue_actions: &'static str,
    pub csv_meets: &'static str,
    pub csv_not_yet: &'static str,
}

impl Texts {
    /// Why a file was not imported, in words a committee member understands.
    pub fn import_error(&self, error: &ImportError) -> String {
        use ImportError as E;
        let t = &self.exchange;
        match error {
            E::TooLarge { max_bytes, actual } => fill(
                t.import_too_large,
                &[
                    ("size", &megabytes(*actual)),
                    ("max", &megabytes(*max_bytes)),
                ],
            ),
            E::NotJson => t.import_not_json.to_string(),
            E::NotThisFormat => t.import_not_this_format.to_string(),
            E::NewerSchema { found, supported } => fill(
                t.import_newer_schema,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            E::UnknownPlan { id } => fill(t.import_unknown_plan, &[("id", id)]),
            E::PlanVersionMismatch { found, expected } => fill(
                t.import_plan_version,
                &[("found", found), ("expected", expected)],
            ),
            E::ChecksumMismatch => t.import_checksum.to_string(),
            E::Truncated => t.import_truncated.to_string(),
            E::InvalidValue { path, detail } => fill(
                t.import_invalid_value,
                &[("problem", &self.value_problem(detail)), ("path", path)],
            ),
            E::UnknownItem { item_id } => fill(t.import_unknown_item, &[("item", item_id)]),
            E::PhotoHashMismatch { .. } => t.import_photo_hash.to_string(),
            E::WrongCommunity { path } => fill(t.import_wrong_community, &[("path", path)]),
            E::NotSignedByOffice => t.import_not_the_office.to_string(),
            E::CommunityNotHeld { name } => fill(t.import_community_not_held, &[("name", name)]),
            E::SubmissionNotMade => t.import_submission_not_made.to_string(),
        }
    }

    /// The message for a refused file, naming the file.
    pub fn import_error_in_file(&self, file_name: &str, error: &ImportError) -> String {
        fill(
            self.exchange.import_failed_file,
            &[("file", file_name), ("reason", &self.import_error(error))],
        )
    }

    /// What is wrong with one value of a refused file.
    pub fn value_problem(&self, problem: &ValueProblem) -> String {
        use ValueProblem as P;
        let t = &self.exchange;
        match problem {
            P::Missing => t.value_missing.to_string(),
            P::Malformed(_) => t.value_malformed.to_string(),
            P::BadId => t.value_bad_id.to_string(),
            P::BadHash => t.value_bad_hash.to_string(),
            P::BadName(_) => t.value_bad_name.to_string(),
            P::TooLong { max, actual } => fill(
                t.value_too_long,
                &[("max", &max.to_string()), ("n", &actual.to_string())],
            ),
            P::OutOfRange => t.value_out_of_range.to_string(),
            P::Duplicate => t.value_duplicate.to_string(),
            P::BadPhotoData => t.value_bad_photo_data.to_string(),
            P::SizeMismatch => t.value_size_mismatch.to_string(),
            P::Refused(error) => fill(
                t.value_refused,
                &[("reason", &self.assessment_error(error))],
            ),
            P::EndsBeforeStart => t.value_ends_before_start.to_string(),
            P::NotInVersion => t.value_not_in_version.to_string(),
            P::NotAnEvaluation => t.value_not_an_evaluation.to_string(),
        }
    }

    /// What an import brought, one sentence per line; the first line is
    /// always there.
    pub fn import_summary(&self, summary: &ImportSummary) -> Vec<String> {
        let t = &self.exchange;
        let count = |template: &str, n: usize| fill(template, &[("n", &n.to_string())]);
        let first = if summary.already_up_to_date {
            t.import_up_to_date.to_string()
        } else {
            fill(
                t.import_done,
                &[
                    ("added", &summary.communities_added.to_string()),
                    ("updated", &summary.communities_updated.to_string()),
                    ("changes", &summary.changes_added.to_string()),
                    ("photos", &summary.photos_added.to_string()),
                ],
            )
        };
        let mut lines = vec![first];
        let optional = [
            (summary.photos_missing, t.import_photos_missing),
            (summary.conflicts_found, t.import_conflicts),
            (summary.id_clashes, t.import_id_clashes),
            (summary.submissions_added, t.import_submissions),
            (summary.poll_answers_added, t.import_poll_answers),
            (summary.office_records_added, t.import_office_records),
        ];
        lines.extend(
            optional
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, template)| count(template, n)),
        );
        if summary.merges_added > 0 {
            lines.push(count(t.import_merges, summary.merges_added));
        }
        if !summary.same_names.is_empty() {
            let names = summary.same_names.join("、");
            lines.push(fill(t.import_same_names, &[("names", &names)]));
        }
        lines
    }
}

/// Bytes as whole megabytes, rounded up so that "over the limit" never
/// reads as the limit itself.
fn megabytes(bytes: u64) -> String {
    bytes.div_ceil(1024 * 1024).to_string()
}
