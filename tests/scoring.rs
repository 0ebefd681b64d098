//! The default scoring (weights, values, pass line: the app's, not the
//! plan's), the verdict and the items that stand in its way.

use std::collections::HashMap;

use danzhou_green_community::assessment::{
    area_score, missing_items, score, verdict, MissingItem, MissingReason, NotYetReason, Rating,
    SatisfactionFigure, Score, Verdict,
};
use danzhou_green_community::ids::ItemId;
use danzhou_green_community::plan::{self, Plan, PlanError, EMBEDDED_PLAN_JSON};
use serde_json::{json, Value};

fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(EMBEDDED_PLAN_JSON).unwrap();
    edit(&mut value);
    value.to_string()
}

fn plan_with(edit: impl FnOnce(&mut Value)) -> Plan {
    plan::parse(&edited(edit)).expect("a valid plan")
}

/// Sets a field of every item.
fn set_on_items(value: &mut Value, field: &str, to: Value) {
    for area in value["areas"].as_array_mut().unwrap() {
        for item in area["items"].as_array_mut().unwrap() {
            item[field] = to.clone();
        }
    }
}

/// The given results; every other item gets `rest`.
fn ratings(plan: &Plan, given: &[(&str, Rating)], rest: Rating) -> HashMap<ItemId, Rating> {
    let mut all: HashMap<ItemId, Rating> = plan
        .item_ids()
        .into_iter()
        .map(|id| (id.clone(), rest))
        .collect();
    for (id, rating) in given {
        all.insert(id.to_string().into(), *rating);
    }
    all
}

fn reasons(verdict: Verdict) -> Vec<NotYetReason> {
    match verdict {
        Verdict::Meets => vec![],
        Verdict::NotYet(reasons) => reasons,
    }
}

#[test]
fn the_plan_file_labels_its_scoring_as_the_apps_defaults() {
    let plan = plan::embedded();
    assert!(plan.scoring.defaults);
    assert!(plan.scoring.note_zh.contains("方案未规定"));
    assert!(!plan.scoring.note_en.is_empty());
    assert_eq!(plan.scoring.pass_share, 0.7);
    assert_eq!(plan.scoring.values.met, 1.0);
    assert_eq!(plan.scoring.values.partial, 0.5);
    assert_eq!(plan.scoring.values.not_met, 0.0);
    assert!(plan.scoring.require_all_assessed);
    for (_, item) in plan.items() {
        assert_eq!(item.weight, 1.0, "{}", item.id);
        assert!(!item.veto, "{}", item.id);
    }
}

#[test]
fn an_older_plan_file_without_scoring_gets_the_defaults() {
    let older = edited(|v| {
        v.as_object_mut().unwrap().remove("scoring");
        for area in v["areas"].as_array_mut().unwrap() {
            for item in area["items"].as_array_mut().unwrap() {
                item.as_object_mut().unwrap().remove("weight");
                item.as_object_mut().unwrap().remove("veto");
            }
        }
    });
    let parsed = plan::parse(&older).unwrap();
    assert_eq!(parsed.scoring, plan::embedded().scoring);
    assert!(parsed.items().all(|(_, i)| i.weight == 1.0 && !i.veto));
}

#[test]
fn weights_must_be_positive() {
    for weight in [json!(0), json!(-1)] {
        let json = edited(|v| v["areas"][1]["items"][2]["weight"] = weight.clone());
        assert_eq!(
            plan::parse(&json),
            Err(PlanError::BadWeight("a2-03".into())),
            "{weight}"
        );
    }
}

#[test]
fn scoring_values_must_be_in_range() {
    for share in [json!(0), json!(1.01), json!(-0.5)] {
        let json = edited(|v| v["scoring"]["pass_share"] = share.clone());
        assert_eq!(
            plan::parse(&json),
            Err(PlanError::BadScoring("pass_share")),
            "{share}"
        );
    }
    let json = edited(|v| v["scoring"]["pass_share"] = json!(1));
    assert!(plan::parse(&json).is_ok(), "100% is a valid pass line");
    for field in ["met", "partial", "not_met"] {
        let json = edited(|v| v["scoring"]["values"][field] = json!(1.5));
        assert_eq!(plan::parse(&json), Err(PlanError::BadScoring("values")));
    }
}

#[test]
fn not_applicable_leaves_the_weight_and_unassessed_earns_nothing() {
    let plan = plan::embedded();
    let area = &plan.areas[0]; // a1-01 … a1-05
    let r = ratings(
        &plan,
        &[
            ("a1-01", Rating::Met),
            ("a1-02", Rating::Partial),
            ("a1-03", Rating::NotApplicable),
            ("a1-04", Rating::NotMet),
        ],
        Rating::Unassessed,
    );
    assert_eq!(
        area_score(&plan, area, &r),
        Score {
            earned: 1.5,
            applicable_weight: 4.0,
            share: Some(0.375)
        }
    );
    let total = score(&plan, &r);
    assert_eq!(total.earned, 1.5);
    assert_eq!(total.applicable_weight, plan.item_count() as f64 - 1.0);
}

#[test]
fn weights_count() {
    let plan = plan_with(|v| v["areas"][0]["items"][0]["weight"] = json!(3));
    let r = ratings(
        &plan,
        &[("a1-01", Rating::Met), ("a1-02", Rating::NotMet)],
        Rating::NotApplicable,
    );
    assert_eq!(score(&plan, &r).share, Some(0.75));
}

#[test]
fn everything_not_applicable_has_nothing_to_judge_by() {
    let plan = plan::embedded();
    let r = ratings(&plan, &[], Rating::NotApplicable);
    assert_eq!(score(&plan, &r).share, None);
    assert_eq!(
        verdict(&plan, &r, &SatisfactionFigure::default()),
        Verdict::NotYet(vec![NotYetReason::NothingApplicable])
    );
    assert!(missing_items(&plan, &r).is_empty());
}

#[test]
fn nothing_assessed_is_not_yet_with_every_item_missing() {
    let plan = plan::embedded();
    let r = HashMap::new();
    let all: Vec<ItemId> = plan.item_ids().into_iter().cloned().collect();
    assert_eq!(
        reasons(verdict(&plan, &r, &SatisfactionFigure::default())),
        [
            NotYetReason::Unassessed(all.clone()),
            NotYetReason::BelowThreshold {
                share: 0.0,
                needed: 0.7
            }
        ]
    );
    let missing = missing_items(&plan, &r);
    assert_eq!(missing.len(), all.len());
    assert!(missing.iter().all(|m| m.why == MissingReason::Unassessed));
}

/// a1-01 at 达标 with weight `met`, a1-02 at 未达标 with weight `not_met`,
/// everything else 不适用.
fn two_items(met: f64, not_met: f64) -> (Plan, HashMap<ItemId, Rating>) {
    let plan = plan_with(|v| {
        v["areas"][0]["items"][0]["weight"] = json!(met);
        v["areas"][0]["items"][1]["weight"] = json!(not_met);
    });
    let r = ratings(
        &plan,
        &[("a1-01", Rating::Met), ("a1-02", Rating::NotMet)],
        Rating::NotApplicable,
    );
    (plan, r)
}

#[test]
fn exactly_70_percent_meets() {
    let (plan, r) = two_items(700.0, 300.0);
    assert_eq!(
        verdict(&plan, &r, &SatisfactionFigure::default()),
        Verdict::Meets
    );
    assert!(missing_items(&plan, &r).is_empty());
}

#[test]
fn seventy_percent_from_an_inexact_sum_still_meets() {
    // Thirty items of weight 0.1, 21 at 达标: 70%, though the floating-point
    // sums give 0.6999999999999998.
    let plan = plan_with(|v| set_on_items(v, "weight", json!(0.1)));
    let ids = plan.item_ids();
    let mut given: Vec<(&str, Rating)> = ids[..21]
        .iter()
        .map(|id| (id.as_str(), Rating::Met))
        .collect();
    given.extend(ids[21..30].iter().map(|id| (id.as_str(), Rating::NotMet)));
    let r = ratings(&plan, &given, Rating::NotApplicable);
    let share = score(&plan, &r).share.unwrap();
    assert!(share < 0.7, "the sum is inexact: {share}");
    assert_eq!(
        verdict(&plan, &r, &SatisfactionFigure::default()),
        Verdict::Meets
    );
}

#[test]
fn sixty_nine_point_nine_percent_does_not() {
    let (plan, r) = two_items(699.0, 301.0);
    let Verdict::NotYet(reasons) = verdict(&plan, &r, &SatisfactionFigure::default()) else {
        panic!("69.9% must not pass");
    };
    assert_eq!(reasons.len(), 1);
    let NotYetReason::BelowThreshold { share, needed } = reasons[0] else {
        panic!("{reasons:?}");
    };
    assert!((share - 0.699).abs() < 1e-12);
    assert_eq!(needed, 0.7);
    assert_eq!(
        missing_items(&plan, &r),
        [MissingItem {
            item_id: "a1-02".into(),
            why: MissingReason::CouldGain(301.0)
        }]
    );
}

#[test]
fn a_failing_veto_item_blocks_an_otherwise_perfect_score() {
    let plan = plan_with(|v| v["areas"][2]["items"][0]["veto"] = json!(true));
    let r = ratings(&plan, &[("a3-01", Rating::NotMet)], Rating::Met);
    let share = score(&plan, &r).share.unwrap();
    assert!(share > 0.97);
    assert_eq!(
        verdict(&plan, &r, &SatisfactionFigure::default()),
        Verdict::NotYet(vec![NotYetReason::VetoFailed(vec!["a3-01".into()])])
    );
    assert_eq!(
        missing_items(&plan, &r),
        [MissingItem {
            item_id: "a3-01".into(),
            why: MissingReason::VetoNotMet
        }]
    );
    let partial = ratings(&plan, &[("a3-01", Rating::Partial)], Rating::Met);
    assert_eq!(
        verdict(&plan, &partial, &SatisfactionFigure::default()),
        Verdict::Meets,
        "veto is about 未达标"
    );
}

#[test]
fn missing_items_name_unassessed_veto_and_the_biggest_gains_first() {
    let plan = plan_with(|v| {
        v["areas"][0]["items"][0]["veto"] = json!(true);
        v["areas"][0]["items"][2]["weight"] = json!(4);
    });
    let r = ratings(
        &plan,
        &[
            ("a1-01", Rating::NotMet),  // veto
            ("a1-02", Rating::Partial), // gains 0.5
            ("a1-03", Rating::Partial), // weight 4: gains 2
            ("a1-04", Rating::NotMet),  // gains 1
            ("a1-05", Rating::Unassessed),
        ],
        Rating::NotApplicable,
    );
    let missing = missing_items(&plan, &r);
    let expected = [
        ("a1-05", MissingReason::Unassessed),
        ("a1-01", MissingReason::VetoNotMet),
        ("a1-03", MissingReason::CouldGain(2.0)),
        ("a1-04", MissingReason::CouldGain(1.0)),
        ("a1-02", MissingReason::CouldGain(0.5)),
    ];
    let expected: Vec<MissingItem> = expected
        .into_iter()
        .map(|(id, why)| MissingItem {
            item_id: id.into(),
            why,
        })
        .collect();
    assert_eq!(missing, expected);
}

#[test]
fn items_that_could_gain_are_not_listed_once_the_share_is_reached() {
    let plan = plan::embedded();
    let r = ratings(
        &plan,
        &[("a1-01", Rating::Partial), ("a1-02", Rating::NotMet)],
        Rating::Met,
    );
    assert_eq!(
        verdict(&plan, &r, &SatisfactionFigure::default()),
        Verdict::Meets
    );
    assert!(missing_items(&plan, &r).is_empty());
    let one_left = ratings(&plan, &[("a1-01", Rating::Unassessed)], Rating::Met);
    assert_eq!(
        missing_items(&plan, &one_left),
        [MissingItem {
            item_id: "a1-01".into(),
            why: MissingReason::Unassessed
        }]
    );
}

#[test]
fn when_not_every_item_must_be_assessed_unassessed_items_only_score_zero() {
    let plan = plan_with(|v| v["scoring"]["require_all_assessed"] = json!(false));
    let enough = ratings(&plan, &[("a1-01", Rating::Unassessed)], Rating::Met);
    assert_eq!(
        verdict(&plan, &enough, &SatisfactionFigure::default()),
        Verdict::Meets
    );
    assert!(missing_items(&plan, &enough).is_empty());

    let ids = plan.item_ids();
    let given: Vec<(&str, Rating)> = ids[..20]
        .iter()
        .map(|id| (id.as_str(), Rating::Met))
        .collect();
    let short = ratings(&plan, &given, Rating::Unassessed);
    assert!(matches!(
        reasons(verdict(&plan, &short, &SatisfactionFigure::default()))[..],
        [NotYetReason::BelowThreshold { .. }]
    ));
    let missing = missing_items(&plan, &short);
    assert_eq!(missing.len(), ids.len() - 20);
    assert!(missing
        .iter()
        .all(|m| m.why == MissingReason::CouldGain(1.0)));
}
