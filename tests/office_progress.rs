//! The city's progress over time: each community's summary keeps the days
//! its results changed, and the city's figures at the end of any day are
//! those the yearly report counts on that day from every record.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDate;
use common::*;
use danzhou_green_community::assessment::Rating;
use danzhou_green_community::city::{CitySetup, RosterEntry, TakingPart};
use danzhou_green_community::clock::end_of_beijing_day;
use danzhou_green_community::office::{
    city_progress, city_summaries, office_summary, rating_days, ProgressPoint,
};
use danzhou_green_community::plan::{embedded, Plan};
use danzhou_green_community::workspace::Workspace;

/// Seconds after `t(0)` (2026-11-28 16:00 in Beijing) to `hour`:00 in
/// Beijing `days` days later.
fn beijing(days: i64, hour: i64) -> i64 {
    days * 86_400 + (hour - 16) * 3_600
}

fn item_ids(plan: &Plan) -> Vec<String> {
    plan.areas
        .iter()
        .flat_map(|a| a.items.iter().map(|i| i.id.to_string()))
        .collect()
}

/// Every item of `c1` rated 达到 at `at`, one second apart.
fn rate_all_met(ws: &mut Workspace, plan: &Plan, at: i64) {
    for (n, item) in item_ids(plan).iter().enumerate() {
        if ws.records.rating(&"c1".into(), &item.as_str().into()) != Rating::Met {
            rate(
                ws,
                item,
                Rating::Met,
                &format!("all-{at}-{n}"),
                at + n as i64,
            );
        }
    }
}

fn city_of(entries: Vec<RosterEntry>) -> CitySetup {
    let mut city = CitySetup::default();
    city.roster.entries = entries;
    city
}

fn point(date: NaiveDate, in_scope: usize, taking_part: usize, meeting: usize) -> ProgressPoint {
    ProgressPoint {
        date,
        in_scope,
        taking_part,
        meeting,
    }
}

#[test]
fn a_summary_keeps_the_days_its_results_changed_in_beijing() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    // 23:59 and 00:01 in Beijing fall on two days, though one UTC day.
    rate(
        &mut ws,
        "a1-02",
        Rating::Partial,
        "r2",
        beijing(0, 23) + 59 * 60,
    );
    rate(&mut ws, "a1-02", Rating::NotMet, "r3", beijing(1, 0) + 60);
    // A result set and taken back on one day changes nothing that day.
    rate(&mut ws, "a1-03", Rating::Met, "r4", beijing(3, 9));
    rate(&mut ws, "a1-03", Rating::Unassessed, "r5", beijing(3, 10));
    let days = rating_days(&ws.records, &"c1".into());
    let shown: Vec<(NaiveDate, Vec<(String, Rating)>)> = days
        .into_iter()
        .map(|d| {
            (
                d.day,
                d.ratings
                    .into_iter()
                    .map(|(i, r)| (i.to_string(), r))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            (
                day(2026, 11, 28),
                vec![
                    ("a1-01".into(), Rating::Met),
                    ("a1-02".into(), Rating::Partial)
                ]
            ),
            (day(2026, 11, 29), vec![("a1-02".into(), Rating::NotMet)]),
        ]
    );
}

#[test]
fn the_city_is_counted_at_the_end_of_each_month_up_to_the_day_asked() {
    let plan = embedded();
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    rate_all_met(&mut ws, &plan, beijing(40, 10)); // 2027-01-07
    let mut entry = RosterEntry::named("东风社区");
    entry.joined_on = Some(day(2026, 12, 10));
    let city = city_of(vec![entry, RosterEntry::named("兰洋社区")]);
    let summaries = city_summaries(&ws.records);
    let points = city_progress(&summaries, &ws.records, &plan, &city, day(2027, 2, 3));
    assert_eq!(
        points,
        vec![
            point(day(2026, 11, 30), 2, 0, 0),
            point(day(2026, 12, 31), 2, 1, 0),
            point(day(2027, 1, 31), 2, 1, 1),
            point(day(2027, 2, 3), 2, 1, 1),
        ]
    );
    assert_eq!(points[2].meeting_share(), Some(0.5));
    // By results instead of the roster's date, it took part from its first.
    let mut by_results = city.clone();
    by_results.definitions.taking_part = TakingPart::AnyItemAssessed;
    let points = city_progress(
        &summaries,
        &ws.records,
        &plan,
        &by_results,
        day(2026, 12, 1),
    );
    assert_eq!(
        points,
        vec![
            point(day(2026, 11, 30), 2, 1, 0),
            point(day(2026, 12, 1), 2, 1, 0)
        ]
    );
}

#[test]
fn with_nothing_recorded_there_is_no_line_to_draw() {
    let ws = workspace_with_community();
    let city = city_of(vec![RosterEntry::named("东风社区")]);
    let summaries = city_summaries(&ws.records);
    assert!(city_progress(
        &summaries,
        &ws.records,
        &embedded(),
        &city,
        day(2026, 12, 1)
    )
    .is_empty());
}

/// The law the chart rests on: its figure at the end of a day is the one
/// the yearly report counts from the records as they stood then.
#[test]
fn each_point_is_what_the_report_counts_on_that_day() {
    let plan = embedded();
    let mut ws = workspace_with_community();
    let other = ws.new_community("兰洋社区", "c2".into(), t(5)).unwrap();
    ws.put_community(other);
    rate(&mut ws, "a1-01", Rating::Met, "r1", 0);
    rate_all_met(&mut ws, &plan, beijing(20, 9));
    rate(&mut ws, "a2-01", Rating::NotMet, "r9", beijing(45, 9));
    let change = ws
        .result_change(
            &"c2".into(),
            &"a1-01".into(),
            Rating::Partial,
            None,
            stamp("r10", beijing(50, 9)),
        )
        .unwrap();
    apply(&mut ws, change);
    let mut entry = RosterEntry::named("东风社区");
    entry.joined_on = Some(day(2026, 12, 20));
    let mut city = city_of(vec![
        entry,
        RosterEntry::named("兰洋社区"),
        RosterEntry::named("那大社区"),
    ]);
    city.definitions.taking_part = TakingPart::AnyItemAssessed;
    let summaries = city_summaries(&ws.records);
    for until in [
        day(2026, 12, 1),
        day(2026, 12, 18),
        day(2027, 1, 12),
        day(2027, 1, 20),
        day(2027, 3, 1),
    ] {
        let points = city_progress(&summaries, &ws.records, &plan, &city, until);
        let last = points.last().expect("a point for the day asked");
        assert_eq!(last.date, until);
        let then = ws.records.as_of(end_of_beijing_day(until));
        let report = office_summary(&then, &plan, &city.as_of(until), until).totals;
        assert_eq!(
            (last.in_scope, last.taking_part, last.meeting),
            (report.in_scope, report.taking_part, report.meeting),
            "{until}"
        );
    }
}
