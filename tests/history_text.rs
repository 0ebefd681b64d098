//! An item's history in words, in both languages.

mod common;

use common::{rate, rate_na, stamp, workspace_with_community};
use danzhou_green_community::assessment::{ActionState, Change, Rating, Responsible};
use danzhou_green_community::i18n::{texts_for, Lang};
use danzhou_green_community::workspace::Workspace;

fn history(ws: &Workspace) -> Vec<&Change> {
    ws.history(&"c1".into(), &"a1-01".into())
}

#[test]
fn each_kind_of_change_is_told_in_plain_words() {
    let zh = texts_for(Lang::ZhCn);
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Partial, "x1", 1);
    rate_na(&mut ws, "a1-01", "小区没有水体", "x2", 2);
    let note = ws.note_change(&"c1".into(), &"a1-01".into(), "已查看", stamp("x3", 3));
    ws.apply_change(note.unwrap().unwrap());
    let state = ActionState {
        description: "补种绿植".into(),
        responsible: Responsible::Other("物业".into()),
        due: common::day(2026, 12, 1),
        done: false,
    };
    let action = ws.action_change(
        &"c1".into(),
        &"a1-01".into(),
        &"act".into(),
        Some(state),
        &[],
        stamp("x4", 4),
    );
    ws.apply_change(action.unwrap().unwrap());
    let undo = ws.undo_last(&"c1".into(), &"a1-01".into(), stamp("x5", 5));
    ws.apply_change(undo.unwrap());
    let lines: Vec<String> = history(&ws).iter().map(|c| zh.describe_change(c)).collect();
    assert_eq!(lines[0], "自评结果：未评估 → 部分达标");
    assert_eq!(lines[1], "自评结果：部分达标 → 不适用（小区没有水体）");
    assert_eq!(lines[2], zh.note_changed);
    assert_eq!(lines[3], "新增整改事项：补种绿植");
    assert!(lines[4].starts_with(zh.undone_prefix), "{}", lines[4]);
    assert!(lines[4].contains("补种绿植"), "{}", lines[4]);
}

#[test]
fn english_history_has_no_chinese_of_its_own() {
    let en = texts_for(Lang::En);
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let line = en.describe_change(history(&ws)[0]);
    assert_eq!(line, "Result: Not assessed → Met");
}

#[test]
fn a_change_without_a_name_is_shown_by_its_device() {
    let zh = texts_for(Lang::ZhCn);
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "x1", 1);
    let mut change = history(&ws)[0].clone();
    assert_eq!(zh.change_author(&change), "王芳");
    change.author = String::new();
    let who = zh.change_author(&change);
    assert!(who.contains("device-a"), "{who}");
    assert!(!who.contains("王芳"), "{who}");
}
