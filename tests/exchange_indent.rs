//! The files' layout: indented from the compact text, exactly as
//! serde_json's own pretty printer writes it.

// Native only: its test tools (proptest) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use chrono::NaiveDate;
use danzhou_green_community::exchange::{indent, scoring_file_json, to_json, ScoringFile};
use danzhou_green_community::plan::ScoringRules;
use exchange_support::*;
use proptest::prelude::*;
use serde_json::{Map, Value};

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

fn indented(value: &Value) -> String {
    indent(&serde_json::to_vec(value).unwrap())
}

/// Any JSON value, with strings that hold what could confuse an indenter:
/// quotes, backslashes, brackets, commas, colons and non-ASCII text.
fn json() -> impl Strategy<Value = Value> {
    let text = "[a-z\"\\\\{}\\[\\],: 中文\n\u{1}]{0,8}";
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        text.prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((text, inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #[test]
    fn indenting_the_compact_text_is_the_pretty_text(value in json()) {
        prop_assert_eq!(indented(&value), pretty(&value));
    }
}

#[test]
fn empty_and_nested_containers_are_laid_out_as_serde_json_does() {
    for text in [
        "{}",
        "[]",
        r#"{"a":[],"b":{},"c":[{}],"d":[[1,2],{"e":null}]}"#,
        r#"["{[,:]}","\\\"",""]"#,
    ] {
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(indented(&value), pretty(&value), "{text}");
    }
}

#[test]
fn an_export_file_is_laid_out_as_before() {
    let document = phone_export(true);
    assert_eq!(
        to_json(&document),
        serde_json::to_string_pretty(&document).unwrap()
    );
}

#[test]
fn a_scoring_file_is_laid_out_as_before() {
    let plan = plan();
    let rules = ScoringRules::from_plan(&plan, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    let text = scoring_file_json(&plan, &rules);
    let file = ScoringFile::of(&plan, &rules);
    assert_eq!(text, serde_json::to_string_pretty(&file).unwrap());
    assert!(text.starts_with("{\n  \"format\": \"danzhou-green-community-scoring\",\n"));
}
