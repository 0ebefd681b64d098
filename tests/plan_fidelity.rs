//! The plan file must say what the seed says: every item quotes the seed
//! verbatim, every sentence of the five 创建内容 paragraphs is covered by an
//! item, and every area's 责任单位 are the seed's, in order.

use danzhou_green_community::plan::{self, split_sentences, Deadline, Plan};

const SEED: &str = include_str!("data/000_2512f37e2a09a6d4.txt");
const PLAN_JSON: &str = include_str!("../public/plans/danzhou-2020.json");

/// One 创建内容 paragraph of the seed, taken apart.
struct SeedArea {
    number: String,
    text: String,
    units: Vec<String>,
}

fn without_bookmarks(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("[bookmark:") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find(']').expect("bookmark closes") + start + 1;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The five paragraphs between the 创建内容 heading and 四、组织实施.
fn seed_areas() -> Vec<SeedArea> {
    let seed = without_bookmarks(SEED);
    let lines: Vec<&str> = seed.lines().map(str::trim).collect();
    let start = lines
        .iter()
        .position(|l| l.ends_with("创建内容"))
        .expect("创建内容 heading");
    let end = lines
        .iter()
        .position(|l| l.starts_with("四、组织实施"))
        .expect("组织实施 heading");
    lines[start + 1..end]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|line| parse_area_line(line))
        .collect()
}

fn parse_area_line(line: &str) -> SeedArea {
    let close = line.find('）').expect("numbered paragraph");
    let number = line[..close + '）'.len_utf8()].to_string();
    let body = &line[close + '）'.len_utf8()..];
    let units_at = body.find("（责任单位：").expect("责任单位 parenthesis");
    let units_text = body[units_at + "（责任单位：".len()..]
        .trim_end()
        .strip_suffix('）')
        .expect("parenthesis closes the paragraph");
    SeedArea {
        number,
        text: body[..units_at].trim().to_string(),
        units: units_text.split('、').map(str::to_string).collect(),
    }
}

fn the_plan() -> Plan {
    plan::parse(PLAN_JSON).expect("plan file parses and validates")
}

#[test]
fn the_seed_has_five_creation_areas() {
    let areas = seed_areas();
    assert_eq!(areas.len(), 5);
    assert_eq!(areas[0].number, "（一）");
    assert_eq!(areas[4].number, "（五）");
}

#[test]
fn every_item_source_appears_verbatim_in_the_seed() {
    for (_, item) in the_plan().items() {
        assert!(
            SEED.contains(&item.source),
            "item {} quotes text that is not in the seed: {}",
            item.id,
            item.source
        );
    }
}

#[test]
fn every_sentence_of_the_five_paragraphs_is_covered_by_an_item() {
    let plan = the_plan();
    for (seed_area, area) in seed_areas().iter().zip(&plan.areas) {
        for sentence in split_sentences(&seed_area.text) {
            let covered = area.items.iter().any(|i| i.source.contains(sentence));
            assert!(
                covered,
                "{} sentence not covered: {sentence}",
                seed_area.number
            );
        }
    }
}

#[test]
fn responsible_units_are_the_seeds_in_order() {
    let plan = the_plan();
    let seed = seed_areas();
    assert_eq!(plan.areas.len(), seed.len());
    for (seed_area, area) in seed.iter().zip(&plan.areas) {
        assert_eq!(area.responsible_units, seed_area.units, "area {}", area.id);
    }
}

#[test]
fn area_texts_and_numbers_are_the_seeds() {
    let plan = the_plan();
    for (seed_area, area) in seed_areas().iter().zip(&plan.areas) {
        assert_eq!(area.number, seed_area.number);
        assert_eq!(area.text, seed_area.text);
        assert_eq!(
            split_sentences(&area.text)[0],
            format!("{}。", area.title),
            "the area title is its heading sentence"
        );
    }
}

#[test]
fn the_rest_of_the_plan_quotes_the_seed() {
    let plan = the_plan();
    let seed = without_bookmarks(SEED);
    let mut quoted: Vec<&str> = vec![
        &plan.preamble,
        &plan.organisation.text,
        &plan.organisation.office.text,
    ];
    quoted.extend(plan.goal.text.iter().map(String::as_str));
    quoted.extend(plan.implementation.iter().map(|s| s.text.as_str()));
    quoted.extend(plan.safeguards.iter().map(|s| s.text.as_str()));
    for text in quoted {
        assert!(seed.contains(text), "not in the seed: {text}");
    }
    for step in plan.implementation.iter().chain([]) {
        assert!(
            seed.contains(&format!("{}。", step.title)),
            "{}",
            step.title
        );
    }
    for doc in &plan.basis {
        assert!(seed.contains(&doc.title) && seed.contains(&doc.number));
    }
    assert!(seed.contains(&plan.full_title));
}

#[test]
fn goal_organisation_and_deadlines_are_complete() {
    let plan = the_plan();
    assert_eq!(plan.status, "送审稿");
    assert_eq!(plan.basis.len(), 3);
    assert_eq!(plan.goal.scope, "那大建成区社区");
    assert_eq!(plan.goal.target_share, 0.7);
    assert_eq!(plan.goal.target_year, 2022);
    assert_eq!(plan.goal.aims, ["整洁", "舒适", "安全", "美丽"]);

    let members = &plan.organisation.leading_group.members;
    assert_eq!(members.len(), 24, "组长, two 副组长 and 21 成员");
    assert_eq!(members[0].role, "组长");
    assert_eq!(members[0].name, "傅晟");
    let seed = without_bookmarks(SEED);
    for member in members {
        assert!(seed.contains(&member.post), "post {}", member.post);
        let first_char = member.name.chars().next().unwrap();
        assert!(seed.contains(first_char), "name {}", member.name);
    }
    let office = &plan.organisation.office;
    assert_eq!(office.phone, "23887585");
    assert_eq!(office.director.name, "吴壮海");
    assert_eq!(office.located_in, "市城市管理局办公室");

    assert_eq!(plan.implementation.len(), 4);
    assert_eq!(plan.safeguards.len(), 3);
    let deadlines: Vec<&Deadline> = plan
        .implementation
        .iter()
        .filter_map(|s| s.deadline.as_ref())
        .collect();
    assert!(matches!(deadlines[0], Deadline::Once { date, .. } if date == "2020-08-31"));
    assert!(matches!(
        deadlines[1],
        Deadline::Yearly {
            month: 10,
            day: 30,
            ..
        }
    ));
}

#[test]
fn items_have_guidance_apart_from_the_plans_words() {
    for (_, item) in the_plan().items() {
        assert!(!item.guidance.look_for.is_empty(), "{}", item.id);
        assert!(!item.guidance.photo.is_empty(), "{}", item.id);
        assert!(
            !SEED.contains(&item.guidance.look_for),
            "guidance of {} must be the app's advice, not a quote",
            item.id
        );
    }
}
