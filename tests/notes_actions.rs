//! Notes (one per item, at most 2,000 characters) and rectification actions
//! (整改事项) with their responsible parties and due dates.

mod common;

use common::{apply, day, stamp, workspace_with_community};
use danzhou_green_community::assessment::{
    Action, ActionState, AssessmentError, ChangeKind, Responsible,
};
use danzhou_green_community::plan;
use danzhou_green_community::workspace::Workspace;

#[test]
fn a_note_of_2000_characters_is_kept_whole() {
    let mut ws = workspace_with_community();
    let note = "绿".repeat(2000);
    let change = ws.note_change(&"c1".into(), &"a1-01".into(), &note, stamp("n1", 1));
    apply(&mut ws, change.unwrap());
    assert_eq!(ws.note(&"c1".into(), &"a1-01".into()), note);
}

#[test]
fn a_note_of_2001_characters_is_refused_not_cut() {
    let ws = workspace_with_community();
    let note = "绿".repeat(2001);
    assert_eq!(
        ws.note_change(&"c1".into(), &"a1-01".into(), &note, stamp("n1", 1)),
        Err(AssessmentError::NoteTooLong {
            max: 2000,
            actual: 2001
        })
    );
}

#[test]
fn a_note_is_stored_as_typed_and_only_whitespace_is_empty() {
    let mut ws = workspace_with_community();
    let typed = "  第一行\n第二行  ";
    let change = ws.note_change(&"c1".into(), &"a1-01".into(), typed, stamp("n1", 1));
    apply(&mut ws, change.unwrap());
    assert_eq!(ws.note(&"c1".into(), &"a1-01".into()), typed);
    let cleared = ws
        .note_change(&"c1".into(), &"a1-01".into(), " \n\t ", stamp("n2", 2))
        .unwrap()
        .unwrap();
    assert_eq!(
        cleared.kind,
        ChangeKind::Note {
            old: typed.into(),
            new: String::new()
        }
    );
    ws.apply_change(cleared);
    assert_eq!(ws.note(&"c1".into(), &"a1-01".into()), "");
    // Whitespace onto an empty note changes nothing.
    assert_eq!(
        ws.note_change(&"c1".into(), &"a1-01".into(), "   ", stamp("n3", 3)),
        Ok(None)
    );
}

#[test]
fn setting_the_same_note_again_records_nothing() {
    let mut ws = workspace_with_community();
    let change = ws.note_change(&"c1".into(), &"a1-01".into(), "已核实", stamp("n1", 1));
    apply(&mut ws, change.unwrap());
    assert_eq!(
        ws.note_change(&"c1".into(), &"a1-01".into(), "已核实", stamp("n2", 2)),
        Ok(None)
    );
    assert_eq!(ws.history(&"c1".into(), &"a1-01".into()).len(), 1);
}

fn units() -> Vec<String> {
    let plan = plan::embedded();
    plan.find_item(&"a2-01".into())
        .unwrap()
        .0
        .responsible_units
        .clone()
}

fn state(description: &str, responsible: Responsible, due: (u32, u32), done: bool) -> ActionState {
    ActionState {
        description: description.into(),
        responsible,
        due: day(2026, due.0, due.1),
        done,
    }
}

fn unit(i: usize) -> Responsible {
    Responsible::Unit(units()[i].clone())
}

fn put_action(ws: &mut Workspace, item: &str, action_id: &str, new: ActionState, at: i64) {
    let id = format!("{action_id}@{at}");
    let change = ws.action_change(
        &"c1".into(),
        &item.into(),
        &action_id.into(),
        Some(new),
        &units(),
        stamp(&id, at),
    );
    apply(ws, change.unwrap());
}

#[test]
fn an_action_is_created_edited_and_deleted_by_records() {
    let mut ws = workspace_with_community();
    let first = state(" 清理楼道杂物 ", unit(0), (12, 1), false);
    put_action(&mut ws, "a2-01", "act1", first, 1);
    let actions = ws.actions(&"c1".into(), &"a2-01".into());
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].id, "act1");
    assert_eq!(actions[0].description, "清理楼道杂物", "trimmed");

    let done = state("清理楼道杂物", unit(0), (12, 1), true);
    put_action(&mut ws, "a2-01", "act1", done.clone(), 2);
    assert!(ws.actions(&"c1".into(), &"a2-01".into())[0].done);
    // The same state again records nothing.
    let again = ws.action_change(
        &"c1".into(),
        &"a2-01".into(),
        &"act1".into(),
        Some(done),
        &units(),
        stamp("x", 3),
    );
    assert_eq!(again, Ok(None));

    let delete = ws
        .action_change(
            &"c1".into(),
            &"a2-01".into(),
            &"act1".into(),
            None,
            &units(),
            stamp("del", 4),
        )
        .unwrap()
        .unwrap();
    assert!(matches!(
        &delete.kind,
        ChangeKind::Action {
            old: Some(_),
            new: None,
            ..
        }
    ));
    ws.apply_change(delete);
    assert!(ws.actions(&"c1".into(), &"a2-01".into()).is_empty());
    assert_eq!(
        ws.history(&"c1".into(), &"a2-01".into()).len(),
        3,
        "records are kept"
    );
}

#[test]
fn an_action_needs_a_description_of_at_most_500_characters() {
    let ws = workspace_with_community();
    let check = |description: &str| {
        let new = state(description, unit(0), (12, 1), false);
        ws.action_change(
            &"c1".into(),
            &"a2-01".into(),
            &"a".into(),
            Some(new),
            &units(),
            stamp("x", 1),
        )
    };
    assert_eq!(check("  "), Err(AssessmentError::ActionDescriptionRequired));
    assert_eq!(
        check(&"改".repeat(501)),
        Err(AssessmentError::ActionDescriptionTooLong {
            max: 500,
            actual: 501
        })
    );
    assert!(check(&"改".repeat(500)).unwrap().is_some());
}

#[test]
fn the_responsible_unit_must_be_one_of_the_areas_units() {
    let ws = workspace_with_community();
    let check = |responsible: Responsible| {
        let new = state("修路灯", responsible, (12, 1), false);
        ws.action_change(
            &"c1".into(),
            &"a2-01".into(),
            &"a".into(),
            Some(new),
            &units(),
            stamp("x", 1),
        )
    };
    assert_eq!(
        check(Responsible::Unit("市财政局".into())),
        Err(AssessmentError::UnknownResponsibleUnit("市财政局".into()))
    );
    assert!(check(unit(1)).unwrap().is_some());
}

#[test]
fn another_responsible_party_is_free_text_of_at_most_60_characters() {
    let ws = workspace_with_community();
    let check = |name: &str| {
        let new = state("修路灯", Responsible::Other(name.into()), (12, 1), false);
        ws.action_change(
            &"c1".into(),
            &"a2-01".into(),
            &"a".into(),
            Some(new),
            &units(),
            stamp("x", 1),
        )
    };
    assert_eq!(check(" "), Err(AssessmentError::ResponsibleRequired));
    assert_eq!(
        check(&"物".repeat(61)),
        Err(AssessmentError::ResponsibleTooLong {
            max: 60,
            actual: 61
        })
    );
    let ok = check(" 小区物业 ").unwrap().unwrap();
    let ChangeKind::Action { new: Some(new), .. } = ok.kind else {
        panic!("an action change");
    };
    assert_eq!(new.responsible, Responsible::Other("小区物业".into()));
}

#[test]
fn an_open_action_past_its_due_date_is_overdue() {
    let action = |done| Action {
        id: "a".into(),
        description: "修路灯".into(),
        responsible: Responsible::Other("物业".into()),
        due: day(2026, 12, 1),
        done,
    };
    assert!(!action(false).is_overdue(day(2026, 11, 30)));
    assert!(!action(false).is_overdue(day(2026, 12, 1)), "due today");
    assert!(action(false).is_overdue(day(2026, 12, 2)));
    assert!(!action(true).is_overdue(day(2026, 12, 2)), "done");
}

#[test]
fn open_actions_sort_by_due_date_then_plan_order_then_creation() {
    let mut ws = workspace_with_community();
    let other = || Responsible::Other("物业".into());
    put_action(
        &mut ws,
        "a2-03",
        "late",
        state("晚", other(), (12, 20), false),
        1,
    );
    put_action(
        &mut ws,
        "a2-03",
        "c",
        state("同日二", other(), (12, 5), false),
        2,
    );
    put_action(
        &mut ws,
        "a2-01",
        "a",
        state("同日一", other(), (12, 5), false),
        3,
    );
    put_action(
        &mut ws,
        "a2-03",
        "b",
        state("同日三", other(), (12, 5), false),
        4,
    );
    put_action(
        &mut ws,
        "a2-01",
        "done",
        state("已完成", other(), (11, 1), true),
        5,
    );
    put_action(
        &mut ws,
        "a2-02",
        "first",
        state("最早", other(), (11, 2), false),
        6,
    );
    let plan = plan::embedded();
    let open: Vec<(String, String)> = ws
        .open_actions(&"c1".into(), &plan.item_ids())
        .into_iter()
        .map(|(item, action)| (item.to_string(), action.id.to_string()))
        .collect();
    let expected = [
        ("a2-02", "first"),
        ("a2-01", "a"),
        ("a2-03", "c"),
        ("a2-03", "b"),
        ("a2-03", "late"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(i, a)| (i.to_string(), a.to_string()))
        .collect();
    assert_eq!(open, expected);
}

#[test]
fn action_records_have_a_stable_json_shape() {
    let mut ws = workspace_with_community();
    put_action(
        &mut ws,
        "a2-01",
        "act1",
        state("修路灯", unit(0), (12, 1), false),
        1,
    );
    let json = serde_json::to_value(ws.changes_in_order()[0]).unwrap();
    assert_eq!(json["kind"]["field"], "action");
    assert_eq!(json["kind"]["action_id"], "act1");
    assert!(json["kind"]["old"].is_null());
    assert_eq!(json["kind"]["new"]["due"], "2026-12-01");
    assert_eq!(json["kind"]["new"]["responsible"]["kind"], "unit");
    assert_eq!(
        json["kind"]["new"]["responsible"]["name"],
        units()[0].as_str()
    );
    let back = serde_json::from_value(json).unwrap();
    assert_eq!((*ws.changes_in_order()[0]), back);
}
