//! The evaluation's records in files: a community's export carries its
//! submissions and nothing of the office's; the office's merged export and
//! its review file carry reviews, 公示 and namings, which count only from
//! the office's devices; version 1 files stay importable; the JSON Schema
//! describes what is written; importing is idempotent and order-free.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use std::collections::BTreeMap;

use danzhou_green_community::evaluation::{
    Conclusion, EvaluationRecords, Finding, Naming, OfficeDevice, Publicity, Review, Stage,
    Submission,
};
use danzhou_green_community::exchange::{
    build_export, check_office_origin, compute_checksum, import_into, parse_export,
    parse_review_file, to_json, DeviceInfo, ExportDocument, ExportOptions, ExportedPhoto,
    ImportError, ReviewFile, ReviewFileReader, TakenReviews, ValueProblem, MAX_IMPORT_BYTES,
};
use danzhou_green_community::ids::{CommunityId, SubmissionId};
use danzhou_green_community::records::Records;
use exchange_support::*;
use serde_json::{json, Value};

fn submitted(ws_records: &Records, id: &str, at: i64) -> Submission {
    Submission::of(
        ws_records.item_states(&"c1".into()),
        &"c1".into(),
        2026,
        "王芳",
        (SubmissionId::from(id), "phone-a".into(), t(at)),
    )
}

/// The phone's records with one submission.
fn phone_with_submission() -> Records {
    let mut records = phone_dataset();
    let submission = submitted(&records, "s1", 20);
    records.evaluation.submissions.push(submission);
    records
}

fn review_by(device: &str, id: &str, conclusion: Conclusion) -> Review {
    let mut findings = BTreeMap::new();
    findings.insert(
        "a1-01".into(),
        Finding {
            rating: Some(danzhou_green_community::assessment::Rating::Partial),
            note: "台账不全".into(),
            photos: vec![],
        },
    );
    Review {
        id: id.into(),
        submission_id: "s1".into(),
        community_id: "c1".into(),
        stage: Stage::Final,
        reviewers: vec!["李明".into()],
        reviewed_on: day(2026, 11, 30),
        made_at: t(40),
        device_id: device.into(),
        findings,
        conclusion,
        settles: vec![],
    }
}

fn office_device(id: &str) -> OfficeDevice {
    OfficeDevice {
        device_id: id.into(),
        name: "办公室电脑".into(),
        added_at: t(0),
    }
}

/// The office's records: the phone's, a review by `office`, a 公示 and a
/// naming of the community.
fn office_records() -> Records {
    let mut records = phone_with_submission();
    records
        .evaluation
        .reviews
        .push(review_by("office", "v1", Conclusion::Pass));
    let publicity = Publicity {
        id: "p1".into(),
        year: 2026,
        starts_on: day(2026, 12, 1),
        ends_on: day(2026, 12, 7),
        contact: "23887585".into(),
        communities: vec!["c1".into()],
        made_at: t(50),
        device_id: "office".into(),
    };
    let naming = Naming {
        id: "n1".into(),
        publicity_id: "p1".into(),
        named_on: day(2026, 12, 10),
        document_number: "儋绿创办〔2026〕3号".into(),
        communities: vec!["c1".into()],
        made_at: t(60),
        device_id: "office".into(),
    };
    records.evaluation.publicities.push(publicity);
    records.evaluation.namings.push(naming);
    records
}

fn office_export(records: &Records) -> ExportDocument {
    let options = ExportOptions {
        device: DeviceInfo {
            id: "office".into(),
            user_name: String::new(),
        },
        relay: true,
        office_devices: vec![office_device("office")],
        ..options(false)
    };
    build_export(records, &[&"c1".into()], &plan(), options)
}

fn community_export(records: &Records) -> ExportDocument {
    build_export(records, &[&"c1".into()], &plan(), options(false))
}

fn parse(document: &ExportDocument) -> Result<ExportDocument, ImportError> {
    parse_export(to_json(document).as_bytes(), &plan(), MAX_IMPORT_BYTES)
}

fn resealed(mut document: ExportDocument) -> ExportDocument {
    document.checksum = compute_checksum(&document);
    document
}

#[test]
fn a_communitys_export_carries_its_submissions_and_none_of_the_offices_records() {
    let document = community_export(&office_records());
    assert_eq!(document.schema_version, 2);
    assert_eq!(document.evaluation.submissions.len(), 1);
    assert!(document.evaluation.office_records().is_empty());
    assert!(document.office_devices.is_empty());
    let read = parse(&document).unwrap();
    let imported = import_into(&Records::default(), &read);
    assert_eq!(imported.summary.submissions_added, 1);
    assert_eq!(
        imported.to_write.evaluation.submissions,
        phone_with_submission().evaluation.submissions
    );
}

#[test]
fn the_offices_export_carries_its_reviews_and_notices_and_imports_twice_as_once() {
    let document = office_export(&office_records());
    let read = parse(&document).unwrap();
    assert_eq!(read.evaluation, office_records().evaluation);
    check_office_origin(&read, true).expect("signed by the office, it is taken");
    assert_eq!(
        check_office_origin(&read, false),
        Err(ImportError::NotSignedByOffice),
        "unsigned, or signed by another key, it is not"
    );
    let once = import_into(&Records::default(), &read);
    assert_eq!(once.summary.office_records_added, 3);
    let mut office = Records::default();
    office.absorb(&once.to_write);
    let twice = import_into(&office, &read);
    assert!(twice.summary.already_up_to_date);
    assert!(twice.to_write.evaluation.is_empty());
}

#[test]
fn a_forged_review_in_a_communitys_export_is_refused_everywhere() {
    let mut document = community_export(&phone_with_submission());
    document
        .evaluation
        .reviews
        .push(review_by("phone-a", "forged", Conclusion::Pass));
    let document = resealed(document);
    // Well formed and sealed: only the missing office signature gives it
    // away, even when it names itself an office device.
    let read = parse(&document).unwrap();
    assert_eq!(
        check_office_origin(&read, false),
        Err(ImportError::NotSignedByOffice)
    );
    let mut claimed = document.clone();
    claimed.office_devices = vec![office_device("phone-a")];
    let claimed = resealed(claimed);
    assert!(check_office_origin(&parse(&claimed).unwrap(), false).is_err());
    // A community's own export without office records needs no office key.
    let plain = parse(&community_export(&phone_with_submission())).unwrap();
    check_office_origin(&plain, false).unwrap();
}

#[test]
fn version_1_files_stay_importable_and_cannot_carry_evaluation_records() {
    let mut old = community_export(&phone_dataset());
    old.schema_version = 1;
    let old = resealed(old);
    let text = to_json(&old);
    assert!(!text.contains("evaluation"));
    let read = parse_export(text.as_bytes(), &plan(), MAX_IMPORT_BYTES).unwrap();
    assert!(read.evaluation.is_empty());
    assert!(
        !import_into(&Records::default(), &read)
            .summary
            .already_up_to_date
    );
    // A version 1 file is also what the v1 schema describes.
    let v1: Value =
        serde_json::from_str(include_str!("../public/schema/export-v1.schema.json")).unwrap();
    let validator = jsonschema::draft202012::new(&v1).unwrap();
    assert!(validator.is_valid(&serde_json::from_str(&text).unwrap()));

    let mut carrying = community_export(&phone_with_submission());
    carrying.schema_version = 1;
    let carrying = resealed(carrying);
    match parse(&carrying) {
        Err(ImportError::InvalidValue { path, detail }) => {
            assert_eq!(
                (path.as_str(), detail),
                ("evaluation", ValueProblem::NotInVersion)
            )
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_review_of_an_item_the_plan_lacks_or_of_a_submission_not_in_the_file_is_refused_whole() {
    let mut document = office_export(&office_records());
    document.evaluation.reviews[0]
        .findings
        .insert("z9-99".into(), Finding::default());
    assert_eq!(
        parse(&resealed(document)),
        Err(ImportError::UnknownItem {
            item_id: "z9-99".into()
        })
    );
    let mut document = office_export(&office_records());
    document.evaluation.reviews[0].submission_id = "s-none".into();
    assert!(matches!(
        parse(&resealed(document)),
        Err(ImportError::InvalidValue {
            detail: ValueProblem::NotAnEvaluation,
            ..
        })
    ));
}

#[test]
fn the_schema_describes_the_offices_export_and_refuses_a_broken_review() {
    let schema: Value =
        serde_json::from_str(include_str!("../public/schema/export-v2.schema.json")).unwrap();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let instance: Value =
        serde_json::from_str(&to_json(&office_export(&office_records()))).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    let mut broken = instance.clone();
    broken["evaluation"]["reviews"][0]["conclusion"] = json!({"kind": "return", "items": []});
    assert!(!validator.is_valid(&broken));
    let mut broken = instance;
    broken["evaluation"]["reviews"][0]["stage"] = json!("street");
    assert!(!validator.is_valid(&broken));
}

fn review_file(records: &Records, from: &str, listed: &[&str]) -> Vec<u8> {
    review_file_with(records, from, listed, Vec::new())
}

fn review_file_with(
    records: &Records,
    from: &str,
    listed: &[&str],
    photos: Vec<ExportedPhoto>,
) -> Vec<u8> {
    let device = DeviceInfo {
        id: from.into(),
        user_name: String::new(),
    };
    let listed = listed.iter().map(|d| office_device(d)).collect();
    ReviewFile::of(
        &plan(),
        (&"c1".into(), "东风社区"),
        &records.evaluation,
        (device, t(70)),
        listed,
        photos,
    )
    .to_json()
    .into_bytes()
}

fn read_review_file(
    bytes: &[u8],
    held: &[&str],
    made: &[&str],
    signed_by_office: bool,
) -> Result<EvaluationRecords, ImportError> {
    read_review_file_whole(bytes, held, made, signed_by_office).map(|taken| taken.records)
}

fn read_review_file_whole(
    bytes: &[u8],
    held: &[&str],
    made: &[&str],
    signed_by_office: bool,
) -> Result<TakenReviews, ImportError> {
    let plan = plan();
    let holds = |id: &CommunityId| held.contains(&id.as_str());
    let made = |id: &SubmissionId| made.contains(&id.as_str());
    parse_review_file(
        bytes,
        &ReviewFileReader {
            plan: &plan,
            holds_community: &holds,
            made_submission: &made,
            signed_by_office,
        },
    )
}

#[test]
fn a_phone_takes_the_review_file_for_its_own_community_and_submission_only() {
    let office = office_records();
    let bytes = review_file(&office, "office", &["office"]);
    let taken = read_review_file(&bytes, &["c1"], &["s1"], true).unwrap();
    assert_eq!(taken.reviews, office.evaluation.reviews);
    assert_eq!(taken.namings, office.evaluation.namings);
    assert!(taken.submissions.is_empty(), "the phone's own are kept");

    assert_eq!(
        read_review_file(&bytes, &["c2"], &["s1"], true),
        Err(ImportError::CommunityNotHeld {
            name: "东风社区".into()
        })
    );
    assert_eq!(
        read_review_file(&bytes, &["c1"], &["s-other"], true),
        Err(ImportError::SubmissionNotMade)
    );
    assert_eq!(
        read_review_file(&bytes, &["c1"], &["s1"], false),
        Err(ImportError::NotSignedByOffice),
        "not signed by the office key the phone trusts"
    );
}

#[test]
fn a_review_file_edited_for_another_plan_or_by_hand_is_refused() {
    let bytes = review_file(&office_records(), "office", &["office"]);
    let mut value: Value = serde_json::from_slice(&bytes).unwrap();
    value["plan"]["id"] = json!("another-plan");
    let other_plan = serde_json::to_vec(&value).unwrap();
    assert!(matches!(
        read_review_file(&other_plan, &["c1"], &["s1"], true),
        Err(ImportError::UnknownPlan { .. })
    ));
    let mut value: Value = serde_json::from_slice(&bytes).unwrap();
    value["evaluation"]["reviews"][0]["conclusion"] = json!({"kind": "pass"});
    value["evaluation"]["reviews"][0]["findings"] = json!({});
    let edited = serde_json::to_vec(&value).unwrap();
    assert_eq!(
        read_review_file(&edited, &["c1"], &["s1"], true),
        Err(ImportError::ChecksumMismatch)
    );
    let scoring = br#"{"format":"danzhou-green-community-scoring"}"#;
    assert_eq!(
        read_review_file(scoring, &["c1"], &["s1"], true),
        Err(ImportError::NotThisFormat)
    );
}

#[test]
fn two_office_laptops_reviews_merge_in_either_order() {
    let mut a = office_records();
    let mut b = phone_with_submission();
    b.evaluation
        .reviews
        .push(review_by("laptop-2", "v2", Conclusion::Fail));
    a.evaluation.submissions.push(submitted(&a, "s0", 5));
    let ab = danzhou_green_community::records::merge(&a, &b);
    let ba = danzhou_green_community::records::merge(&b, &a);
    assert_eq!(ab, ba);
    assert_eq!(ab.evaluation.reviews.len(), 2);
    assert_eq!(ab.evaluation.submissions.len(), 2);
    assert_eq!(danzhou_green_community::records::merge(&ab, &b), ab);
}

#[test]
fn an_office_device_file_names_one_device_of_this_plan_or_nothing() {
    use danzhou_green_community::exchange::{office_device_file_json, parse_office_device_file};
    let text = office_device_file_json(&plan(), office_device("laptop-2"));
    assert_eq!(
        parse_office_device_file(text.as_bytes(), &plan()),
        Some(office_device("laptop-2"))
    );
    let other_plan = text.replace("danzhou-2020", "another-plan");
    assert_eq!(
        parse_office_device_file(other_plan.as_bytes(), &plan()),
        None
    );
    let no_name = text.replace("办公室电脑", " ");
    assert_eq!(parse_office_device_file(no_name.as_bytes(), &plan()), None);
    let scoring = br#"{"format":"danzhou-green-community-scoring"}"#;
    assert_eq!(parse_office_device_file(scoring, &plan()), None);
}

#[test]
fn a_review_file_carries_the_findings_photos_and_refuses_one_that_does_not_match_its_hash() {
    let (reference, bytes) = photo(7);
    let mut office = office_records();
    office.evaluation.reviews[0]
        .findings
        .get_mut("a1-01")
        .unwrap()
        .photos
        .push(reference.hash.clone());
    let exported = ExportedPhoto {
        hash: reference.hash.clone(),
        mime: "image/jpeg".into(),
        bytes: bytes.len() as u64,
        data_base64: danzhou_green_community::exchange::base64_encode(&bytes),
    };
    let file = review_file_with(&office, "office", &["office"], vec![exported.clone()]);
    let taken = read_review_file_whole(&file, &["c1"], &["s1"], true).unwrap();
    assert_eq!(taken.photos, vec![exported.clone()]);
    let other = ExportedPhoto {
        data_base64: danzhou_green_community::exchange::base64_encode(&photo(8).1),
        ..exported
    };
    let file = review_file_with(&office, "office", &["office"], vec![other]);
    assert!(read_review_file_whole(&file, &["c1"], &["s1"], true).is_err());
}

#[test]
fn a_file_with_one_evaluation_record_twice_is_refused() {
    let mut document = office_export(&office_records());
    let again = document.evaluation.reviews[0].clone();
    document.evaluation.reviews.push(again);
    match parse(&resealed(document)) {
        Err(ImportError::InvalidValue { path, detail }) => {
            assert_eq!(detail, ValueProblem::Duplicate);
            assert!(path.contains("review/v1"), "{path}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}
