//! The office's table of communities: what a link's filter and order
//! list, and "no file since the last deadline".

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{TimeZone, Utc};
use common::day;
use danzhou_green_community::assessment::{NotYetReason, Progress, Verdict};
use danzhou_green_community::office::{no_file_since, Column, CommunityRow, Shown, TableQuery};
use danzhou_green_community::plan::embedded;

fn row(name: &str, score: f64, meets: bool, overdue: usize) -> CommunityRow {
    CommunityRow {
        community_id: name.into(),
        name: name.into(),
        progress: Progress {
            total: 10,
            applicable: 10,
            assessed: (score * 10.0) as usize,
            ..Progress::default()
        },
        score_share: Some(score),
        verdict: if meets {
            Verdict::Meets
        } else {
            Verdict::NotYet(vec![NotYetReason::NothingApplicable])
        },
        last_inspection: None,
        last_exported_at: None,
        open_conflicts: 0,
        open_actions: overdue,
        overdue_actions: overdue,
        satisfaction: Default::default(),
        poll: Default::default(),
    }
}

fn names(rows: &[CommunityRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

/// By name, as the office's summary gives them.
fn rows() -> Vec<CommunityRow> {
    vec![
        row("东风社区", 0.8, true, 0),
        row("兰洋社区", 0.5, false, 2),
        row("那大社区", 0.8, true, 1),
        row("新英社区", 0.3, false, 0),
    ]
}

#[test]
fn a_state_and_a_name_narrow_the_table() {
    let not_yet = TableQuery {
        show: Shown::NotYet,
        ..TableQuery::default()
    };
    assert_eq!(
        names(&not_yet.apply(&rows(), None)),
        ["兰洋社区", "新英社区"]
    );
    let overdue = TableQuery {
        show: Shown::WithOverdueActions,
        name: "那大".into(),
        ..TableQuery::default()
    };
    assert_eq!(names(&overdue.apply(&rows(), None)), ["那大社区"]);
}

#[test]
fn a_second_click_on_a_column_turns_the_order_round_and_ties_stay_by_name() {
    let by_score = TableQuery::default().sorted_by(Column::Score);
    assert_eq!(
        names(&by_score.apply(&rows(), None)),
        ["新英社区", "兰洋社区", "东风社区", "那大社区"]
    );
    let highest_first = by_score.sorted_by(Column::Score);
    assert!(highest_first.descending);
    assert_eq!(
        names(&highest_first.apply(&rows(), None)),
        ["东风社区", "那大社区", "兰洋社区", "新英社区"]
    );
    let by_name_backwards = TableQuery::default().sorted_by(Column::Name);
    assert_eq!(
        names(&by_name_backwards.apply(&rows(), None)),
        ["新英社区", "那大社区", "兰洋社区", "东风社区"]
    );
    // Another column starts smallest first again.
    assert!(!highest_first.sorted_by(Column::Actions).descending);
}

#[test]
fn a_file_exported_on_the_deadline_day_is_not_since_it() {
    let deadline = Some(day(2026, 10, 30));
    let mut r = row("东风社区", 0.8, true, 0);
    assert!(no_file_since(&r, deadline), "never exported");
    r.last_exported_at = Some(Utc.with_ymd_and_hms(2026, 10, 30, 12, 0, 0).unwrap());
    assert!(no_file_since(&r, deadline));
    r.last_exported_at = Some(Utc.with_ymd_and_hms(2026, 10, 31, 1, 0, 0).unwrap());
    assert!(!no_file_since(&r, deadline));
    assert!(
        !no_file_since(&row("x", 0.1, false, 0), None),
        "no deadline passed yet"
    );
}

#[test]
fn the_last_deadline_is_the_latest_one_passed() {
    let plan = embedded();
    // The yearly report (30 October) and the units' plans (2020-08-31).
    assert_eq!(
        plan.last_deadline_before(day(2026, 12, 7)),
        Some(day(2026, 10, 30))
    );
    assert_eq!(
        plan.last_deadline_before(day(2026, 10, 30)),
        Some(day(2025, 10, 30))
    );
    assert_eq!(
        plan.last_deadline_before(day(2020, 9, 1)),
        Some(day(2020, 8, 31))
    );
}
