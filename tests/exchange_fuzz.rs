//! The importer never panics: arbitrary bytes and randomly damaged exports
//! end in a document or a clear error, and whatever it accepts can be
//! imported, merged and summarised.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::exchange::{
    checksum_matches, conflicts, import_into, parse_export, to_json, ImportError, MAX_IMPORT_BYTES,
};
use danzhou_green_community::office::office_summary;
use exchange_support::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;

fn valid_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| to_json(&phone_export(true)))
}

/// Parses and, when accepted, goes on through import and the summaries.
fn must_not_panic(bytes: &[u8]) -> Result<(), ImportError> {
    let plan = plan();
    let document = parse_export(bytes, &plan, MAX_IMPORT_BYTES)?;
    assert!(checksum_matches(&document));
    let mut dataset = phone_dataset();
    dataset.absorb(&import_into(&dataset, &document).to_write);
    for id in dataset.communities.keys() {
        conflicts(dataset.changes().values(), id);
    }
    office_summary(&dataset, &plan, &Default::default(), day(2026, 12, 1));
    Ok(())
}

#[derive(Clone, Debug)]
enum ByteEdit {
    Flip { at: usize, bit: u8 },
    Truncate { at: usize },
    Insert { at: usize, byte: u8 },
    Delete { at: usize },
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        (any::<usize>(), 0..8u8).prop_map(|(at, bit)| ByteEdit::Flip { at, bit }),
        any::<usize>().prop_map(|at| ByteEdit::Truncate { at }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| ByteEdit::Insert { at, byte }),
        any::<usize>().prop_map(|at| ByteEdit::Delete { at }),
    ]
}

fn apply_byte_edit(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |n: usize| n % (bytes.len() + 1);
    match *edit {
        ByteEdit::Flip { at: n, bit } => {
            if !bytes.is_empty() {
                let i = n % bytes.len();
                bytes[i] ^= 1 << bit;
            }
        }
        ByteEdit::Truncate { at: n } => bytes.truncate(at(n)),
        ByteEdit::Insert { at: n, byte } => bytes.insert(at(n), byte),
        ByteEdit::Delete { at: n } => {
            if !bytes.is_empty() {
                bytes.remove(n % bytes.len());
            }
        }
    }
}

/// A place in a JSON document: a member name or an element index.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn all_paths(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                here.push(Step::Key(key.clone()));
                all_paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                all_paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

#[derive(Clone, Debug)]
enum JsonEdit {
    Replace { at: usize, with: usize },
    Remove { at: usize },
}

fn replacements() -> Vec<Value> {
    vec![
        Value::Null,
        json!(0),
        json!(-1),
        json!(1.5),
        json!(u64::MAX),
        json!(""),
        json!("excellent"),
        json!("not_met"),
        json!("a9-99"),
        json!("2026-02-30T00:00:00Z"),
        json!("+262143-12-31T23:59:59Z"),
        json!("9999-12-31T23:59:59.999999999Z"),
        json!(true),
        json!({}),
        json!([]),
        json!("x".repeat(300)),
        json!({"field": "result", "old": "met", "new": "weird"}),
    ]
}

fn json_edit() -> impl Strategy<Value = JsonEdit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(at, with)| JsonEdit::Replace { at, with }),
        any::<usize>().prop_map(|at| JsonEdit::Remove { at }),
    ]
}

fn apply_json_edit(value: &mut Value, edit: &JsonEdit) {
    let mut paths = Vec::new();
    all_paths(value, &mut Vec::new(), &mut paths);
    match edit {
        JsonEdit::Replace { at, with } => {
            let options = replacements();
            *node(value, &paths[at % paths.len()]) = options[with % options.len()].clone();
        }
        JsonEdit::Remove { at } => {
            let path = &paths[at % paths.len()];
            if let Some((Step::Key(key), parent)) = path.split_last() {
                if let Value::Object(map) = node(value, parent) {
                    map.remove(key);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in any::<Vec<u8>>()) {
        let _ = must_not_panic(&bytes);
    }

    #[test]
    fn arbitrary_text_that_starts_like_json(text in "\\{.{0,200}") {
        let _ = must_not_panic(text.as_bytes());
    }

    #[test]
    fn damaged_bytes_of_a_valid_export(edits in prop::collection::vec(byte_edit(), 1..4)) {
        let mut bytes = valid_text().as_bytes().to_vec();
        for edit in &edits {
            apply_byte_edit(&mut bytes, edit);
        }
        let _ = must_not_panic(&bytes);
    }

    #[test]
    fn damaged_values_of_a_valid_export(edits in prop::collection::vec(json_edit(), 1..4), reseal in any::<bool>()) {
        let mut value: Value = serde_json::from_str(valid_text()).unwrap();
        for edit in &edits {
            apply_json_edit(&mut value, edit);
        }
        // Half the time the checksum is made right again, so that the
        // checks behind it are reached too.
        if reseal {
            if let Ok(mut document) = serde_json::from_value::<danzhou_green_community::exchange::ExportDocument>(value.clone()) {
                document.checksum = danzhou_green_community::exchange::compute_checksum(&document);
                value = serde_json::to_value(&document).unwrap();
            }
        }
        let _ = must_not_panic(&serde_json::to_vec(&value).unwrap());
    }
}

#[test]
fn deeply_nested_input_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(must_not_panic(deep.as_bytes()), Err(ImportError::NotJson));
    let deep_object = format!("{{\"format\":{}", "{\"a\":".repeat(50_000));
    assert!(must_not_panic(deep_object.as_bytes()).is_err());
}

#[test]
fn an_unknown_rating_is_a_clear_error() {
    let mut value: Value = serde_json::from_str(valid_text()).unwrap();
    value["communities"][0]["changes"][0]["kind"]["new"] = json!("excellent");
    let error = must_not_panic(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert!(
        matches!(error, ImportError::InvalidValue { .. }),
        "{error:?}"
    );
}
