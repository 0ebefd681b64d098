//! The workspace: communities and the change records behind every result.

use chrono::{DateTime, Duration, TimeZone, Utc};
use danzhou_green_community::assessment::{ChangeKind, Rating};
use danzhou_green_community::community::NameError;
use danzhou_green_community::workspace::Workspace;

fn t(seconds: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 8, 0, 0).unwrap() + Duration::seconds(seconds)
}

fn workspace_with_community() -> Workspace {
    let mut ws = Workspace::new("device-a".into(), vec![], vec![]);
    let c = ws.new_community("东风社区", "c1".into(), t(0)).unwrap();
    ws.put_community(c);
    ws
}

fn rate(ws: &mut Workspace, item: &str, rating: Rating, id: &str, at: i64) {
    let change = ws
        .result_change("c1", item, rating, id.into(), t(at))
        .expect("a real change");
    ws.apply_change(change);
}

#[test]
fn a_result_change_records_who_when_old_and_new() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Partial, "x1", 1);
    rate(&mut ws, "a1-01", Rating::Met, "x2", 2);
    let latest = ws.latest_result("c1", "a1-01").unwrap();
    assert_eq!(latest.device_id, "device-a");
    assert_eq!(latest.at, t(2));
    assert_eq!(latest.base.as_deref(), Some("x1"));
    assert_eq!(
        latest.kind,
        ChangeKind::Result {
            old: Rating::Partial,
            new: Rating::Met
        }
    );
    assert_eq!(ws.rating("c1", "a1-01"), Rating::Met);
    assert_eq!(ws.history("c1", "a1-01").len(), 2);
    assert_eq!(ws.last_change_at("c1"), Some(t(2)));
}

#[test]
fn setting_the_same_result_records_nothing() {
    let mut ws = workspace_with_community();
    assert!(ws
        .result_change("c1", "a1-01", Rating::Unassessed, "x0".into(), t(1))
        .is_none());
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    assert!(ws
        .result_change("c1", "a1-01", Rating::Met, "x2".into(), t(2))
        .is_none());
}

#[test]
fn counters_increase_and_time_never_goes_back() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 10);
    // The phone's clock went back five seconds.
    rate(&mut ws, "a1-01", Rating::NotMet, "x2", 5);
    let history = ws.history("c1", "a1-01");
    assert!(history[1].seq > history[0].seq);
    assert_eq!(history[1].at, t(10));
    assert_eq!(ws.rating("c1", "a1-01"), Rating::NotMet);
}

#[test]
fn ratings_hold_the_latest_result_per_item() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    rate(&mut ws, "a2-01", Rating::NotApplicable, "x2", 2);
    rate(&mut ws, "a1-01", Rating::Partial, "x3", 3);
    let r = ws.ratings("c1");
    assert_eq!(r.len(), 2);
    assert_eq!(r["a1-01"], Rating::Partial);
    assert_eq!(r["a2-01"], Rating::NotApplicable);
    assert!(ws.ratings("other").is_empty());
}

#[test]
fn applying_the_same_record_twice_changes_nothing() {
    let mut ws = workspace_with_community();
    let change = ws
        .result_change("c1", "a1-01", Rating::Met, "x1".into(), t(1))
        .unwrap();
    ws.apply_change(change.clone());
    let before = ws.clone();
    ws.apply_change(change);
    assert_eq!(ws, before);
}

#[test]
fn names_must_be_unique_but_a_rename_may_keep_its_own_name() {
    let mut ws = workspace_with_community();
    assert_eq!(
        ws.new_community(" 东风社区 ", "c2".into(), t(1)),
        Err(NameError::Duplicate)
    );
    let second = ws.new_community("兰洋社区", "c2".into(), t(1)).unwrap();
    ws.put_community(second);
    assert_eq!(
        ws.renamed("c2", "东风社区", t(2)),
        Some(Err(NameError::Duplicate))
    );
    let same = ws.renamed("c1", "东风社区 ", t(2)).unwrap().unwrap();
    assert_eq!(same.name, "东风社区");
    let renamed = ws.renamed("c1", "东风新社区", t(3)).unwrap().unwrap();
    assert_eq!(renamed.created_at, t(0));
    assert_eq!(renamed.updated_at, t(3));
    ws.put_community(renamed);
    assert_eq!(ws.communities.len(), 2);
    assert_eq!(ws.community("c1").unwrap().name, "东风新社区");
    assert_eq!(ws.renamed("nope", "x", t(4)), None);
}

#[test]
fn removing_a_community_removes_its_records_only() {
    let mut ws = workspace_with_community();
    let second = ws.new_community("兰洋社区", "c2".into(), t(1)).unwrap();
    ws.put_community(second);
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let other = ws
        .result_change("c2", "a1-01", Rating::NotMet, "y1".into(), t(2))
        .unwrap();
    ws.apply_change(other);
    assert_eq!(ws.change_ids_of("c1"), ["x1"]);
    ws.remove_community("c1");
    assert!(ws.community("c1").is_none());
    assert_eq!(ws.changes.len(), 1);
    assert_eq!(ws.rating("c2", "a1-01"), Rating::NotMet);
}

#[test]
fn change_records_round_trip_through_json() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let json = serde_json::to_string(&ws.changes[0]).unwrap();
    assert!(json.contains("\"field\":\"result\""), "{json}");
    let back = serde_json::from_str(&json).unwrap();
    assert_eq!(ws.changes[0], back);
}
