//! The city office's own scoring rules: applied over the plan, checked,
//! sent to phones as a file, named by every verdict.

use std::collections::HashMap;

use chrono::NaiveDate;
use danzhou_green_community::assessment::{verdict, Rating, SatisfactionFigure, Verdict};
use danzhou_green_community::city::CitySetup;
use danzhou_green_community::exchange::{parse_scoring_file, scoring_file_json, ScoringFileError};
use danzhou_green_community::i18n::{texts_for, Lang};
use danzhou_green_community::ids::ItemId;
use danzhou_green_community::plan::{self, Plan, RulesError, ScoringRules};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// 26 of the 37 items 达标 (70.3%), the rest 未达标, a2-03 among them.
fn ratings(plan: &Plan) -> HashMap<ItemId, Rating> {
    plan.item_ids()
        .into_iter()
        .enumerate()
        .map(|(n, id)| {
            let rating = if n < 26 && id.as_str() != "a2-03" || id.as_str() == "a5-07" {
                Rating::Met
            } else {
                Rating::NotMet
            };
            (id.clone(), rating)
        })
        .collect()
}

fn rules(plan: &Plan) -> ScoringRules {
    ScoringRules {
        version: 1,
        ..ScoringRules::from_plan(plan, day(2026, 11, 30))
    }
}

#[test]
fn the_offices_rules_decide_the_verdict() {
    let plan = plan::embedded();
    let ratings = ratings(&plan);
    assert_eq!(
        verdict(&plan, &ratings, &SatisfactionFigure::default()),
        Verdict::Meets,
        "26 of 37 by default"
    );
    let stricter = ScoringRules {
        pass_share: 0.8,
        ..rules(&plan)
    };
    assert!(matches!(
        verdict(
            &plan.with_rules(&stricter),
            &ratings,
            &SatisfactionFigure::default()
        ),
        Verdict::NotYet(_)
    ));
    let veto = ScoringRules {
        veto: vec!["a2-03".into()],
        ..rules(&plan)
    };
    assert!(matches!(
        verdict(
            &plan.with_rules(&veto),
            &ratings,
            &SatisfactionFigure::default()
        ),
        Verdict::NotYet(_)
    ));
    // A heavier item met lifts the share back over a higher line.
    let mut weighted = ScoringRules {
        pass_share: 0.75,
        ..rules(&plan)
    };
    weighted.weights.insert("a1-01".into(), 10.0);
    assert_eq!(
        verdict(
            &plan.with_rules(&weighted),
            &ratings,
            &SatisfactionFigure::default()
        ),
        Verdict::Meets
    );
    let scored = plan.with_rules(&weighted);
    assert_eq!(
        (scored.scoring.version, scored.scoring.defaults),
        (1, false)
    );
    assert_eq!(plan.version, scored.version, "the plan's own version stays");
}

#[test]
fn rules_out_of_range_or_naming_unknown_items_are_refused() {
    let plan = plan::embedded();
    let check = |change: fn(&mut ScoringRules)| {
        let mut rules = rules(&plan);
        change(&mut rules);
        rules.check(&plan)
    };
    assert_eq!(check(|_| {}), Ok(()));
    assert_eq!(check(|r| r.pass_share = 0.0), Err(RulesError::PassLine));
    assert_eq!(check(|r| r.pass_share = 1.01), Err(RulesError::PassLine));
    assert_eq!(
        check(|r| r.pass_share = f64::NAN),
        Err(RulesError::PassLine)
    );
    assert_eq!(check(|r| r.values.partial = 1.5), Err(RulesError::Values));
    assert_eq!(
        check(|r| {
            r.weights.insert("a1-01".into(), 0.0);
        }),
        Err(RulesError::Weight("a1-01".into()))
    );
    assert_eq!(
        check(|r| r.veto.push("a9-99".into())),
        Err(RulesError::UnknownItem("a9-99".into()))
    );
    assert_eq!(check(|r| r.version = 0), Err(RulesError::Version));
}

#[test]
fn the_scoring_file_carries_the_rules_and_nothing_else_passes() {
    let plan = plan::embedded();
    let rules = ScoringRules {
        veto: vec!["a2-03".into()],
        ..rules(&plan)
    };
    let text = scoring_file_json(&plan, &rules);
    assert_eq!(
        parse_scoring_file(text.as_bytes(), &plan),
        Ok(rules.clone())
    );
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(parse_scoring_file(with_bom.as_bytes(), &plan), Ok(rules));
    assert_eq!(
        parse_scoring_file(b"not json", &plan),
        Err(ScoringFileError::NotAScoringFile)
    );
    let export = text.replace("danzhou-green-community-scoring", "something-else");
    assert_eq!(
        parse_scoring_file(export.as_bytes(), &plan),
        Err(ScoringFileError::NotAScoringFile)
    );
    let other = text.replace(&format!("\"{}\"", plan.id), "\"haikou-2021\"");
    assert_eq!(
        parse_scoring_file(other.as_bytes(), &plan),
        Err(ScoringFileError::OtherPlan("haikou-2021".into()))
    );
    let bad = text.replace("\"pass_share\": 0.7", "\"pass_share\": 7.0");
    assert_eq!(
        parse_scoring_file(bad.as_bytes(), &plan),
        Err(ScoringFileError::Invalid(RulesError::PassLine))
    );
}

#[test]
fn every_verdict_names_the_scoring_it_used() {
    let plan = plan::embedded();
    let zh = texts_for(Lang::ZhCn);
    assert_eq!(
        zh.verdict_text(true, &plan.scoring),
        "按默认评分，已达到创建要求"
    );
    let office = plan.with_rules(&ScoringRules {
        version: 3,
        ..rules(&plan)
    });
    assert_eq!(
        zh.verdict_text(false, &office.scoring),
        "按市办公室评分规则第 3 版，尚未达到创建要求"
    );
    assert!(zh.scoring_label(&office.scoring).contains("2026年11月30日"));
}

#[test]
fn newer_rules_from_a_file_outlast_an_older_setup_from_a_merged_file() {
    let plan = plan::embedded();
    let at = |s: i64| chrono::DateTime::from_timestamp(1_800_000_000 + s, 0);
    let phone = CitySetup {
        scoring: Some(ScoringRules {
            version: 4,
            ..rules(&plan)
        }),
        ..CitySetup::default()
    };
    let office = CitySetup {
        scoring: Some(ScoringRules {
            version: 3,
            ..rules(&plan)
        }),
        updated_at: at(10),
        ..CitySetup::default()
    };
    let taken = CitySetup::newer(&phone, &office).expect("the office's setup is newer");
    assert_eq!(taken.scoring.unwrap().version, 4);
    assert_eq!(taken.updated_at, at(10));
}
