//! The published JSON Schema (public/schema/export-v2.schema.json)
//! describes what the app writes, and refuses broken documents.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::assessment::Rating;
use danzhou_green_community::city::{
    CityDefinitions, CitySetup, Meeting, Narrative, Roster, RosterEntry, TakingPart, UnitPlan,
};
use danzhou_green_community::exchange::{build_export, to_json, ExportOptions};
use danzhou_green_community::plan::ScoringRules;
use exchange_support::*;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../public/schema/export-v2.schema.json");

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema itself is valid")
}

fn errors(instance: &Value) -> Vec<String> {
    validator()
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// A rich export: every change kind, undo, 不适用 reason, inspection,
/// photos, an office export time.
fn rich_export() -> Value {
    let mut ws = phone();
    let change = ws.photo_removed(
        &"c1".into(),
        &"a2-01".into(),
        &photo(1).0.hash,
        stamp("ch-6", 10),
    );
    apply(&mut ws, change);
    let undo = ws.undo_last(&"c1".into(), &"a2-01".into(), stamp("ch-7", 11));
    apply(&mut ws, undo);
    let shown = ws.photo_display_change(
        &"c1".into(),
        &"a2-01".into(),
        &photo(1).0.hash,
        true,
        stamp("ch-7b", 11),
    );
    apply(&mut ws, shown);
    let units = plan().areas[0].responsible_units.clone();
    let change = ws.action_change(
        &"c1".into(),
        &"a1-03".into(),
        &"act-1".into(),
        None,
        &units,
        stamp("ch-8", 12),
    );
    apply(&mut ws, change.unwrap());
    let change = ws.result_change(
        &"c1".into(),
        &"a1-04".into(),
        Rating::NotMet,
        None,
        stamp("ch-9", 13),
    );
    apply(&mut ws, change.unwrap());
    // A second copy of the community, merged into it, after an undone try.
    let copy = ws
        .new_community("东风社区居委会", "c2".into(), t(14))
        .unwrap();
    ws.put_community(copy);
    let change = ws.result_change(
        &"c2".into(),
        &"a1-05".into(),
        Rating::Met,
        None,
        stamp("ch-10", 15),
    );
    apply(&mut ws, change.unwrap());
    let tried = ws
        .merge_of(&"c2".into(), &"c1".into(), "m0".into(), t(16), "")
        .unwrap();
    let merged = ws
        .merge_of(&"c2".into(), &"c1".into(), "m1".into(), t(18), "市城管局")
        .unwrap();
    ws.insert_community_merges([tried.undone(t(17)), merged]);
    let survey = danzhou_green_community::assessment::SurveyState {
        date: day(2026, 11, 20),
        method: danzhou_green_community::assessment::SurveyMethod::Other,
        method_note: "议事会现场投票".into(),
        households: 120,
        satisfied: 60,
        fairly_satisfied: 30,
        dissatisfied: 30,
        photos: vec![photo(1).0.hash],
    };
    let change = ws.survey_change(
        &"c1".into(),
        &"a1-03".into(),
        &"s1".into(),
        Some(survey),
        day(2026, 11, 28),
        stamp("ch-11", 19),
    );
    apply(&mut ws, change.unwrap());
    let mut dataset = ws.records.clone();
    dataset.evaluation.poll_answers = vec![danzhou_green_community::evaluation::PollAnswer {
        id: "poll-1".into(),
        community_id: "c1".into(),
        device_id: "phone-a".into(),
        at: t(20),
        choice: danzhou_green_community::evaluation::PollChoice::FairlySatisfied,
    }];
    dataset.photos = phone_dataset().photos;
    dataset.note_export("c1".into(), t(50));
    let options = ExportOptions {
        relay: true,
        city: Some(office_city()),
        ..options(true)
    };
    let document = build_export(&dataset, &[&"c1".into()], &plan(), options);
    serde_json::from_str(&to_json(&document)).unwrap()
}

/// The office's roster and definitions, every field set.
fn office_city() -> CitySetup {
    let mut joined = RosterEntry::named("东风社区");
    joined.street = "那大镇".into();
    joined.joined_on = Some(day(2020, 9, 1));
    joined.demonstration = true;
    joined.matched.push("c9".into());
    let mut outside = RosterEntry::named("兰洋社区");
    outside.in_scope = false;
    CitySetup {
        roster: Roster {
            entries: vec![joined, outside],
        },
        definitions: CityDefinitions {
            taking_part: TakingPart::AnyItemAssessed,
            meeting: Meeting::TakingPartAndVerdict,
        },
        unit_plans: [(
            "市住建局".to_string(),
            UnitPlan {
                received: true,
                received_on: Some(day(2020, 8, 20)),
                document_number: "儋住建〔2020〕12号".into(),
                note: "已报".into(),
            },
        )]
        .into(),
        narratives: vec![Narrative {
            year: 2025,
            progress: "全市已有 12 个社区参与创建。".into(),
            problems: "部分老旧小区缺少物业。".into(),
            next_steps: "结合老旧小区改造推进。".into(),
        }],
        scoring: Some(ScoringRules {
            version: 1,
            weights: [("a1-01".to_string(), 2.0)].into(),
            veto: vec!["a2-03".into()],
            satisfaction: Some(danzhou_green_community::plan::SatisfactionLine {
                min_share: 0.8,
                min_households: 100,
            }),
            ..ScoringRules::from_plan(&plan(), day(2026, 11, 1))
        }),
        updated_at: Some(t(40)),
    }
}

#[test]
fn exports_the_app_writes_are_valid() {
    for instance in [
        rich_export(),
        serde_json::to_value(phone_export(false)).unwrap(),
    ] {
        assert_eq!(errors(&instance), Vec::<String>::new());
    }
}

#[test]
fn every_change_kind_is_covered() {
    assert!(rich_export()["city"]["roster"]["entries"].is_array());
    assert_eq!(
        rich_export()["community_merges"].as_array().map(Vec::len),
        Some(2)
    );
    let instance = rich_export();
    let fields: Vec<&str> = instance["communities"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"]["field"].as_str().unwrap())
        .collect();
    for kind in [
        "result",
        "note",
        "photo_added",
        "photo_removed",
        "photo_display",
        "action",
        "survey",
    ] {
        assert!(fields.contains(&kind), "{kind} missing from {fields:?}");
    }
}

/// Applies `edit` to a valid export and expects the schema to refuse it.
fn refused(what: &str, edit: impl FnOnce(&mut Value)) {
    let mut instance = rich_export();
    edit(&mut instance);
    assert!(!errors(&instance).is_empty(), "accepted: {what}");
}

#[test]
fn broken_documents_are_refused() {
    refused("another format", |v| v["format"] = json!("something-else"));
    refused("a newer schema", |v| v["schema_version"] = json!(3));
    refused("a survey method not in the list", |v| {
        let changes = v["communities"][0]["changes"].as_array_mut().unwrap();
        let survey = changes
            .iter_mut()
            .find(|c| c["kind"]["field"] == "survey")
            .unwrap();
        survey["kind"]["after"]["method"] = json!("carrier_pigeon");
    });
    refused("a negative survey count", |v| {
        let changes = v["communities"][0]["changes"].as_array_mut().unwrap();
        let survey = changes
            .iter_mut()
            .find(|c| c["kind"]["field"] == "survey")
            .unwrap();
        survey["kind"]["after"]["dissatisfied"] = json!(-1);
    });
    refused("a poll answer with typed text", |v| {
        v["evaluation"]["poll_answers"][0]["comment"] = json!("写点什么");
    });
    refused("no checksum", |v| {
        v.as_object_mut().unwrap().remove("checksum");
    });
    refused("a short hash", |v| v["checksum"]["value"] = json!("abc"));
    refused("an unknown rating", |v| {
        v["communities"][0]["changes"][0]["kind"]["new"] = json!("excellent")
    });
    refused("an unknown change kind", |v| {
        v["communities"][0]["changes"][0]["kind"]["field"] = json!("colour")
    });
    refused("a bad date-time", |v| {
        v["communities"][0]["changes"][0]["at"] = json!("28.11.2026 08:00")
    });
    refused("a bad date", |v| {
        v["communities"][0]["inspections"][0]["date"] = json!("2026-02-30")
    });
    refused("an empty id", |v| {
        v["communities"][0]["changes"][0]["id"] = json!("")
    });
    refused("a missing member", |v| {
        v["communities"][0]["changes"][0]
            .as_object_mut()
            .unwrap()
            .remove("item_id");
    });
    refused("an upper-case photo hash", |v| {
        let hash = v["photos"][0]["hash"].as_str().unwrap().to_uppercase();
        v["photos"][0]["hash"] = json!(hash);
    });
    refused("a photo that is not base64", |v| {
        v["photos"][0]["data_base64"] = json!("***")
    });
    refused("an SVG", |v| {
        v["photos"][0]["mime"] = json!("image/svg+xml")
    });
    refused("a too long note", |v| {
        let changes = v["communities"][0]["changes"].as_array_mut().unwrap();
        let note = changes
            .iter_mut()
            .find(|c| c["kind"]["field"] == "note")
            .unwrap();
        note["kind"]["new"] = json!("字".repeat(2001));
    });
    refused("an unknown member", |v| v["extra"] = json!(true));
    refused("a negative counter", |v| {
        v["communities"][0]["changes"][0]["seq"] = json!(-1)
    });
}
