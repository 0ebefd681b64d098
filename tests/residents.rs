//! Residents' satisfaction (效果共评): surveys entered on the phone, the
//! rate and what it counts, the office's satisfaction line as a gate, and
//! the kiosk's poll kept apart and limited to one answer per interval.

mod common;

use chrono::{Duration, NaiveDate};
use common::{day, stamp, t, workspace_with_community};
use danzhou_green_community::assessment::{
    satisfaction_of, verdict, AssessmentError, NotYetReason, Rating, SatisfactionFigure,
    SurveyError, SurveyMethod, SurveyState, Verdict,
};
use danzhou_green_community::evaluation::{
    may_answer, PollAnswer, PollChoice, PollTally, POLL_INTERVAL_SECONDS,
};
use danzhou_green_community::i18n::{texts_for, Lang};
use danzhou_green_community::plan::{self, Plan, SatisfactionLine, ScoringRules};
use std::collections::HashMap;

fn survey(date: NaiveDate, households: i64, satisfied: i64, fairly: i64, no: i64) -> SurveyState {
    SurveyState {
        date,
        method: SurveyMethod::DoorToDoor,
        method_note: String::new(),
        households,
        satisfied,
        fairly_satisfied: fairly,
        dissatisfied: no,
        photos: Vec::new(),
    }
}

fn refusal(state: SurveyState) -> SurveyError {
    match state.validated(day(2026, 12, 7)) {
        Err(AssessmentError::Survey(e)) => e,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_survey_is_refused_when_its_counts_or_date_cannot_be_true() {
    let today = day(2026, 12, 7);
    assert!(matches!(
        refusal(survey(today, 100, 60, 30, 20)),
        SurveyError::MoreAnswersThanHouseholds {
            answers: 110,
            households: 100
        }
    ));
    assert_eq!(
        refusal(survey(today, -1, 0, 0, 0)),
        SurveyError::NegativeCount
    );
    assert_eq!(
        refusal(survey(today, 10, -2, 0, 0)),
        SurveyError::NegativeCount
    );
    assert_eq!(
        refusal(survey(today, 100_001, 0, 0, 0)),
        SurveyError::TooManyHouseholds
    );
    assert_eq!(
        refusal(survey(today, 0, 0, 0, 0)),
        SurveyError::NoHouseholds
    );
    assert_eq!(
        refusal(survey(today + Duration::days(1), 10, 1, 1, 1)),
        SurveyError::DateInFuture { latest: today }
    );
    assert_eq!(
        refusal(survey(day(2019, 12, 31), 10, 1, 1, 1)),
        SurveyError::DateBeforePlan
    );
    let other = SurveyState {
        method: SurveyMethod::Other,
        ..survey(today, 10, 1, 1, 1)
    };
    assert_eq!(refusal(other.clone()), SurveyError::MethodNoteRequired);
    let described = SurveyState {
        method_note: "  议事会现场投票 ".into(),
        ..other
    };
    assert_eq!(
        described.validated(today).unwrap().method_note,
        "议事会现场投票"
    );
    // Fewer answers than households asked is normal (some did not answer).
    assert!(survey(today, 100_000, 50_000, 0, 0)
        .validated(today)
        .is_ok());
}

#[test]
fn an_unknown_method_is_not_read() {
    let json = r#"{"date":"2026-11-20","method":"carrier_pigeon","households":10,"satisfied":1,"fairly_satisfied":1,"dissatisfied":1}"#;
    assert!(serde_json::from_str::<SurveyState>(json).is_err());
    assert_eq!(
        SurveyMethod::parse("phone_callback"),
        Some(SurveyMethod::PhoneCallback)
    );
    assert_eq!(SurveyMethod::parse("carrier_pigeon"), None);
}

#[test]
fn the_rate_is_satisfied_and_fairly_satisfied_over_households_asked_in_the_year() {
    let surveys = [
        survey(day(2026, 3, 1), 100, 50, 25, 20),
        SurveyState {
            method: SurveyMethod::PhoneCallback,
            ..survey(day(2026, 11, 2), 50, 20, 10, 20)
        },
        // Another year, and one dated after the day asked about.
        survey(day(2025, 6, 1), 500, 0, 0, 500),
        survey(day(2026, 12, 1), 500, 500, 0, 0),
    ];
    let figure = satisfaction_of(&surveys, 2026, day(2026, 11, 30));
    assert_eq!(figure.surveys, 2);
    assert_eq!(figure.households, 150);
    assert_eq!((figure.satisfied, figure.fairly_satisfied), (70, 35));
    // 105 of 150 asked; the 5 who did not answer count against the rate.
    assert!((figure.rate().unwrap() - 0.7).abs() < 1e-12);
    assert_eq!(
        figure.methods,
        [SurveyMethod::DoorToDoor, SurveyMethod::PhoneCallback]
    );
    assert_eq!(figure.dates, Some((day(2026, 3, 1), day(2026, 11, 2))));
    // Said with what it counts, in both languages.
    let zh = danzhou_green_community::i18n::residents_texts_for(Lang::ZhCn);
    assert_eq!(
        zh.figure(&figure),
        "满意率 70%（2026 年 2 次调查，共调查 150 户；入户走访、电话回访；2026-03-01 至 2026-11-02）"
    );
    let en = danzhou_green_community::i18n::residents_texts_for(Lang::En);
    assert_eq!(
        en.figure(&figure),
        "Satisfaction rate 70% (2026: 2 surveys, 150 households asked; Door-to-door visits, Phone callbacks; 2026-03-01 to 2026-11-02)"
    );
    let none = satisfaction_of(&surveys, 2024, day(2024, 12, 31));
    assert_eq!(none, SatisfactionFigure::none(2024));
    assert_eq!(none.rate(), None);
}

fn line(share: f64, households: i64) -> Plan {
    let base = plan::embedded();
    let mut rules = ScoringRules::from_plan(&base, day(2026, 12, 1));
    rules.version = 1;
    rules.satisfaction = Some(SatisfactionLine {
        min_share: share,
        min_households: households,
    });
    rules.check(&base).expect("a good line");
    base.with_rules(&rules)
}

/// Every item 达标: only the line can stand in the way.
fn all_met(plan: &Plan) -> HashMap<danzhou_green_community::ids::ItemId, Rating> {
    plan.items()
        .map(|(_, item)| (item.id.clone(), Rating::Met))
        .collect()
}

fn shortfall(plan: &Plan, figure: &SatisfactionFigure) -> Option<NotYetReason> {
    match verdict(plan, &all_met(plan), figure) {
        Verdict::Meets => None,
        Verdict::NotYet(mut reasons) => {
            assert_eq!(reasons.len(), 1);
            reasons.pop()
        }
    }
}

#[test]
fn the_offices_line_is_a_gate_like_a_veto_item() {
    let plan = line(0.8, 100);
    let at = |households, positive| {
        satisfaction_of(
            &[survey(day(2026, 11, 20), households, positive, 0, 0)],
            2026,
            day(2026, 12, 7),
        )
    };
    // 80 of 100: on the line, meets.
    assert_eq!(shortfall(&plan, &at(100, 80)), None);
    // 75%: below.
    let below = shortfall(&plan, &at(120, 90)).expect("below the line");
    let zh = texts_for(Lang::ZhCn);
    assert_eq!(
        zh.not_yet_reason(&below),
        "居民满意率 75%，低于市办公室要求的 80%。"
    );
    // 90% of 60 households: too few asked.
    let few = shortfall(&plan, &at(60, 54)).expect("too few households");
    assert!(zh
        .not_yet_reason(&few)
        .contains("少于市办公室要求的 100 户"));
    // No survey at all.
    let none = shortfall(&plan, &SatisfactionFigure::none(2026)).expect("no survey");
    assert!(zh
        .not_yet_reason(&none)
        .starts_with("没有 2026 年的居民满意度调查"));
    // Without a line nothing is asked of surveys.
    let defaults = plan::embedded();
    assert_eq!(
        verdict(
            &defaults,
            &all_met(&defaults),
            &SatisfactionFigure::none(2026)
        ),
        Verdict::Meets
    );
}

#[test]
fn a_line_out_of_range_is_refused_and_a_file_without_one_reads_as_before() {
    let base = plan::embedded();
    let mut rules = ScoringRules::from_plan(&base, day(2026, 12, 1));
    rules.version = 1;
    for (share, households) in [(0.0, 100), (1.2, 100), (0.8, 0), (0.8, 100_001)] {
        rules.satisfaction = Some(SatisfactionLine {
            min_share: share,
            min_households: households,
        });
        assert_eq!(
            rules.check(&base),
            Err(plan::RulesError::SatisfactionLine),
            "{share} {households}"
        );
    }
    rules.satisfaction = None;
    let text = serde_json::to_string(&rules).unwrap();
    assert!(!text.contains("satisfaction"), "no line, no member: {text}");
}

#[test]
fn a_survey_is_a_record_with_history_and_undo() {
    let mut ws = workspace_with_community();
    let item = plan::embedded().satisfaction_item().unwrap().id.clone();
    assert_eq!(item.as_str(), "a1-03");
    let c1 = "c1".into();
    let today = day(2026, 11, 28);
    let first = survey(day(2026, 11, 20), 120, 60, 30, 30);
    let change = ws
        .survey_change(
            &c1,
            &item,
            &"s1".into(),
            Some(first.clone()),
            today,
            stamp("x1", 1),
        )
        .unwrap()
        .unwrap();
    ws.apply_change(change);
    let corrected = survey(day(2026, 11, 20), 120, 70, 20, 30);
    let change = ws
        .survey_change(
            &c1,
            &item,
            &"s1".into(),
            Some(corrected.clone()),
            today,
            stamp("x2", 2),
        )
        .unwrap()
        .unwrap();
    ws.apply_change(change);
    // A refused survey changes nothing.
    let refused = ws.survey_change(
        &c1,
        &item,
        &"s1".into(),
        Some(survey(day(2026, 11, 20), 10, 20, 0, 0)),
        today,
        stamp("x3", 3),
    );
    assert!(refused.is_err());
    assert_eq!(ws.surveys_of(&c1)[0].state, corrected);
    // A result on the same item is not undone by the survey's undo.
    common::rate(&mut ws, "a1-03", Rating::Met, "x4", 4);
    let undo = ws.undo_last_survey(&c1, &item, stamp("x5", 5)).unwrap();
    ws.apply_change(undo);
    assert_eq!(ws.surveys_of(&c1)[0].state, first);
    assert_eq!(ws.rating(&c1, &item), Rating::Met);
    let history: Vec<String> = ws
        .history(&c1, &item)
        .iter()
        .map(|c| texts_for(Lang::ZhCn).describe_change(c))
        .collect();
    assert_eq!(history[0], "记录满意度调查：2026-11-20");
    assert_eq!(history[1], "修改满意度调查：2026-11-20");
    assert!(history[3].contains("修改满意度调查"));
    // Deleted, then the delete undone.
    let delete = ws
        .survey_change(&c1, &item, &"s1".into(), None, today, stamp("x6", 6))
        .unwrap()
        .unwrap();
    ws.apply_change(delete);
    assert!(ws.surveys_of(&c1).is_empty());
    let undo = ws.undo_last_survey(&c1, &item, stamp("x7", 7)).unwrap();
    ws.apply_change(undo);
    assert_eq!(ws.surveys_of(&c1).len(), 1);
    assert_eq!(ws.satisfaction(&c1, 2026, today).households, 120);
}

#[test]
fn a_survey_change_reads_back_as_written() {
    let mut ws = workspace_with_community();
    let item = "a1-03".into();
    let change = ws
        .survey_change(
            &"c1".into(),
            &item,
            &"s1".into(),
            Some(survey(day(2026, 11, 20), 120, 60, 30, 30)),
            day(2026, 11, 28),
            stamp("x1", 1),
        )
        .unwrap()
        .unwrap();
    let text = serde_json::to_string(&change).unwrap();
    assert!(text.contains(r#""field":"survey""#), "{text}");
    let back: danzhou_green_community::assessment::Change = serde_json::from_str(&text).unwrap();
    assert_eq!(back, change);
    ws.apply_change(back);
}

fn answer(n: u32, seconds: i64) -> PollAnswer {
    PollAnswer {
        id: format!("p{n}").into(),
        community_id: "c1".into(),
        device_id: "kiosk".into(),
        at: t(seconds),
        choice: PollChoice::ALL[n as usize % 3],
    }
}

#[test]
fn a_screen_tapped_a_hundred_times_in_a_minute_keeps_what_the_interval_allows() {
    let mut kept: Vec<PollAnswer> = Vec::new();
    for tap in 0..100u32 {
        let at = t(0) + Duration::milliseconds(600 * tap as i64);
        if may_answer(&kept, &"c1".into(), &"kiosk".into(), at) {
            kept.push(PollAnswer {
                at,
                ..answer(tap, 0)
            });
        }
    }
    assert_eq!(kept.len(), (60 / POLL_INTERVAL_SECONDS) as usize);
    // Another screen, or another community, is not held back.
    assert!(may_answer(&kept, &"c1".into(), &"kiosk-2".into(), t(1)));
    assert!(may_answer(&kept, &"c2".into(), &"kiosk".into(), t(1)));
}

#[test]
fn poll_answers_are_counted_per_day_and_never_added_to_the_rate() {
    // Beijing days: 08:00 UTC is 16:00 in Beijing; 18:00 UTC the next day.
    let answers = vec![answer(0, 0), answer(1, 60), answer(2, 10 * 3600 + 60)];
    let tally = PollTally::of(&answers, &["c1".into()], 2026);
    assert_eq!(tally.total(), 3);
    assert_eq!(
        (tally.satisfied, tally.fairly_satisfied, tally.dissatisfied),
        (1, 1, 1)
    );
    assert_eq!(tally.days.len(), 2);
    assert_eq!(PollTally::of(&answers, &["c2".into()], 2026).total(), 0);
    let by = PollTally::by_community(&answers, 2026);
    assert_eq!(
        by[&danzhou_green_community::ids::CommunityId::from("c1")],
        tally
    );
    let zh = danzhou_green_community::i18n::residents_texts_for(Lang::ZhCn);
    let line = zh.poll(&tally);
    assert!(
        line.starts_with("3 次（满意 1、基本满意 1、不满意 1），2 天内"),
        "{line}"
    );
    assert!(line.contains("不是抽样调查，不计入满意率"));
    let en = danzhou_green_community::i18n::residents_texts_for(Lang::En).poll(&PollTally::of(
        &answers[..1],
        &["c1".into()],
        2026,
    ));
    assert!(en.starts_with("1 answer (1 satisfied,"), "{en}");
    assert!(en.contains("over 1 day;"), "{en}");
}
