//! A change's `kind` is read by a hand-written reader
//! (`assessment::change_kind_reading`); it must accept and build exactly
//! what serde's derive for the `field`-tagged enum does, for every object
//! whose members are well formed for some kind of change.

// Native only: its test tools (proptest) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use danzhou_green_community::assessment::{ActionState, ChangeKind, PhotoRef, Rating};
use danzhou_green_community::ids::ActionId;
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

/// The reader serde derives, as `ChangeKind` had it.
#[derive(Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
enum Derived {
    Result {
        old: Rating,
        new: Rating,
        #[serde(default)]
        reason: Option<String>,
    },
    Note {
        old: String,
        new: String,
    },
    PhotoAdded {
        photo: PhotoRef,
    },
    PhotoRemoved {
        photo: PhotoRef,
    },
    PhotoDisplay {
        hash: String,
        shown: bool,
    },
    Action {
        action_id: ActionId,
        old: Option<ActionState>,
        new: Option<ActionState>,
    },
}

impl From<Derived> for ChangeKind {
    fn from(kind: Derived) -> ChangeKind {
        match kind {
            Derived::Result { old, new, reason } => ChangeKind::Result { old, new, reason },
            Derived::Note { old, new } => ChangeKind::Note { old, new },
            Derived::PhotoAdded { photo } => ChangeKind::PhotoAdded { photo },
            Derived::PhotoRemoved { photo } => ChangeKind::PhotoRemoved { photo },
            Derived::PhotoDisplay { hash, shown } => ChangeKind::PhotoDisplay { hash, shown },
            Derived::Action {
                action_id,
                old,
                new,
            } => ChangeKind::Action {
                action_id,
                old,
                new,
            },
        }
    }
}

fn both(text: &str) -> (Option<ChangeKind>, Option<ChangeKind>) {
    let ours = serde_json::from_str::<ChangeKind>(text).ok();
    let derived = serde_json::from_str::<Derived>(text)
        .ok()
        .map(ChangeKind::from);
    (ours, derived)
}

fn photo() -> Value {
    json!({"hash": "a".repeat(64), "mime": "image/jpeg", "bytes": 1000, "width": 800,
           "height": 600, "taken_at": "2026-11-30T08:00:00Z", "caption": "楼道"})
}

fn action() -> Value {
    json!({"description": "清理楼道杂物", "responsible": {"kind": "unit", "name": "市住建局"},
           "due": "2026-12-31", "done": false})
}

const KINDS: [&str; 7] = [
    "result",
    "note",
    "photo_added",
    "photo_removed",
    "photo_display",
    "action",
    "other",
];

/// A value for `old` or `new` that some kind of change takes, mostly one
/// that `kind` takes.
fn old_or_new(kind: &'static str) -> impl Strategy<Value = Value> {
    let rating = prop::sample::select(vec![
        "unassessed",
        "met",
        "partial",
        "not_met",
        "not_applicable",
    ])
    .prop_map(Value::from)
    .boxed();
    let text = "[a-z 中]{0,6}".prop_map(Value::from).boxed();
    let action_or_null = prop_oneof![Just(Value::Null), Just(action())].boxed();
    let own = match kind {
        "result" => rating.clone(),
        "note" => text.clone(),
        _ => action_or_null.clone(),
    };
    prop_oneof![4 => own, 1 => rating, 1 => text, 1 => action_or_null]
}

/// Present with probability `p`.
fn maybe<S: Strategy<Value = Value>>(p: f64, value: S) -> impl Strategy<Value = Option<Value>> {
    prop::option::weighted(p, value)
}

/// The members of one kind of change, each present and well formed most of
/// the time, with members of the other kinds (well formed) now and then, a
/// member of none, and the tag first or last.
fn kind_object() -> impl Strategy<Value = String> {
    prop::sample::select(KINDS.to_vec())
        .prop_flat_map(|kind| {
            let own = |kinds: &[&str]| if kinds.contains(&kind) { 0.85 } else { 0.15 };
            (
                prop::option::weighted(0.95, Just(kind)),
                maybe(own(&["result", "note", "action"]), old_or_new(kind)),
                maybe(own(&["result", "note", "action"]), old_or_new(kind)),
                maybe(
                    own(&["result"]),
                    prop_oneof![Just(Value::Null), "[a-z]{1,5}".prop_map(Value::from)],
                ),
                maybe(own(&["photo_added", "photo_removed"]), Just(photo())),
                maybe(own(&["photo_display"]), "[a-f0-9]{4}".prop_map(Value::from)),
                maybe(own(&["photo_display"]), any::<bool>().prop_map(Value::from)),
                maybe(own(&["action"]), "[a-z0-9-]{1,8}".prop_map(Value::from)),
                maybe(0.2, any::<i32>().prop_map(Value::from)),
                any::<bool>(),
            )
        })
        .prop_map(
            |(field, old, new, reason, photo, hash, shown, action_id, extra, tag_last)| {
                let named = [
                    ("old", old),
                    ("new", new),
                    ("reason", reason),
                    ("photo", photo),
                    ("hash", hash),
                    ("shown", shown),
                    ("action_id", action_id),
                    ("unknown", extra),
                ];
                let mut members: Vec<(&str, Value)> = named
                    .into_iter()
                    .filter_map(|(name, v)| v.map(|v| (name, v)))
                    .collect();
                // The tag first, as the app writes it, or last.
                if let Some(field) = field {
                    let tag = ("field", Value::from(field));
                    if tag_last {
                        members.push(tag)
                    } else {
                        members.insert(0, tag)
                    }
                }
                // Written by hand: a serde_json map would sort the members.
                let body: Vec<String> = members
                    .iter()
                    .map(|(name, value)| format!("{}:{}", json!(name), value))
                    .collect();
                format!("{{{}}}", body.join(","))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_reader_takes_what_the_derive_took(text in kind_object()) {
        let (ours, derived) = both(&text);
        prop_assert_eq!(ours, derived, "{}", text);
    }
}

#[test]
fn every_kind_the_app_writes_reads_back() {
    let kinds = [
        ChangeKind::Result {
            old: Rating::Unassessed,
            new: Rating::NotApplicable,
            reason: Some("无此设施".into()),
        },
        ChangeKind::Result {
            old: Rating::Met,
            new: Rating::Partial,
            reason: None,
        },
        ChangeKind::Note {
            old: String::new(),
            new: "已整改".into(),
        },
        ChangeKind::PhotoAdded {
            photo: serde_json::from_value(photo()).unwrap(),
        },
        ChangeKind::PhotoRemoved {
            photo: serde_json::from_value(photo()).unwrap(),
        },
        ChangeKind::PhotoDisplay {
            hash: "a".repeat(64),
            shown: true,
        },
        ChangeKind::Action {
            action_id: ActionId::new("act-1"),
            old: None,
            new: serde_json::from_value(action()).unwrap(),
        },
        ChangeKind::Action {
            action_id: ActionId::new("act-1"),
            old: serde_json::from_value(action()).unwrap(),
            new: None,
        },
    ];
    for kind in kinds {
        let text = serde_json::to_string(&kind).unwrap();
        assert_eq!(
            serde_json::from_str::<ChangeKind>(&text).unwrap(),
            kind,
            "{text}"
        );
        assert_eq!(both(&text).1, Some(kind));
    }
}

#[test]
fn members_in_any_order_and_unknown_ones_are_read_as_before() {
    let text = r#"{"new":"met","unknown":[1,{"a":null}],"old":"unassessed","field":"result"}"#;
    assert_eq!(
        serde_json::from_str::<ChangeKind>(text).unwrap(),
        ChangeKind::Result {
            old: Rating::Unassessed,
            new: Rating::Met,
            reason: None
        }
    );
}

#[test]
fn a_kind_missing_what_it_needs_is_refused() {
    for text in [
        r#"{"field":"result","old":"met"}"#,
        r#"{"field":"result","old":"met","new":"excellent"}"#,
        r#"{"field":"note","old":"","new":null}"#,
        r#"{"field":"photo_added"}"#,
        r#"{"field":"photo_display","hash":"ab"}"#,
        r#"{"field":"action","old":null,"new":null}"#,
        r#"{"field":"action","action_id":"a","new":"met"}"#,
        r#"{"field":"renamed","old":"a","new":"b"}"#,
        r#"{"old":"met","new":"met"}"#,
        r#"{"field":"note","field":"note","old":"","new":""}"#,
    ] {
        let (ours, derived) = both(text);
        assert_eq!(ours, None, "{text}");
        assert_eq!(derived, None, "{text}");
    }
}

#[test]
fn a_kind_written_as_an_array_is_refused_as_the_format_says() {
    // serde's derive took the members as an array, the tag first; the
    // documented format is an object, and the app never wrote another.
    let text = r#"["result","met","met"]"#;
    let (ours, derived) = both(text);
    assert_eq!(ours, None);
    assert!(derived.is_some());
}
