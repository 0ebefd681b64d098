//! Residents' surveys and the kiosk's poll travel in a community's export,
//! reach the office's table, and a file with a survey or poll answers that
//! cannot be true is refused whole.

// Native only: its test tools (proptest) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use chrono::Duration;
use danzhou_green_community::assessment::{ChangeKind, SurveyMethod, SurveyState};
use danzhou_green_community::city::CitySetup;
use danzhou_green_community::evaluation::{PollAnswer, PollChoice};
use danzhou_green_community::exchange::{
    build_export, compute_checksum, parse_export, to_json, ExportDocument, ImportError,
    MAX_IMPORT_BYTES,
};
use danzhou_green_community::office::office_summary;
use danzhou_green_community::records::Records;
use exchange_support::*;

fn survey() -> SurveyState {
    SurveyState {
        date: day(2026, 11, 20),
        method: SurveyMethod::DoorToDoor,
        method_note: String::new(),
        households: 120,
        satisfied: 60,
        fairly_satisfied: 30,
        dissatisfied: 30,
        photos: Vec::new(),
    }
}

fn answer(n: u32, seconds: i64) -> PollAnswer {
    PollAnswer {
        id: format!("poll-{n}").into(),
        community_id: "c1".into(),
        device_id: "phone-a".into(),
        at: t(seconds),
        choice: PollChoice::Satisfied,
    }
}

/// The phone of `exchange_support` with a survey and three poll answers.
fn phone_with_residents() -> Records {
    let mut ws = phone();
    let change = ws
        .survey_change(
            &"c1".into(),
            &"a1-03".into(),
            &"s1".into(),
            Some(survey()),
            day(2026, 11, 28),
            stamp("ch-s1", 8),
        )
        .unwrap();
    apply(&mut ws, change);
    let mut records = ws.records.clone();
    records.evaluation.poll_answers = vec![answer(1, 10), answer(2, 40), answer(3, 70)];
    records
}

fn export(records: &Records) -> ExportDocument {
    build_export(records, &[&"c1".into()], &plan(), options(false))
}

fn parse(document: &ExportDocument) -> Result<ExportDocument, ImportError> {
    parse_export(to_json(document).as_bytes(), &plan(), MAX_IMPORT_BYTES)
}

fn resealed(mut document: ExportDocument) -> ExportDocument {
    document.checksum = compute_checksum(&document);
    document
}

fn survey_change(document: &mut ExportDocument) -> &mut SurveyState {
    let change = document.communities[0]
        .changes
        .iter_mut()
        .find(|c| matches!(c.kind, ChangeKind::Survey { .. }))
        .expect("the survey's change");
    match &mut change.kind {
        ChangeKind::Survey {
            after: Some(state), ..
        } => state,
        _ => unreachable!(),
    }
}

#[test]
fn surveys_and_poll_answers_travel_to_the_offices_table_apart() {
    let document = parse(&export(&phone_with_residents())).expect("a good file");
    assert_eq!(document.evaluation.poll_answers.len(), 3);
    let office = imported(&Records::default(), &document);
    let summary = office_summary(&office, &plan(), &CitySetup::default(), day(2026, 12, 7));
    let row = &summary.rows[0];
    assert_eq!(row.satisfaction.households, 120);
    assert_eq!(row.satisfaction.rate(), Some(0.75));
    assert_eq!(row.poll.total(), 3);
    // Importing the same file again changes nothing.
    let again = imported(&office, &document);
    assert_eq!(again.evaluation.poll_answers.len(), 3);
    assert_eq!(again.surveys_of(&"c1".into()).len(), 1);
}

#[test]
fn a_file_with_a_survey_that_cannot_be_true_is_refused_whole() {
    let good = export(&phone_with_residents());
    type Edit = fn(&mut SurveyState);
    let cases: [(&str, Edit); 5] = [
        ("more answers than households", |s| s.satisfied = 200),
        ("a negative count", |s| s.dissatisfied = -3),
        ("over 100,000 households", |s| s.households = 100_001),
        ("before the plan", |s| s.date = day(2019, 5, 1)),
        ("after the record was made", |s| s.date = day(2027, 1, 1)),
    ];
    for (what, edit) in cases {
        let mut document = good.clone();
        edit(survey_change(&mut document));
        let refused = parse(&resealed(document));
        assert!(
            matches!(refused, Err(ImportError::InvalidValue { .. })),
            "{what}: {refused:?}"
        );
    }
    // A method not in the list does not read.
    let text = to_json(&good).replace("\"door_to_door\"", "\"carrier_pigeon\"");
    assert!(parse_export(text.as_bytes(), &plan(), MAX_IMPORT_BYTES).is_err());
}

#[test]
fn a_survey_on_another_item_is_refused() {
    let mut document = export(&phone_with_residents());
    for change in &mut document.communities[0].changes {
        if matches!(change.kind, ChangeKind::Survey { .. }) {
            change.item_id = "a1-01".into();
        }
    }
    assert!(parse(&resealed(document)).is_err());
}

#[test]
fn poll_answers_closer_than_the_interval_are_refused() {
    let mut records = phone_with_residents();
    records.evaluation.poll_answers.push(answer(4, 75));
    assert!(matches!(
        parse(&export(&records)),
        Err(ImportError::InvalidValue { .. })
    ));
    // The same times from two screens are fine.
    let mut records = phone_with_residents();
    let mut other = answer(4, 75);
    other.device_id = "kiosk-2".into();
    records.evaluation.poll_answers.push(other);
    assert!(parse(&export(&records)).is_ok());
    // An answer dated after the file.
    let mut records = phone_with_residents();
    records.evaluation.poll_answers[0].at = t(100) + Duration::days(3);
    assert!(parse(&export(&records)).is_err());
}
