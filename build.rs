//! Writes the Danzhou plan (`public/plans/danzhou-2020.json`) as Rust code
//! that builds `plan::Plan` (`src/plan/embedded.rs` includes it). The
//! bundles then carry the plan's words but no JSON reader for its types,
//! which cost about five times the code. `tests/plan_parsing.rs` checks
//! that the built plan equals the file read by `plan::parse`.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

use serde_json::{Map, Value};

const PLAN_FILE: &str = "public/plans/danzhou-2020.json";

fn main() {
    println!("cargo:rerun-if-changed={PLAN_FILE}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(PLAN_FILE).expect("the plan file is readable");
    let json: Value = serde_json::from_str(&text).expect("the plan file is JSON");
    let code = plan(&json);
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_plan.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

/// A field's value as Rust code, given the JSON object holding it.
type Field = fn(Option<&Value>) -> String;

/// `Type { name: code, ... }`, each field written by its own function; a
/// field missing from the file gets what `#[serde(default)]` gives.
fn record(type_name: &str, value: Option<&Value>, fields: &[(&str, Field)]) -> String {
    let object: &Map<String, Value> = value
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("{type_name} must be a JSON object"));
    let mut code = format!("{type_name} {{");
    for (name, write) in fields {
        write!(code, " {name}: {},", write(object.get(*name))).unwrap();
    }
    code + " }"
}

fn string(value: Option<&Value>) -> String {
    match value {
        // A str's Debug form is a valid Rust string literal.
        Some(Value::String(text)) => format!("s({text:?})"),
        None => "String::new()".into(),
        Some(other) => panic!("expected a string, found {other}"),
    }
}

fn list(value: Option<&Value>, item: Field) -> String {
    let items = match value {
        Some(Value::Array(items)) => items,
        None => return "Vec::new()".into(),
        Some(other) => panic!("expected a list, found {other}"),
    };
    let items: Vec<String> = items.iter().map(|v| item(Some(v))).collect();
    format!("vec![{}]", items.join(", "))
}

fn number(value: Option<&Value>, rust_type: &str) -> String {
    let number = value.and_then(Value::as_f64).expect("a number");
    match rust_type {
        "f64" => format!("{number:?}f64"),
        _ => format!("{}{rust_type}", value.unwrap()),
    }
}

fn float(value: Option<&Value>) -> String {
    number(value, "f64")
}

fn flag(value: Option<&Value>) -> String {
    value
        .is_some_and(|v| v.as_bool().expect("true or false"))
        .to_string()
}

fn strings(value: Option<&Value>) -> String {
    list(value, string)
}

fn plan(json: &Value) -> String {
    record(
        "Plan",
        Some(json),
        &[
            ("format", string),
            ("id", string),
            ("version", string),
            ("title", string),
            ("status", string),
            ("full_title", string),
            ("preamble", string),
            ("basis", |v| list(v, policy_document)),
            ("goal", goal),
            ("organisation", organisation),
            ("unit_aliases", unit_aliases),
            ("areas_title", string),
            ("areas", |v| list(v, area)),
            ("implementation_title", string),
            ("implementation", |v| list(v, step)),
            ("safeguards_title", string),
            ("safeguards", |v| list(v, safeguard)),
            ("scoring", scoring),
        ],
    )
}

fn policy_document(value: Option<&Value>) -> String {
    record(
        "PolicyDocument",
        value,
        &[("title", string), ("number", string)],
    )
}

fn goal(value: Option<&Value>) -> String {
    record(
        "Goal",
        value,
        &[
            ("title", string),
            ("text", strings),
            ("scope", string),
            ("target_share", float),
            ("target_year", |v| number(v, "i32")),
            ("aims", strings),
        ],
    )
}

fn organisation(value: Option<&Value>) -> String {
    record(
        "Organisation",
        value,
        &[
            ("title", string),
            ("text", string),
            ("leading_group", |v| {
                record(
                    "LeadingGroup",
                    v,
                    &[("name", string), ("members", |v| list(v, group_member))],
                )
            }),
            ("office", office),
        ],
    )
}

fn group_member(value: Option<&Value>) -> String {
    record(
        "GroupMember",
        value,
        &[("role", string), ("name", string), ("post", string)],
    )
}

fn office(value: Option<&Value>) -> String {
    record(
        "Office",
        value,
        &[
            ("name", string),
            ("located_in", string),
            ("director", |v| {
                record("Person", v, &[("name", string), ("post", string)])
            }),
            ("phone", string),
            ("area_code", string),
            ("text", string),
        ],
    )
}

/// Inserted one by one: `collect()` into a map would add a sort.
fn unit_aliases(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "std::collections::BTreeMap::new()".into();
    };
    let mut code = String::from("{ let mut aliases = std::collections::BTreeMap::new();");
    for (name, alias) in value.as_object().expect("unit_aliases is an object") {
        write!(
            code,
            " aliases.insert(s({name:?}), {});",
            string(Some(alias))
        )
        .unwrap();
    }
    code + " aliases }"
}

fn area(value: Option<&Value>) -> String {
    record(
        "Area",
        value,
        &[
            ("id", string),
            ("number", string),
            ("title", string),
            ("title_en", string),
            ("text", string),
            ("responsible_units", strings),
            ("display_messages", |v| {
                list(v, |v| {
                    record(
                        "DisplayMessage",
                        v,
                        &[("text", string), ("text_en", string)],
                    )
                })
            }),
            ("items", |v| list(v, item)),
        ],
    )
}

fn item(value: Option<&Value>) -> String {
    record(
        "Item",
        value,
        &[
            ("id", |v| format!("ItemId::new({})", string(v))),
            ("title", string),
            ("title_en", string),
            ("source", string),
            ("guidance", |v| {
                record("Guidance", v, &[("look_for", string), ("photo", string)])
            }),
            // `#[serde(default = "default_weight")]`
            ("weight", |v| v.map_or("1.0f64".into(), |_| float(v))),
            ("veto", flag),
        ],
    )
}

fn step(value: Option<&Value>) -> String {
    record(
        "Step",
        value,
        &[
            ("id", string),
            ("number", string),
            ("title", string),
            ("text", string),
            ("deadline", |v| {
                v.map_or("None".into(), |d| format!("Some({})", deadline(d)))
            }),
        ],
    )
}

/// `#[serde(tag = "kind")]`
fn deadline(value: &Value) -> String {
    match value["kind"].as_str() {
        Some("once") => record(
            "Deadline::Once",
            Some(value),
            &[
                ("date", string),
                ("label", string),
                ("about", |v| {
                    v.map_or("None".into(), |_| format!("Some({})", string(v)))
                }),
            ],
        ),
        Some("yearly") => record(
            "Deadline::Yearly",
            Some(value),
            &[
                ("month", |v| number(v, "u32")),
                ("day", |v| number(v, "u32")),
                ("label", string),
            ],
        ),
        other => panic!("unknown deadline kind {other:?}"),
    }
}

fn safeguard(value: Option<&Value>) -> String {
    record(
        "Safeguard",
        value,
        &[
            ("id", string),
            ("number", string),
            ("title", string),
            ("text", string),
        ],
    )
}

fn scoring(value: Option<&Value>) -> String {
    if value.is_none() {
        return "Scoring::default()".into();
    }
    record(
        "Scoring",
        value,
        &[
            ("defaults", flag),
            ("note_zh", string),
            ("note_en", string),
            ("values", |v| {
                record(
                    "ScoreValues",
                    v,
                    &[("met", float), ("partial", float), ("not_met", float)],
                )
            }),
            ("pass_share", float),
            ("require_all_assessed", flag),
            ("version", |v| v.map_or("0u32".into(), |_| number(v, "u32"))),
            ("set_on", |v| {
                assert!(v.is_none(), "the built-in plan's scoring has no date");
                "None".into()
            }),
            ("satisfaction", |v| {
                assert!(v.is_none(), "the built-in plan sets no satisfaction line");
                "None".into()
            }),
        ],
    )
}
