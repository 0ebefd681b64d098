//! 初核 and 复核: a review agrees with a submission or records its own
//! results, is scored like it, names what it returns, and two devices'
//! different conclusions on one submission are a conflict until settled.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use danzhou_green_community::assessment::{score, Rating};
use danzhou_green_community::evaluation::{
    stage_outcome, Conclusion, Finding, Review, ReviewError, Stage, StageOutcome, Submission,
};
use danzhou_green_community::ids::{ItemId, ReviewId, SubmissionId};
use danzhou_green_community::plan::embedded;

fn submission() -> Submission {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    rate(&mut ws, "a1-02", Rating::Met, "r2", 1);
    rate(&mut ws, "a1-03", Rating::Partial, "r3", 2);
    Submission::of(
        ws.records.item_states(&"c1".into()),
        &"c1".into(),
        2026,
        "王芳",
        (SubmissionId::from("s1"), "phone".into(), t(10)),
    )
}

fn review(id: &str, device: &str, at: i64, conclusion: Conclusion) -> Review {
    Review {
        id: ReviewId::from(id),
        submission_id: "s1".into(),
        community_id: "c1".into(),
        stage: Stage::Final,
        reviewers: vec!["李明".into(), "陈静".into()],
        reviewed_on: day(2026, 11, 30),
        made_at: t(at),
        device_id: device.into(),
        findings: BTreeMap::new(),
        conclusion,
        settles: Vec::new(),
    }
}

fn item(id: &str) -> ItemId {
    ItemId::from(id)
}

#[test]
fn a_review_agrees_or_records_its_own_result_and_is_scored_like_the_submission() {
    let submitted = submission();
    let mut checked = review(
        "v1",
        "office",
        100,
        Conclusion::Return {
            items: vec![item("a1-02")],
        },
    );
    checked.findings.insert(
        item("a1-02"),
        Finding {
            rating: Some(Rating::NotMet),
            note: "楼道堆物未清".into(),
            photos: vec![],
        },
    );
    checked.findings.insert(
        item("a1-01"),
        Finding {
            rating: None,
            note: "看过台账".into(),
            photos: vec![],
        },
    );
    let reviewed = checked.ratings(&submitted);
    assert_eq!(reviewed[&item("a1-01")], Rating::Met, "agreed as submitted");
    assert_eq!(reviewed[&item("a1-02")], Rating::NotMet);
    assert_eq!(reviewed[&item("a1-03")], Rating::Partial);
    assert_eq!(checked.disagreements(&submitted), vec![item("a1-02")]);
    let plan = embedded();
    let (self_assessed, by_review) = (score(&plan, &submitted.ratings()), score(&plan, &reviewed));
    assert!(
        by_review.share < self_assessed.share,
        "the review scores lower where it disagrees"
    );
    assert_eq!(checked.check(&plan, &submitted), Ok(()));
}

#[test]
fn a_review_the_plan_or_the_submission_cannot_take_is_refused_with_why() {
    let submitted = submission();
    let plan = embedded();
    let nothing = review("v1", "office", 100, Conclusion::Return { items: vec![] });
    assert_eq!(
        nothing.check(&plan, &submitted),
        Err(ReviewError::NothingReturned)
    );
    let unknown = review(
        "v1",
        "office",
        100,
        Conclusion::Return {
            items: vec![item("z9-99")],
        },
    );
    assert_eq!(
        unknown.check(&plan, &submitted),
        Err(ReviewError::UnknownItem(item("z9-99")))
    );
    let nobody = Review {
        reviewers: vec![" ".into()],
        ..review("v1", "office", 100, Conclusion::Pass)
    };
    assert_eq!(
        nobody.check(&plan, &submitted),
        Err(ReviewError::NoReviewer)
    );
    let other = Review {
        submission_id: "s2".into(),
        ..review("v1", "office", 100, Conclusion::Pass)
    };
    assert_eq!(
        other.check(&plan, &submitted),
        Err(ReviewError::NotOfSubmission)
    );
}

#[test]
fn two_devices_concluding_differently_are_a_conflict_until_a_review_settles_it() {
    let id = SubmissionId::from("s1");
    assert_eq!(
        stage_outcome(&[], &id, Stage::Final),
        StageOutcome::NotReviewed
    );
    let pass = review("v1", "office-a", 100, Conclusion::Pass);
    let fail = review("v2", "office-b", 110, Conclusion::Fail);
    // A device's later review replaces its own earlier one.
    let pass_again = review("v3", "office-a", 120, Conclusion::Pass);
    let reviews = [pass.clone(), fail.clone(), pass_again.clone()];
    assert_eq!(
        stage_outcome(&reviews, &id, Stage::Final),
        StageOutcome::Conflict(vec![&fail, &pass_again])
    );
    // The same conclusion from two devices agrees.
    let agreeing = [
        pass.clone(),
        review("v4", "office-b", 130, Conclusion::Pass),
    ];
    assert!(
        matches!(stage_outcome(&agreeing, &id, Stage::Final), StageOutcome::Reviewed(r) if r.id == "v4")
    );
    // The office settles it with a review that names the two.
    let settled = Review {
        settles: vec!["v2".into(), "v3".into()],
        ..review("v5", "office-a", 140, Conclusion::Fail)
    };
    let all = [pass, fail, pass_again, settled.clone()];
    assert_eq!(
        stage_outcome(&all, &id, Stage::Final),
        StageOutcome::Reviewed(&settled)
    );
    // Another stage, or another submission, is its own.
    assert_eq!(
        stage_outcome(&all, &id, Stage::Initial),
        StageOutcome::NotReviewed
    );
    assert_eq!(
        stage_outcome(&all, &"s2".into(), Stage::Final),
        StageOutcome::NotReviewed
    );
    // Whatever order the records came in.
    let mut reversed = all.to_vec();
    reversed.reverse();
    assert_eq!(
        stage_outcome(&reversed, &id, Stage::Final),
        StageOutcome::Reviewed(&settled)
    );
}

/// Up to six reviews of submission s1 from two devices, some sharing ids
/// with different contents (a file edited by hand).
fn reviews() -> impl proptest::strategy::Strategy<Value = Vec<Review>> {
    use proptest::prelude::*;
    let conclusion = prop_oneof![
        Just(Conclusion::Pass),
        Just(Conclusion::Fail),
        Just(Conclusion::Return {
            items: vec![item("a1-02")]
        }),
    ];
    let one = (0..5u8, 0..2u8, 0..50i64, conclusion, prop::bool::ANY).prop_map(
        |(id, device, at, conclusion, settles)| {
            let mut r = review(
                &format!("v{id}"),
                &format!("office-{device}"),
                at,
                conclusion,
            );
            if settles {
                r.settles = vec!["v0".into(), "v1".into()];
            }
            r
        },
    );
    prop::collection::vec(one, 0..6)
}

proptest::proptest! {
    #[test]
    fn reviews_merge_by_the_laws_and_their_outcome_does_not_depend_on_the_order(
        a in reviews(), b in reviews(), c in reviews()
    ) {
        use danzhou_green_community::evaluation::merge_records;
        let ab = merge_records(&a, &b);
        proptest::prop_assert_eq!(&ab, &merge_records(&b, &a));
        let left = merge_records(&ab, &c);
        proptest::prop_assert_eq!(&left, &merge_records(&a, &merge_records(&b, &c)));
        proptest::prop_assert_eq!(&merge_records(&left, &left), &left);
        let id = SubmissionId::from("s1");
        let mut reversed = left.clone();
        reversed.reverse();
        proptest::prop_assert_eq!(
            stage_outcome(&left, &id, Stage::Final),
            stage_outcome(&reversed, &id, Stage::Final)
        );
    }
}
