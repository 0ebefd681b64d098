//! The plan file format: parsing and validation.

use danzhou_green_community::plan::{self, PlanError, EMBEDDED_PLAN_JSON};

fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_PLAN_JSON).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn the_embedded_plan_parses() {
    // The app reads the embedded plan without validating it: this is the check.
    assert_eq!(plan::validate(&plan::embedded()), Ok(()));
    assert_eq!(plan::parse(EMBEDDED_PLAN_JSON), Ok(plan::embedded()));
    let plan = plan::embedded();
    assert_eq!(plan.id, "danzhou-2020");
    assert_eq!(plan.areas.len(), 5);
    assert!(plan.item_count() >= 30, "each area is broken into items");
    assert_eq!(plan.find_item(&"a2-05".into()).unwrap().0.id, "a2");
}

#[test]
fn item_ids_are_stable_and_ordered() {
    let plan = plan::embedded();
    let ids = plan.item_ids();
    assert_eq!(ids.first().map(|id| id.as_str()), Some("a1-01"));
    for (area, item) in plan.items() {
        assert!(item.id.starts_with(&format!("{}-", area.id)), "{}", item.id);
    }
    let (prev, next) = plan.neighbours(&"a2-01".into());
    assert_eq!(prev.unwrap().id, "a1-05");
    assert_eq!(next.unwrap().id, "a2-02");
    assert_eq!(plan.neighbours(&"a1-01".into()).0, None);
    assert_eq!(plan.neighbours(ids.last().unwrap()).1, None);
    let (_, item) = plan.find_item(&"a2-05".into()).unwrap();
    assert_eq!(item.display_number(&plan), "2.5");
}

#[test]
fn not_json_is_refused() {
    assert!(matches!(plan::parse("{"), Err(PlanError::Json(_))));
}

#[test]
fn another_format_is_refused() {
    let json = edited(|v| v["format"] = "something-else".into());
    assert!(matches!(plan::parse(&json), Err(PlanError::WrongFormat(_))));
}

#[test]
fn duplicate_item_ids_are_refused() {
    let json = edited(|v| v["areas"][1]["items"][0]["id"] = "a1-01".into());
    assert_eq!(
        plan::parse(&json),
        Err(PlanError::DuplicateId("a1-01".to_string()))
    );
}

#[test]
fn an_area_without_items_is_refused() {
    let json = edited(|v| v["areas"][2]["items"] = serde_json::json!([]));
    assert_eq!(
        plan::parse(&json),
        Err(PlanError::EmptyArea("a3".to_string()))
    );
}

#[test]
fn an_item_quoting_another_area_is_refused() {
    let json = edited(|v| v["areas"][0]["items"][0]["source"] = "培育社区绿色文化。".into());
    assert_eq!(
        plan::parse(&json),
        Err(PlanError::SourceNotInAreaText("a1-01".to_string()))
    );
}

#[test]
fn an_empty_title_is_refused() {
    let json = edited(|v| v["areas"][0]["items"][0]["title"] = " ".into());
    assert_eq!(plan::parse(&json), Err(PlanError::Missing("item title")));
}

#[test]
fn the_displays_messages_are_the_plans_own_words_of_green_culture() {
    let plan = plan::embedded();
    let culture = plan
        .areas
        .iter()
        .find(|a| a.title == "培育社区绿色文化")
        .unwrap();
    assert!(culture.display_messages.len() >= 4);
    for message in &culture.display_messages {
        assert!(culture.text.contains(&message.text), "{}", message.text);
        assert!(
            !message.text_en.is_empty(),
            "{} has no English",
            message.text
        );
    }
    let invented = edited(|v| {
        v["areas"][4]["display_messages"][0]["text"] = "少开一天车".into();
    });
    assert_eq!(
        plan::parse(&invented),
        Err(PlanError::MessageNotInAreaText("少开一天车".to_string()))
    );
}
