//! Two people changing the same part of an item on two phones is found,
//! shown side by side and settled by a new change; never lost, and found
//! the same whatever the order of merging.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::assessment::{ChangeKind, Rating};
use danzhou_green_community::exchange::{
    conflicted_items, conflicts, kept_value, resolution_change, ResolutionStamp, SlotId,
};
use danzhou_green_community::ids::ChangeId;
use danzhou_green_community::records::{merge, Records};
use danzhou_green_community::workspace::Workspace;
use exchange_support::*;
use proptest::prelude::*;

/// Two phones with the same community and the office's view of both.
fn two_phones() -> (Workspace, Workspace) {
    let a = phone();
    let mut b = a.clone();
    b.device_id = "phone-b".into();
    (a, b)
}

fn merged(a: &Workspace, b: &Workspace) -> Records {
    merge(&a.records.clone(), &b.records.clone())
}

fn stamp_on(device: &str, id: &str, seq: u64, at: i64) -> ResolutionStamp {
    ResolutionStamp {
        id: id.into(),
        device_id: device.into(),
        seq,
        now: t(at),
        author: "李明".into(),
    }
}

#[test]
fn edits_of_one_result_on_two_phones_conflict() {
    let (mut a, mut b) = two_phones();
    let change = a.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Partial,
        None,
        stamp("a-1", 20),
    );
    apply(&mut a, change.unwrap());
    let change = b.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::NotMet,
        None,
        stamp("b-1", 21),
    );
    apply(&mut b, change.unwrap());

    let office = merged(&a, &b);
    let found = conflicts(office.changes().values(), &"c1".into());
    assert_eq!(found.len(), 1);
    let conflict = &found[0];
    assert_eq!(conflict.item_id, "a1-01");
    assert_eq!(conflict.slot, SlotId::Result);
    let ids: Vec<&str> = conflict.heads.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["a-1", "b-1"]);
    assert_eq!(conflict.shown().unwrap().id, "b-1");
    assert!(!conflict.values_agree());
    // The item shows the latest, as always, and is flagged.
    let ws = Workspace::from_records("office".into(), office.clone());
    assert_eq!(ws.rating(&"c1".into(), &"a1-01".into()), Rating::NotMet);
    assert!(conflicted_items(office.changes().values(), &"c1".into()).contains("a1-01"));
}

#[test]
fn edits_of_different_slots_or_in_sequence_do_not_conflict() {
    let (mut a, mut b) = two_phones();
    let change = a.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Partial,
        None,
        stamp("a-1", 20),
    );
    apply(&mut a, change.unwrap());
    let change = b.note_change(
        &"c1".into(),
        &"a1-01".into(),
        "另一台手机写的备注",
        stamp("b-1", 21),
    );
    apply(&mut b, change.unwrap());
    let office = merged(&a, &b);
    assert!(conflicts(office.changes().values(), &"c1".into()).is_empty());

    // b takes in a's edit and then edits the result after it: no conflict.
    let mut b = Workspace::from_records("phone-b".into(), office.clone());
    let change = b.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Met,
        None,
        stamp("b-2", 30),
    );
    apply(&mut b, change.unwrap());
    assert!(conflicts(b.changes().values(), &"c1".into()).is_empty());
}

#[test]
fn a_resolution_settles_the_conflict_with_the_chosen_value() {
    let (mut a, mut b) = two_phones();
    let change = a.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Partial,
        None,
        stamp("a-1", 20),
    );
    apply(&mut a, change.unwrap());
    let change = b.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::NotMet,
        None,
        stamp("b-1", 21),
    );
    apply(&mut b, change.unwrap());
    let mut office = merged(&a, &b);
    let conflict = conflicts(office.changes().values(), &"c1".into()).remove(0);

    let chosen = kept_value(&conflict, &"a-1".into()).unwrap();
    // The office's clock is behind: the resolution still sorts last.
    let resolution = resolution_change(&conflict, chosen, stamp_on("office", "r-1", 1, 0)).unwrap();
    assert_eq!(resolution.base.as_deref(), Some("b-1"));
    assert_eq!(resolution.merges, vec![ChangeId::from("a-1")]);
    assert!(resolution.order_key() > conflict.shown().unwrap().order_key());
    assert_eq!(
        resolution.kind,
        ChangeKind::Result {
            old: Rating::NotMet,
            new: Rating::Partial,
            reason: None
        }
    );
    office.insert_change(resolution);
    assert!(conflicts(office.changes().values(), &"c1".into()).is_empty());
    assert_eq!(
        Workspace::from_records("office".into(), office.clone())
            .rating(&"c1".into(), &"a1-01".into()),
        Rating::Partial
    );
}

#[test]
fn a_resolution_for_another_slot_is_refused() {
    let (mut a, mut b) = two_phones();
    let change = a.note_change(&"c1".into(), &"a1-01".into(), "甲", stamp("a-1", 20));
    apply(&mut a, change.unwrap());
    let change = b.note_change(&"c1".into(), &"a1-01".into(), "乙", stamp("b-1", 21));
    apply(&mut b, change.unwrap());
    let office = merged(&a, &b);
    let conflict = conflicts(office.changes().values(), &"c1".into()).remove(0);
    assert_eq!(conflict.slot, SlotId::Note);
    let wrong = ChangeKind::Result {
        old: Rating::Unassessed,
        new: Rating::Met,
        reason: None,
    };
    assert!(resolution_change(&conflict, wrong, stamp_on("office", "r", 1, 40)).is_none());
}

#[test]
fn the_same_value_chosen_on_two_phones_is_still_shown_for_confirmation() {
    let (mut a, mut b) = two_phones();
    let change = a.result_change(
        &"c1".into(),
        &"a1-05".into(),
        Rating::Met,
        None,
        stamp("a-1", 20),
    );
    apply(&mut a, change.unwrap());
    let change = b.result_change(
        &"c1".into(),
        &"a1-05".into(),
        Rating::Met,
        None,
        stamp("b-1", 21),
    );
    apply(&mut b, change.unwrap());
    let office = merged(&a, &b);
    let found = conflicts(office.changes().values(), &"c1".into());
    assert_eq!(found.len(), 1);
    assert!(found[0].values_agree());
}

#[test]
fn the_resolving_field_is_left_out_of_ordinary_records() {
    let json = serde_json::to_string(phone().changes_in_order()[0]).unwrap();
    assert!(!json.contains("merges"), "{json}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn conflicts_are_the_same_whatever_the_merge_order(steps in history(40)) {
        let d = play(&steps);
        let one = merge(&d[0], &merge(&d[1], &d[2]));
        let other = merge(&merge(&d[2], &d[0]), &d[1]);
        prop_assert_eq!(
            conflicts(one.changes().values(), &"c1".into()),
            conflicts(other.changes().values(), &"c1".into())
        );
    }

    #[test]
    fn settling_every_conflict_leaves_none(steps in history(40)) {
        let d = play(&steps);
        let mut office = merge(&d[0], &merge(&d[1], &d[2]));
        let found = conflicts(office.changes().values(), &"c1".into());
        for (n, conflict) in found.iter().enumerate() {
            let chosen = conflict.heads[0].kind.clone();
            let stamp = stamp_on("office", &format!("r-{n}"), n as u64 + 1, 1000);
            office.insert_change(resolution_change(conflict, chosen, stamp).unwrap());
        }
        prop_assert!(conflicts(office.changes().values(), &"c1".into()).is_empty());
    }
}
