//! Progress (assessed ÷ applicable) and compliance (达标 ÷ applicable).

use std::collections::HashMap;

use danzhou_green_community::assessment::{area_progress, overall_progress, Progress, Rating};
use danzhou_green_community::figures::percent;
use danzhou_green_community::ids::ItemId;
use danzhou_green_community::plan;

fn ratings(pairs: &[(&str, Rating)]) -> HashMap<ItemId, Rating> {
    pairs
        .iter()
        .map(|(id, r)| (ItemId::from(*id), *r))
        .collect()
}

#[test]
fn nothing_rated_means_nothing_assessed() {
    let plan = plan::embedded();
    let p = overall_progress(&plan, &HashMap::new());
    assert_eq!(p.total, plan.item_count());
    assert_eq!(p.applicable, plan.item_count());
    assert_eq!(p.assessed, 0);
    assert_eq!(p.assessed_ratio(), Some(0.0));
    assert_eq!(p.compliance_ratio(), Some(0.0));
}

#[test]
fn not_applicable_items_leave_the_denominator() {
    let plan = plan::embedded();
    let area = &plan.areas[0]; // five items
    let r = ratings(&[
        ("a1-01", Rating::Met),
        ("a1-02", Rating::Partial),
        ("a1-03", Rating::NotApplicable),
        ("a1-04", Rating::NotMet),
    ]);
    let p = area_progress(area, &r);
    assert_eq!(
        p,
        Progress {
            total: 5,
            applicable: 4,
            assessed: 3,
            met: 1,
            partial: 1,
            not_met: 1
        }
    );
    assert_eq!(p.assessed_ratio(), Some(0.75));
    assert_eq!(p.compliance_ratio(), Some(0.25));
    assert_eq!(p.not_applicable(), 1);
    assert!(!p.is_complete());
}

#[test]
fn an_area_with_everything_not_applicable_has_no_ratio() {
    let plan = plan::embedded();
    let area = &plan.areas[0];
    let r: HashMap<ItemId, Rating> = area
        .items
        .iter()
        .map(|i| (i.id.clone(), Rating::NotApplicable))
        .collect();
    let p = area_progress(area, &r);
    assert_eq!(p.applicable, 0);
    assert_eq!(p.assessed_ratio(), None);
    assert_eq!(p.compliance_ratio(), None);
    assert!(p.is_complete());
}

#[test]
fn overall_is_the_sum_of_the_areas() {
    let plan = plan::embedded();
    let r: HashMap<ItemId, Rating> = plan
        .items()
        .enumerate()
        .map(|(i, (_, item))| (item.id.clone(), Rating::ALL[i % 5]))
        .collect();
    let overall = overall_progress(&plan, &r);
    let sum = plan
        .areas
        .iter()
        .map(|a| area_progress(a, &r))
        .fold((0, 0, 0), |acc, p| {
            (acc.0 + p.applicable, acc.1 + p.assessed, acc.2 + p.met)
        });
    assert_eq!((overall.applicable, overall.assessed, overall.met), sum);
    assert_eq!(overall.total, plan.item_count());
}

#[test]
fn ratings_for_unknown_items_are_ignored() {
    let plan = plan::embedded();
    let r = ratings(&[("zz-99", Rating::Met)]);
    assert_eq!(overall_progress(&plan, &r).met, 0);
}

#[test]
fn percent_rounds_down() {
    assert_eq!(percent(0.0), 0);
    assert_eq!(percent(36.0 / 37.0), 97);
    assert_eq!(percent(0.999), 99);
    assert_eq!(percent(1.0), 100);
    assert_eq!(percent(0.7), 70);
}

#[test]
fn rating_values_are_stable() {
    let names: Vec<&str> = Rating::ALL.iter().map(|r| r.as_str()).collect();
    assert_eq!(
        names,
        ["unassessed", "met", "partial", "not_met", "not_applicable"]
    );
    assert_eq!(
        serde_json::to_string(&Rating::NotApplicable).unwrap(),
        "\"not_applicable\""
    );
    assert_eq!(Rating::default(), Rating::Unassessed);
}
