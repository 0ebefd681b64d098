//! The rules the evaluation's records of a file must keep: each record as
//! the app checks it when it is made (a submission of the file's own
//! communities, a review of a submission the file carries, objections and
//! namings of a 公示 it carries), items that exist in the plan, ids once;
//! and whose word they are (see [`check_office_origin`]).

use chrono::Datelike;

use super::error::{clipped, ImportError, ValueProblem};
use super::format::ExportDocument;
use super::value_checks::{check_id, check_person, check_time, invalid, Checked};
use crate::evaluation::{
    EvaluationRecords, ReviewError, SubmissionError, MAX_DEVICE_NAME_CHARS, POLL_INTERVAL_SECONDS,
};
use crate::plan::Plan;

/// The first year a submission may be for: the plan was issued in 2020.
pub const FIRST_EVALUATION_YEAR: i32 = 2020;

pub(super) fn check_evaluation(document: &ExportDocument, plan: &Plan) -> Checked {
    let records = &document.evaluation;
    if document.schema_version < 2 && (!records.is_empty() || !document.office_devices.is_empty()) {
        return Err(invalid("evaluation", ValueProblem::NotInVersion));
    }
    check_unique_ids(records)?;
    let this_year = document.exported_at.year();
    for (i, submission) in records.submissions.iter().enumerate() {
        let path = format!("evaluation.submissions[{i}]");
        check_id(&submission.id, &format!("{path}.id"))?;
        check_id(&submission.device_id, &format!("{path}.device_id"))?;
        check_time(&submission.submitted_at, &format!("{path}.submitted_at"))?;
        let held = document
            .communities
            .iter()
            .any(|c| c.community.id == submission.community_id);
        if !held {
            let path = format!("{path}.community_id");
            return Err(ImportError::WrongCommunity { path });
        }
        submission
            .check(plan, FIRST_EVALUATION_YEAR, this_year)
            .map_err(|e| submission_error(e, &path))?;
    }
    check_poll_answers(document)?;
    check_office_records(records, plan)?;
    for (i, device) in document.office_devices.iter().enumerate() {
        let path = format!("office_devices[{i}]");
        check_id(&device.device_id, &format!("{path}.device_id"))?;
        check_person(&device.name, &format!("{path}.name"))?;
        if device.name.chars().count() > MAX_DEVICE_NAME_CHARS {
            let actual = device.name.chars().count();
            let max = MAX_DEVICE_NAME_CHARS;
            return Err(invalid(&path, ValueProblem::TooLong { max, actual }));
        }
    }
    Ok(())
}

/// Reviews of submissions the records hold, 公示 and the objections and
/// namings of a 公示 they hold, each as the office's pages check it.
pub fn check_office_records(records: &EvaluationRecords, plan: &Plan) -> Checked {
    for (i, review) in records.reviews.iter().enumerate() {
        let path = format!("evaluation.reviews[{i}]");
        check_id(&review.id, &format!("{path}.id"))?;
        check_id(&review.device_id, &format!("{path}.device_id"))?;
        check_time(&review.made_at, &format!("{path}.made_at"))?;
        let Some(submission) = records
            .submissions
            .iter()
            .find(|s| s.id == review.submission_id)
        else {
            return Err(refused(&format!("{path}.submission_id")));
        };
        review
            .check(plan, submission)
            .map_err(|e| review_error(e, &path))?;
    }
    for (i, publicity) in records.publicities.iter().enumerate() {
        let path = format!("evaluation.publicities[{i}]");
        check_id(&publicity.device_id, &format!("{path}.device_id"))?;
        publicity.check().map_err(|_| refused(&path))?;
    }
    let publicity_of = |id: &crate::ids::NoticeId| records.publicities.iter().find(|p| p.id == *id);
    for (i, objection) in records.objections.iter().enumerate() {
        let path = format!("evaluation.objections[{i}]");
        let publicity = publicity_of(&objection.publicity_id).ok_or_else(|| refused(&path))?;
        objection.check(publicity).map_err(|_| refused(&path))?;
    }
    for (i, naming) in records.namings.iter().enumerate() {
        let path = format!("evaluation.namings[{i}]");
        let publicity = publicity_of(&naming.publicity_id).ok_or_else(|| refused(&path))?;
        naming
            .check(publicity, &records.objections)
            .map_err(|_| refused(&path))?;
    }
    Ok(())
}

/// Whether the file's reviews, 公示, objections and namings are the
/// office's word: they count only in a file signed by the office key this
/// device trusts (`signed_by_office`); any other file that carries them is
/// refused whole.
pub fn check_office_origin(document: &ExportDocument, signed_by_office: bool) -> Checked {
    if signed_by_office || document.evaluation.office_records().is_empty() {
        Ok(())
    } else {
        Err(ImportError::NotSignedByOffice)
    }
}

/// Poll answers of the file's own communities, no later than the file,
/// and never closer together on one screen than the poll allows (a file
/// edited to add answers is refused).
fn check_poll_answers(document: &ExportDocument) -> Checked {
    let answers = &document.evaluation.poll_answers;
    for (i, answer) in answers.iter().enumerate() {
        let path = format!("evaluation.poll_answers[{i}]");
        check_id(&answer.id, &format!("{path}.id"))?;
        check_id(&answer.device_id, &format!("{path}.device_id"))?;
        check_time(&answer.at, &format!("{path}.at"))?;
        if answer.at > document.exported_at + chrono::Duration::days(1) {
            return Err(invalid(&format!("{path}.at"), ValueProblem::OutOfRange));
        }
        let held = document
            .communities
            .iter()
            .any(|c| c.community.id == answer.community_id);
        if !held {
            let path = format!("{path}.community_id");
            return Err(ImportError::WrongCommunity { path });
        }
    }
    let mut times: Vec<(&str, &str, chrono::DateTime<chrono::Utc>)> = answers
        .iter()
        .map(|a| (a.device_id.as_str(), a.community_id.as_str(), a.at))
        .collect();
    crate::sorting::sort(&mut times);
    let interval = chrono::Duration::seconds(POLL_INTERVAL_SECONDS);
    for pair in times.windows(2) {
        let same_screen = pair[0].0 == pair[1].0 && pair[0].1 == pair[1].1;
        if same_screen && pair[1].2 - pair[0].2 < interval {
            return Err(invalid("evaluation.poll_answers", ValueProblem::OutOfRange));
        }
    }
    Ok(())
}

fn check_unique_ids(records: &EvaluationRecords) -> Checked {
    let mut seen = std::collections::HashSet::new();
    for key in records.keys() {
        if !seen.insert(key.clone()) {
            return Err(invalid(
                &format!("evaluation {key}"),
                ValueProblem::Duplicate,
            ));
        }
    }
    Ok(())
}

fn submission_error(error: SubmissionError, path: &str) -> ImportError {
    match error {
        SubmissionError::UnknownItem(item) => ImportError::UnknownItem {
            item_id: clipped(&item),
        },
        _ => refused(path),
    }
}

fn review_error(error: ReviewError, path: &str) -> ImportError {
    match error {
        ReviewError::UnknownItem(item) => ImportError::UnknownItem {
            item_id: clipped(&item),
        },
        _ => refused(path),
    }
}

fn refused(path: &str) -> ImportError {
    invalid(path, ValueProblem::NotAnEvaluation)
}
