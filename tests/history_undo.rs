//! History and undo: every edit is a record, and undo is a new record that
//! reverts the latest edit not yet undone.

mod common;

use common::{apply, day, rate, rate_na, stamp, t, workspace_with_community};
use danzhou_green_community::assessment::{ActionState, ChangeKind, PhotoRef, Rating, Responsible};
use danzhou_green_community::workspace::Workspace;

const ITEM: &str = "a2-01";

/// Undoes the item's latest edit and applies the undo record.
fn undo(ws: &mut Workspace, id: &str, at: i64) {
    let change = ws.undo_last(&"c1".into(), &ITEM.into(), stamp(id, at));
    apply(ws, change);
}

fn photo() -> PhotoRef {
    PhotoRef {
        hash: "0f".repeat(32),
        mime: "image/jpeg".into(),
        bytes: 1000,
        width: 1600,
        height: 1200,
        taken_at: t(0),
        caption: "垃圾分类亭".into(),
    }
}

fn action(done: bool) -> ActionState {
    ActionState {
        description: "补齐分类垃圾桶".into(),
        responsible: Responsible::Other("物业".into()),
        due: day(2026, 12, 31),
        done,
    }
}

fn set_action(ws: &mut Workspace, new: Option<ActionState>, id: &str, at: i64) {
    let change = ws.action_change(
        &"c1".into(),
        &ITEM.into(),
        &"act1".into(),
        new,
        &[],
        stamp(id, at),
    );
    apply(ws, change.unwrap());
}

fn write_note(ws: &mut Workspace, text: &str, id: &str, at: i64) {
    let change = ws.note_change(&"c1".into(), &ITEM.into(), text, stamp(id, at));
    apply(ws, change.unwrap());
}

fn add_photo(ws: &mut Workspace, id: &str, at: i64) {
    let change = ws.photo_added(&"c1".into(), &ITEM.into(), photo(), stamp(id, at));
    apply(ws, change.unwrap());
}

fn remove_photo(ws: &mut Workspace, id: &str, at: i64) {
    let change = ws.photo_removed(&"c1".into(), &ITEM.into(), &photo().hash, stamp(id, at));
    apply(ws, change);
}

#[test]
fn history_holds_every_kind_of_change_oldest_first() {
    let mut ws = workspace_with_community();
    rate(&mut ws, ITEM, Rating::Partial, "r1", 1);
    write_note(&mut ws, "缺两个桶", "n1", 2);
    add_photo(&mut ws, "p1", 3);
    set_action(&mut ws, Some(action(false)), "a1", 4);
    undo(&mut ws, "u1", 5);
    let ids: Vec<&str> = ws
        .history(&"c1".into(), &ITEM.into())
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["r1", "n1", "p1", "a1", "u1"]);
}

#[test]
fn undoing_a_result_puts_the_old_result_back() {
    let mut ws = workspace_with_community();
    rate(&mut ws, ITEM, Rating::Partial, "r1", 1);
    rate(&mut ws, ITEM, Rating::Met, "r2", 2);
    let change = ws
        .undo_last(&"c1".into(), &ITEM.into(), stamp("u1", 3))
        .unwrap();
    assert_eq!(change.undoes.as_deref(), Some("r2"));
    assert_eq!(change.author, "王芳");
    assert_eq!(
        change.kind,
        ChangeKind::Result {
            old: Rating::Met,
            new: Rating::Partial,
            reason: None
        }
    );
    ws.apply_change(change);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::Partial);
    assert_eq!(ws.ratings(&"c1".into())[ITEM], Rating::Partial);
    assert_eq!(ws.changes().len(), 3, "the undone record is kept");
}

#[test]
fn undoing_back_to_not_applicable_brings_its_reason_back() {
    let mut ws = workspace_with_community();
    rate_na(&mut ws, ITEM, "本社区无公共绿地", "r1", 1);
    rate(&mut ws, ITEM, Rating::Met, "r2", 2);
    assert_eq!(ws.na_reason(&"c1".into(), &ITEM.into()), None);
    undo(&mut ws, "u1", 3);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::NotApplicable);
    assert_eq!(
        ws.na_reason(&"c1".into(), &ITEM.into()).as_deref(),
        Some("本社区无公共绿地")
    );
}

#[test]
fn undoing_a_changed_reason_restores_the_earlier_reason() {
    let mut ws = workspace_with_community();
    rate_na(&mut ws, ITEM, "第一个理由", "r1", 1);
    rate_na(&mut ws, ITEM, "第二个理由", "r2", 2);
    undo(&mut ws, "u1", 3);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::NotApplicable);
    assert_eq!(
        ws.na_reason(&"c1".into(), &ITEM.into()).as_deref(),
        Some("第一个理由")
    );
}

#[test]
fn undoing_a_note_puts_the_old_text_back() {
    let mut ws = workspace_with_community();
    write_note(&mut ws, "第一版", "n1", 1);
    write_note(&mut ws, "第二版", "n2", 2);
    undo(&mut ws, "u1", 3);
    assert_eq!(ws.note(&"c1".into(), &ITEM.into()), "第一版");
    undo(&mut ws, "u2", 4);
    assert_eq!(ws.note(&"c1".into(), &ITEM.into()), "");
}

#[test]
fn undoing_an_added_photo_removes_it_and_undoing_a_removal_adds_it_back() {
    let mut ws = workspace_with_community();
    add_photo(&mut ws, "p1", 1);
    let undo_add = ws
        .undo_last(&"c1".into(), &ITEM.into(), stamp("u1", 2))
        .unwrap();
    assert_eq!(undo_add.kind, ChangeKind::PhotoRemoved { photo: photo() });
    ws.apply_change(undo_add);
    assert!(ws.photos(&"c1".into(), &ITEM.into()).is_empty());

    let mut ws = workspace_with_community();
    add_photo(&mut ws, "p1", 1);
    remove_photo(&mut ws, "p2", 2);
    let undo_remove = ws
        .undo_last(&"c1".into(), &ITEM.into(), stamp("u1", 3))
        .unwrap();
    assert_eq!(undo_remove.kind, ChangeKind::PhotoAdded { photo: photo() });
    ws.apply_change(undo_remove);
    assert_eq!(ws.photos(&"c1".into(), &ITEM.into()), [photo()]);
}

#[test]
fn undoing_an_action_change_swaps_old_and_new() {
    let mut ws = workspace_with_community();
    set_action(&mut ws, Some(action(false)), "a1", 1);
    set_action(&mut ws, Some(action(true)), "a2", 2);
    let change = ws
        .undo_last(&"c1".into(), &ITEM.into(), stamp("u1", 3))
        .unwrap();
    assert_eq!(
        change.kind,
        ChangeKind::Action {
            action_id: "act1".into(),
            old: Some(action(true)),
            new: Some(action(false)),
        }
    );
    ws.apply_change(change);
    assert!(!ws.actions(&"c1".into(), &ITEM.into())[0].done);
    undo(&mut ws, "u2", 4);
    assert!(
        ws.actions(&"c1".into(), &ITEM.into()).is_empty(),
        "creation undone"
    );
}

#[test]
fn undoing_a_deleted_action_brings_it_back() {
    let mut ws = workspace_with_community();
    set_action(&mut ws, Some(action(false)), "a1", 1);
    set_action(&mut ws, None, "a2", 2);
    undo(&mut ws, "u1", 3);
    assert_eq!(
        ws.actions(&"c1".into(), &ITEM.into())[0].state(),
        action(false)
    );
}

#[test]
fn undoing_twice_walks_back_two_changes_not_back_and_forth() {
    let mut ws = workspace_with_community();
    rate(&mut ws, ITEM, Rating::NotMet, "r1", 1);
    write_note(&mut ws, "路灯坏了", "n1", 2);
    rate(&mut ws, ITEM, Rating::Met, "r2", 3);
    undo(&mut ws, "u1", 4);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::NotMet);
    assert_eq!(ws.note(&"c1".into(), &ITEM.into()), "路灯坏了");
    let second = ws
        .undo_last(&"c1".into(), &ITEM.into(), stamp("u2", 5))
        .unwrap();
    assert_eq!(second.undoes.as_deref(), Some("n1"), "not the undo u1");
    ws.apply_change(second);
    assert_eq!(ws.note(&"c1".into(), &ITEM.into()), "");
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::NotMet);
    undo(&mut ws, "u3", 6);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::Unassessed);
    assert_eq!(
        ws.undo_last(&"c1".into(), &ITEM.into(), stamp("u4", 7)),
        None,
        "nothing left"
    );
    assert_eq!(
        ws.history(&"c1".into(), &ITEM.into()).len(),
        6,
        "nothing deleted"
    );
}

#[test]
fn a_new_edit_after_an_undo_is_undone_first() {
    let mut ws = workspace_with_community();
    rate(&mut ws, ITEM, Rating::NotMet, "r1", 1);
    rate(&mut ws, ITEM, Rating::Partial, "r2", 2);
    undo(&mut ws, "u1", 3);
    rate(&mut ws, ITEM, Rating::Met, "r3", 4);
    let change = ws
        .undo_last(&"c1".into(), &ITEM.into(), stamp("u2", 5))
        .unwrap();
    assert_eq!(change.undoes.as_deref(), Some("r3"));
    ws.apply_change(change);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::NotMet);
}

#[test]
fn an_undo_sorts_after_the_change_it_reverts_even_if_the_clock_went_back() {
    let mut ws = workspace_with_community();
    rate(&mut ws, ITEM, Rating::Met, "r1", 10);
    undo(&mut ws, "u1", 5);
    assert_eq!(
        ws.history(&"c1".into(), &ITEM.into()).last().unwrap().id,
        "u1"
    );
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::Unassessed);
}

#[test]
fn undo_only_touches_its_own_item() {
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 1);
    rate(&mut ws, ITEM, Rating::NotMet, "r2", 2);
    rate(&mut ws, "a1-01", Rating::Partial, "r3", 3);
    undo(&mut ws, "u1", 4);
    assert_eq!(ws.rating(&"c1".into(), &ITEM.into()), Rating::Unassessed);
    assert_eq!(ws.rating(&"c1".into(), &"a1-01".into()), Rating::Partial);
}

#[test]
fn undo_records_round_trip_through_json() {
    let mut ws = workspace_with_community();
    rate(&mut ws, ITEM, Rating::Met, "r1", 1);
    undo(&mut ws, "u1", 2);
    let json = serde_json::to_value(ws.changes_in_order()[1]).unwrap();
    assert_eq!(json["undoes"], "r1");
    assert_eq!(json["author"], "王芳");
    let back: danzhou_green_community::assessment::Change = serde_json::from_value(json).unwrap();
    assert_eq!(back, (*ws.changes_in_order()[1]));
}
