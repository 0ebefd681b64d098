//! The workspace: communities and the change records behind every result.

mod common;

use common::{apply, rate, rate_na, stamp, t, workspace_with_community};
use danzhou_green_community::assessment::{AssessmentError, Change, ChangeKind, Rating};
use danzhou_green_community::community::NameError;

#[test]
fn a_result_change_records_who_when_old_and_new() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Partial, "x1", 1);
    rate(&mut ws, "a1-01", Rating::Met, "x2", 2);
    let latest = ws.latest_result(&"c1".into(), &"a1-01".into()).unwrap();
    assert_eq!(latest.device_id, "device-a");
    assert_eq!(latest.author, "王芳");
    assert_eq!(latest.at, t(2));
    assert_eq!(latest.base.as_deref(), Some("x1"));
    assert_eq!(
        latest.kind,
        ChangeKind::Result {
            old: Rating::Partial,
            new: Rating::Met,
            reason: None
        }
    );
    assert_eq!(ws.rating(&"c1".into(), &"a1-01".into()), Rating::Met);
    assert_eq!(ws.history(&"c1".into(), &"a1-01".into()).len(), 2);
    assert_eq!(ws.last_change_at(&"c1".into()), Some(t(2)));
}

#[test]
fn setting_the_same_result_records_nothing() {
    let mut ws = workspace_with_community();
    let unchanged = ws.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Unassessed,
        None,
        stamp("x0", 1),
    );
    assert_eq!(unchanged, Ok(None));
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let again = ws.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Met,
        None,
        stamp("x2", 2),
    );
    assert_eq!(again, Ok(None));
}

#[test]
fn not_applicable_without_a_reason_is_refused() {
    let ws = workspace_with_community();
    for reason in [None, Some(""), Some("  \n ")] {
        assert_eq!(
            ws.result_change(
                &"c1".into(),
                &"a1-01".into(),
                Rating::NotApplicable,
                reason,
                stamp("x1", 1)
            ),
            Err(AssessmentError::ReasonRequired),
            "{reason:?}"
        );
    }
    assert!(ws.changes().is_empty());
}

#[test]
fn a_reason_is_trimmed_and_at_most_200_characters() {
    let mut ws = workspace_with_community();
    let long = "无".repeat(201);
    assert_eq!(
        ws.result_change(
            &"c1".into(),
            &"a1-01".into(),
            Rating::NotApplicable,
            Some(&long),
            stamp("x1", 1)
        ),
        Err(AssessmentError::ReasonTooLong {
            max: 200,
            actual: 201
        })
    );
    let fits = format!("  {}  ", "无".repeat(200));
    let change = ws.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::NotApplicable,
        Some(&fits),
        stamp("x1", 1),
    );
    apply(&mut ws, change.unwrap());
    assert_eq!(
        ws.na_reason(&"c1".into(), &"a1-01".into()),
        Some("无".repeat(200))
    );
}

#[test]
fn the_current_reason_is_the_latest_and_only_while_not_applicable() {
    let mut ws = workspace_with_community();
    rate_na(&mut ws, "a1-03", "本社区没有老旧小区", "x1", 1);
    assert_eq!(
        ws.rating(&"c1".into(), &"a1-03".into()),
        Rating::NotApplicable
    );
    assert_eq!(
        ws.na_reason(&"c1".into(), &"a1-03".into()).as_deref(),
        Some("本社区没有老旧小区")
    );
    // The same reason again records nothing; a new reason is a change.
    let same = ws.result_change(
        &"c1".into(),
        &"a1-03".into(),
        Rating::NotApplicable,
        Some(" 本社区没有老旧小区"),
        stamp("x2", 2),
    );
    assert_eq!(same, Ok(None));
    rate_na(&mut ws, "a1-03", "辖区内无此类设施", "x2", 2);
    assert_eq!(
        ws.na_reason(&"c1".into(), &"a1-03".into()).as_deref(),
        Some("辖区内无此类设施")
    );
    rate(&mut ws, "a1-03", Rating::Met, "x3", 3);
    assert_eq!(ws.na_reason(&"c1".into(), &"a1-03".into()), None);
}

#[test]
fn other_results_take_no_reason() {
    let mut ws = workspace_with_community();
    let change = ws
        .result_change(
            &"c1".into(),
            &"a1-01".into(),
            Rating::Met,
            Some("不需要"),
            stamp("x1", 1),
        )
        .unwrap()
        .unwrap();
    assert!(matches!(
        change.kind,
        ChangeKind::Result { reason: None, .. }
    ));
    ws.apply_change(change);
    assert_eq!(ws.na_reason(&"c1".into(), &"a1-01".into()), None);
}

#[test]
fn counters_increase_and_time_never_goes_back() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 10);
    // The phone's clock went back five seconds.
    rate(&mut ws, "a1-01", Rating::NotMet, "x2", 5);
    let history = ws.history(&"c1".into(), &"a1-01".into());
    assert!(history[1].seq > history[0].seq);
    assert_eq!(history[1].at, t(10));
    assert_eq!(ws.rating(&"c1".into(), &"a1-01".into()), Rating::NotMet);
}

#[test]
fn an_edit_sorts_after_another_devices_change_at_the_same_moment() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 10);
    // A record from device-z, made at the same second, merged in.
    let mut theirs = (*ws.changes_in_order()[0]).clone();
    theirs.id = "z1".into();
    theirs.device_id = "device-z".into();
    theirs.kind = ChangeKind::Result {
        old: Rating::Met,
        new: Rating::Partial,
        reason: None,
    };
    ws.apply_change(theirs);
    rate(&mut ws, "a1-01", Rating::NotMet, "x2", 10);
    assert_eq!(
        ws.history(&"c1".into(), &"a1-01".into()).last().unwrap().id,
        "x2"
    );
    assert_eq!(ws.rating(&"c1".into(), &"a1-01".into()), Rating::NotMet);
}

#[test]
fn ratings_hold_the_latest_result_per_item() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    rate_na(&mut ws, "a2-01", "无", "x2", 2);
    rate(&mut ws, "a1-01", Rating::Partial, "x3", 3);
    let note = ws.note_change(&"c1".into(), &"a3-01".into(), "只有备注", stamp("x4", 4));
    apply(&mut ws, note.unwrap());
    let r = ws.ratings(&"c1".into());
    assert_eq!(r.len(), 2, "an item with only a note has no result");
    assert_eq!(r["a1-01"], Rating::Partial);
    assert_eq!(r["a2-01"], Rating::NotApplicable);
    assert!(ws.ratings(&"other".into()).is_empty());
}

#[test]
fn a_note_does_not_change_the_result() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let note = ws.note_change(&"c1".into(), &"a1-01".into(), "已核实", stamp("x2", 2));
    apply(&mut ws, note.unwrap());
    assert_eq!(ws.rating(&"c1".into(), &"a1-01".into()), Rating::Met);
    assert_eq!(
        ws.latest_result(&"c1".into(), &"a1-01".into()).unwrap().id,
        "x1"
    );
    assert_eq!(ws.ratings(&"c1".into())["a1-01"], Rating::Met);
}

#[test]
fn applying_the_same_record_twice_changes_nothing() {
    let mut ws = workspace_with_community();
    let change = ws
        .result_change(
            &"c1".into(),
            &"a1-01".into(),
            Rating::Met,
            None,
            stamp("x1", 1),
        )
        .unwrap()
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
        ws.renamed(&"c2".into(), "东风社区", t(2)),
        Some(Err(NameError::Duplicate))
    );
    let same = ws
        .renamed(&"c1".into(), "东风社区 ", t(2))
        .unwrap()
        .unwrap();
    assert_eq!(same.name, "东风社区");
    let renamed = ws
        .renamed(&"c1".into(), "东风新社区", t(3))
        .unwrap()
        .unwrap();
    assert_eq!(renamed.created_at, t(0));
    assert_eq!(renamed.updated_at, t(3));
    ws.put_community(renamed);
    assert_eq!(ws.communities.len(), 2);
    assert_eq!(ws.community(&"c1".into()).unwrap().name, "东风新社区");
    assert_eq!(ws.renamed(&"nope".into(), "x", t(4)), None);
}

#[test]
fn removing_a_community_removes_its_records_and_inspections_only() {
    let mut ws = workspace_with_community();
    let second = ws.new_community("兰洋社区", "c2".into(), t(1)).unwrap();
    ws.put_community(second);
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let other = ws.result_change(
        &"c2".into(),
        &"a1-01".into(),
        Rating::NotMet,
        None,
        stamp("y1", 2),
    );
    apply(&mut ws, other.unwrap());
    for (community, id) in [("c1", "i1"), ("c2", "i2")] {
        let inspection = ws
            .new_inspection(
                &community.into(),
                common::day(2026, 11, 28),
                &["王芳"],
                id.into(),
                t(3),
            )
            .unwrap();
        ws.put_inspection(inspection);
    }
    assert_eq!(ws.change_ids_of(&"c1".into()), ["x1"]);
    ws.remove_community(&"c1".into());
    assert!(ws.community(&"c1".into()).is_none());
    assert_eq!(ws.changes().len(), 1);
    assert_eq!(ws.rating(&"c2".into(), &"a1-01".into()), Rating::NotMet);
    assert!(ws.inspections(&"c1".into()).is_empty());
    assert_eq!(ws.inspections(&"c2".into()).len(), 1);
}

#[test]
fn change_records_round_trip_through_json() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    rate_na(&mut ws, "a1-02", "本社区无此设施", "x2", 2);
    for change in ws.changes().values() {
        let json = serde_json::to_string(change).unwrap();
        assert!(json.contains("\"field\":\"result\""), "{json}");
        let back: Change = serde_json::from_str(&json).unwrap();
        assert_eq!(*change, back);
    }
    let met = serde_json::to_value(ws.changes_in_order()[0]).unwrap();
    assert!(
        met["kind"].get("reason").is_none(),
        "no reason unless 不适用"
    );
    let na = serde_json::to_value(ws.changes_in_order()[1]).unwrap();
    assert_eq!(na["kind"]["reason"], "本社区无此设施");
    assert_eq!(na["author"], "王芳");
}

#[test]
fn records_stored_before_reasons_authors_inspections_and_undo_still_load() {
    // A record exactly as version 1 of the app stored it.
    let old = r#"{"id":"x1","device_id":"device-a","seq":3,"at":"2026-11-28T08:00:01Z",
        "community_id":"c1","item_id":"a1-03","base":null,
        "kind":{"field":"result","old":"unassessed","new":"not_applicable"}}"#;
    let change: Change = serde_json::from_str(old).unwrap();
    assert_eq!(
        change.kind,
        ChangeKind::Result {
            old: Rating::Unassessed,
            new: Rating::NotApplicable,
            reason: None
        }
    );
    assert_eq!(change.author, "");
    assert_eq!(change.inspection_id, None);
    assert_eq!(change.undoes, None);
    let mut ws = workspace_with_community();
    ws.apply_change(change);
    assert_eq!(
        ws.rating(&"c1".into(), &"a1-03".into()),
        Rating::NotApplicable
    );
    assert_eq!(ws.na_reason(&"c1".into(), &"a1-03".into()), None);
}
