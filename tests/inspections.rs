//! Field inspections (实地检查): who inspected when, and what the changes
//! made during the inspection add up to.

mod common;

use common::{apply, day, rate, stamp, t, workspace_with_community};
use danzhou_green_community::assessment::{
    ActionState, AssessmentError, Inspection, InspectionSummary, PhotoRef, Rating, Responsible,
};
use danzhou_green_community::workspace::Workspace;

fn start(ws: &mut Workspace, id: &str, at: i64) {
    let inspection = ws
        .new_inspection(
            &"c1".into(),
            day(2026, 11, 28),
            &["王芳", "李明"],
            id.into(),
            t(at),
        )
        .unwrap();
    ws.put_inspection(inspection);
}

fn finish(ws: &mut Workspace, id: &str, at: i64) {
    let finished = ws.finished_inspection(&id.into(), t(at)).unwrap();
    ws.put_inspection(finished);
}

fn photo(n: u8) -> PhotoRef {
    PhotoRef {
        hash: format!("{n:02x}").repeat(32),
        mime: "image/jpeg".into(),
        bytes: 1000,
        width: 800,
        height: 600,
        taken_at: t(0),
        caption: String::new(),
    }
}

fn raise_action(ws: &mut Workspace, item: &str, action_id: &str, at: i64) {
    let new = ActionState {
        description: "更换破损井盖".into(),
        responsible: Responsible::Other("物业".into()),
        due: day(2026, 12, 31),
        done: false,
    };
    let change = ws.action_change(
        &"c1".into(),
        &item.into(),
        &action_id.into(),
        Some(new),
        &[],
        stamp(action_id, at),
    );
    apply(ws, change.unwrap());
}

#[test]
fn inspectors_are_trimmed_and_at_least_one_is_required() {
    let ws = workspace_with_community();
    let new = |names: &[&str]| {
        ws.new_inspection(&"c1".into(), day(2026, 11, 28), names, "i1".into(), t(1))
    };
    assert_eq!(new(&[]).unwrap_err(), AssessmentError::InspectorRequired);
    assert_eq!(
        new(&[" ", ""]).unwrap_err(),
        AssessmentError::InspectorRequired
    );
    assert_eq!(
        new(&[&"名".repeat(41)]).unwrap_err(),
        AssessmentError::InspectorNameTooLong {
            max: 40,
            actual: 41
        }
    );
    let inspection = new(&[" 王芳 ", "", "李明"]).unwrap();
    assert_eq!(inspection.inspectors, ["王芳", "李明"]);
    assert_eq!(inspection.device_id, "device-a");
    assert!(inspection.is_open());
}

#[test]
fn changes_made_during_an_open_inspection_carry_its_id() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "before", 1);
    start(&mut ws, "i1", 2);
    rate(&mut ws, "a1-02", Rating::Met, "during", 3);
    finish(&mut ws, "i1", 4);
    rate(&mut ws, "a1-03", Rating::Met, "after", 5);
    let tag = |id: &str| {
        ws.changes()
            .values()
            .find(|c| c.id == id)
            .unwrap()
            .inspection_id
            .clone()
    };
    assert_eq!(tag("before"), None);
    assert_eq!(tag("during").as_deref(), Some("i1"));
    assert_eq!(tag("after"), None);
}

#[test]
fn only_one_inspection_of_a_community_is_open_per_device() {
    let mut ws = workspace_with_community();
    start(&mut ws, "i1", 1);
    assert_eq!(
        ws.new_inspection(
            &"c1".into(),
            day(2026, 11, 28),
            &["王芳"],
            "i2".into(),
            t(2)
        ),
        Err(AssessmentError::InspectionAlreadyOpen)
    );
    finish(&mut ws, "i1", 3);
    assert!(
        ws.finished_inspection(&"i1".into(), t(4)).is_none(),
        "already finished"
    );
    start(&mut ws, "i2", 5);
    assert_eq!(ws.open_inspection(&"c1".into()).unwrap().id, "i2");
}

#[test]
fn another_devices_open_inspection_does_not_tag_this_devices_changes() {
    let mut ws = workspace_with_community();
    let theirs = Inspection {
        id: "theirs".into(),
        community_id: "c1".into(),
        date: day(2026, 11, 28),
        inspectors: vec!["张伟".into()],
        started_at: t(1),
        finished_at: None,
        device_id: "device-b".into(),
    };
    ws.put_inspection(theirs);
    rate(&mut ws, "a1-01", Rating::Met, "x1", 2);
    assert_eq!(ws.changes_in_order()[0].inspection_id, None);
}

#[test]
fn inspections_are_listed_newest_first() {
    let mut ws = workspace_with_community();
    start(&mut ws, "i1", 1);
    finish(&mut ws, "i1", 2);
    start(&mut ws, "i2", 10);
    let ids: Vec<&str> = ws
        .inspections(&"c1".into())
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["i2", "i1"]);
    ws.remove_inspection(&"i1".into());
    assert_eq!(ws.inspections(&"c1".into()).len(), 1);
}

#[test]
fn the_summary_counts_what_the_inspection_did() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::NotMet, "r0", 1);
    start(&mut ws, "i1", 2);
    rate(&mut ws, "a1-01", Rating::Partial, "r1", 3);
    rate(&mut ws, "a1-01", Rating::Met, "r2", 4);
    rate(&mut ws, "a2-01", Rating::NotMet, "r3", 5);
    for (n, id) in [(1u8, "p1"), (2, "p2")] {
        let change = ws.photo_added(&"c1".into(), &"a2-01".into(), photo(n), stamp(id, 6));
        apply(&mut ws, change.unwrap());
    }
    raise_action(&mut ws, "a2-01", "act1", 7);
    let note = ws.note_change(&"c1".into(), &"a3-01".into(), "井盖破损", stamp("n1", 8));
    apply(&mut ws, note.unwrap());
    // Set and set back within the inspection: no net result change.
    rate(&mut ws, "a3-02", Rating::Met, "r4", 9);
    rate(&mut ws, "a3-02", Rating::Unassessed, "r5", 10);
    finish(&mut ws, "i1", 11);
    rate(&mut ws, "a4-01", Rating::Met, "later", 12);

    let summary = ws.inspection_summary(&"i1".into());
    assert_eq!(
        summary,
        InspectionSummary {
            items_touched: vec![
                "a1-01".into(),
                "a2-01".into(),
                "a3-01".into(),
                "a3-02".into()
            ],
            result_changes: vec![
                ("a1-01".into(), Rating::NotMet, Rating::Met),
                ("a2-01".into(), Rating::Unassessed, Rating::NotMet),
            ],
            photos_taken: 2,
            actions_raised: 1,
            notes_changed: 1,
        }
    );
}

#[test]
fn the_summary_leaves_out_what_was_undone() {
    let mut ws = workspace_with_community();
    start(&mut ws, "i1", 1);
    rate(&mut ws, "a1-01", Rating::Met, "r1", 2);
    let change = ws.photo_added(&"c1".into(), &"a1-02".into(), photo(1), stamp("p1", 3));
    apply(&mut ws, change.unwrap());
    let undo = ws.undo_last(&"c1".into(), &"a1-02".into(), stamp("u1", 4));
    apply(&mut ws, undo);
    finish(&mut ws, "i1", 5);
    // Undone after the inspection ended.
    let undo = ws.undo_last(&"c1".into(), &"a1-01".into(), stamp("u2", 6));
    apply(&mut ws, undo);
    assert_eq!(
        ws.inspection_summary(&"i1".into()),
        InspectionSummary::default()
    );
}

#[test]
fn inspection_records_round_trip_through_json() {
    let mut ws = workspace_with_community();
    start(&mut ws, "i1", 1);
    let json = serde_json::to_value(ws.inspections(&"c1".into())[0]).unwrap();
    assert_eq!(json["date"], "2026-11-28");
    assert!(json["finished_at"].is_null());
    assert_eq!(json["inspectors"][1], "李明");
    let back: Inspection = serde_json::from_value(json).unwrap();
    assert_eq!(&back, ws.inspections(&"c1".into())[0]);
}
