//! 申报: a submission keeps the self-assessment as it stood, the latest of
//! a year counts, every one is kept, and submissions merge by the laws of
//! every other record.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use danzhou_green_community::assessment::Rating;
use danzhou_green_community::evaluation::{
    current_submission, merge_records, Submission, SubmissionError,
};
use danzhou_green_community::ids::{ItemId, SubmissionId};
use danzhou_green_community::plan::embedded;
use danzhou_green_community::workspace::Workspace;
use proptest::prelude::*;

fn submit(ws: &Workspace, id: &str, year: i32, at: i64) -> Submission {
    Submission::of(
        ws.records.item_states(&"c1".into()),
        &"c1".into(),
        year,
        "  王芳 ",
        (SubmissionId::from(id), "device-a".into(), t(at)),
    )
}

#[test]
fn a_submission_keeps_the_self_assessment_as_it_stood() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    rate_na(&mut ws, "a1-02", "小区没有地下管网", "r2", 1);
    let submitted = submit(&ws, "s1", 2026, 10);
    assert_eq!(submitted.submitted_by, "王芳");
    assert_eq!(submitted.items.len(), 2);
    assert_eq!(
        submitted.items[&ItemId::from("a1-02")].na_reason.as_deref(),
        Some("小区没有地下管网")
    );
    // Later edits change the records, not what was submitted.
    rate(&mut ws, "a1-01", Rating::NotMet, "r3", 20);
    rate(&mut ws, "a1-03", Rating::Partial, "r4", 21);
    assert_eq!(submitted.items[&ItemId::from("a1-01")].rating, Rating::Met);
    assert!(!submitted.items.contains_key(&ItemId::from("a1-03")));
    assert_eq!(submitted.ratings()[&ItemId::from("a1-01")], Rating::Met);
    assert_eq!(submitted.check(&embedded(), 2020, 2026), Ok(()));
}

#[test]
fn the_latest_submission_of_a_year_counts_and_every_one_is_kept() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    let first = submit(&ws, "s1", 2026, 10);
    rate(&mut ws, "a1-02", Rating::Met, "r2", 20);
    let second = submit(&ws, "s2", 2026, 30);
    let next_year = submit(&ws, "s3", 2027, 40);
    let all = merge_records(
        &[first.clone(), second.clone()],
        std::slice::from_ref(&next_year),
    );
    assert_eq!(all.len(), 3);
    let community = "c1".into();
    assert_eq!(current_submission(&all, &community, 2026), Some(&second));
    assert_eq!(current_submission(&all, &community, 2027), Some(&next_year));
    assert_eq!(current_submission(&all, &community, 2025), None);
    assert!(all.contains(&first), "the replaced one is kept");
}

#[test]
fn a_submission_the_plan_cannot_take_is_refused_with_why() {
    let mut ws = workspace_with_community();
    let plan = embedded();
    assert_eq!(
        submit(&ws, "s0", 2026, 0).check(&plan, 2020, 2026),
        Err(SubmissionError::NothingAssessed)
    );
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    let good = submit(&ws, "s1", 2026, 10);
    let nobody = Submission {
        submitted_by: " ".into(),
        ..good.clone()
    };
    assert_eq!(
        nobody.check(&plan, 2020, 2026),
        Err(SubmissionError::NoSubmitter)
    );
    let long = Submission {
        submitted_by: "王".repeat(41),
        ..good.clone()
    };
    assert_eq!(
        long.check(&plan, 2020, 2026),
        Err(SubmissionError::SubmitterTooLong)
    );
    for year in [2019, 2028] {
        let odd = Submission {
            year,
            ..good.clone()
        };
        assert_eq!(
            odd.check(&plan, 2020, 2026),
            Err(SubmissionError::YearOutOfRange { year })
        );
    }
    let mut unknown = good.clone();
    unknown.answers.push("z9-99".into());
    assert_eq!(
        unknown.check(&plan, 2020, 2026),
        Err(SubmissionError::UnknownItem("z9-99".into()))
    );
}

/// Up to six submissions, some sharing ids with different contents (a file
/// edited by hand), over two years.
fn submissions() -> impl Strategy<Value = Vec<Submission>> {
    let one =
        (0..4u8, 2026..2028i32, 0..100i64, prop::bool::ANY).prop_map(|(id, year, at, met)| {
            let mut ws = workspace_with_community();
            rate(
                &mut ws,
                "a1-01",
                if met { Rating::Met } else { Rating::NotMet },
                "r1",
                0,
            );
            submit(&ws, &format!("s{id}"), year, at)
        });
    prop::collection::vec(one, 0..6)
}

proptest! {
    #[test]
    fn merging_submissions_is_commutative_associative_and_idempotent(
        a in submissions(), b in submissions(), c in submissions()
    ) {
        prop_assert_eq!(merge_records(&a, &b), merge_records(&b, &a));
        let left = merge_records(&merge_records(&a, &b), &c);
        let right = merge_records(&a, &merge_records(&b, &c));
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(merge_records(&left, &left), left.clone());
        // Whatever the order, the same one counts.
        let community = "c1".into();
        let other_order = merge_records(&c, &merge_records(&b, &a));
        prop_assert_eq!(
            current_submission(&left, &community, 2026),
            current_submission(&other_order, &community, 2026)
        );
    }
}
