//! The city figures by the step they count: 达到创建要求 by the
//! self-assessment, by a passed 复核 or by naming differ as the records say;
//! the year's funnel counts each step within the one before; per area, the
//! self-assessed score beside the reviewed one.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use danzhou_green_community::assessment::Rating;
use danzhou_green_community::city::{
    CityDefinitions, CitySetup, Meeting, Roster, RosterEntry, TakingPart,
};
use danzhou_green_community::evaluation::{
    Conclusion, Finding, Naming, Publicity, Review, Stage, Submission,
};
use danzhou_green_community::ids::{CommunityId, SubmissionId};
use danzhou_green_community::office::{area_gaps, office_summary, Funnel};
use danzhou_green_community::plan::embedded;
use danzhou_green_community::workspace::Workspace;

const NAMES: [&str; 4] = ["东风社区", "西湖社区", "南门社区", "北岭社区"];

/// Four communities that all meet the requirements by their own word;
/// the first three submitted, two were reviewed (one passed, one
/// returned), and the passed one is named.
fn city() -> Workspace {
    let plan = embedded();
    let mut ws = Workspace::new("office".into(), vec![], vec![]);
    for (n, name) in NAMES.iter().enumerate() {
        let id = CommunityId::from(format!("c{n}").as_str());
        let community = ws.new_community(name, id.clone(), t(0)).unwrap();
        ws.put_community(community);
        for (i, item) in plan.item_ids().into_iter().enumerate() {
            let change = ws
                .result_change(&id, item, Rating::Met, None, stamp(&format!("r{n}-{i}"), 1))
                .unwrap();
            apply(&mut ws, change);
        }
    }
    for n in 0..3 {
        let id = CommunityId::from(format!("c{n}").as_str());
        let submission = Submission::of(
            ws.records.item_states(&id),
            &id,
            2026,
            "王芳",
            (
                SubmissionId::from(format!("s{n}").as_str()),
                "phone".into(),
                t(10),
            ),
        );
        ws.records.evaluation.submissions.push(submission);
    }
    let mut returned = review(
        "s1",
        "c1",
        Conclusion::Return {
            items: vec!["a1-01".into()],
        },
    );
    returned.findings.insert(
        "a1-01".into(),
        Finding {
            rating: Some(Rating::NotMet),
            note: "台账不全".into(),
            photos: vec![],
        },
    );
    ws.records.evaluation.reviews = vec![review("s0", "c0", Conclusion::Pass), returned];
    ws.records.evaluation.publicities.push(Publicity {
        id: "p1".into(),
        year: 2026,
        starts_on: day(2026, 12, 1),
        ends_on: day(2026, 12, 7),
        contact: "23887585".into(),
        communities: vec!["c0".into()],
        made_at: t(50),
        device_id: "office".into(),
    });
    ws.records.evaluation.namings.push(Naming {
        id: "n1".into(),
        publicity_id: "p1".into(),
        named_on: day(2026, 12, 10),
        document_number: "儋绿创办〔2026〕3号".into(),
        communities: vec!["c0".into()],
        made_at: t(60),
        device_id: "office".into(),
    });
    ws
}

fn review(submission: &str, community: &str, conclusion: Conclusion) -> Review {
    Review {
        id: format!("v-{submission}").as_str().into(),
        submission_id: submission.into(),
        community_id: community.into(),
        stage: Stage::Final,
        reviewers: vec!["李明".into()],
        reviewed_on: day(2026, 11, 30),
        made_at: t(40),
        device_id: "office".into(),
        findings: BTreeMap::new(),
        conclusion,
        settles: vec![],
    }
}

fn setup(meeting: Meeting) -> CitySetup {
    CitySetup {
        roster: Roster {
            entries: NAMES.iter().map(|n| RosterEntry::named(n)).collect(),
        },
        definitions: CityDefinitions {
            meeting,
            ..CityDefinitions::default()
        },
        ..CitySetup::default()
    }
}

#[test]
fn the_city_figure_counts_the_step_the_office_chooses() {
    let ws = city();
    let meeting = |step| {
        office_summary(&ws.records, &embedded(), &setup(step), day(2026, 12, 20))
            .totals
            .meeting
    };
    assert_eq!(
        meeting(Meeting::VerdictByScoring),
        4,
        "every self-assessment meets"
    );
    assert_eq!(meeting(Meeting::ReviewPassed), 1, "one 复核 passed");
    assert_eq!(meeting(Meeting::Named), 1, "one named");
}

#[test]
fn the_offices_satisfaction_line_counts_in_the_verdict_and_a_passed_review() {
    use danzhou_green_community::assessment::{SurveyMethod, SurveyState};
    use danzhou_green_community::plan::{SatisfactionLine, ScoringRules};
    let mut ws = city();
    let base = embedded();
    let mut rules = ScoringRules::from_plan(&base, day(2026, 12, 1));
    rules.version = 1;
    rules.satisfaction = Some(SatisfactionLine {
        min_share: 0.8,
        min_households: 100,
    });
    let plan = base.with_rules(&rules);
    let meeting = |ws: &Workspace, step| {
        office_summary(&ws.records, &plan, &setup(step), day(2026, 12, 20))
            .totals
            .meeting
    };
    assert_eq!(meeting(&ws, Meeting::VerdictByScoring), 0, "no survey yet");
    assert_eq!(meeting(&ws, Meeting::ReviewPassed), 0, "passed, no survey");
    let passed = ws
        .records
        .evaluation
        .reviews
        .iter()
        .find(|r| r.conclusion == Conclusion::Pass)
        .map(|r| r.community_id.clone())
        .unwrap();
    let survey = SurveyState {
        date: day(2026, 11, 20),
        method: SurveyMethod::DoorToDoor,
        method_note: String::new(),
        households: 120,
        satisfied: 90,
        fairly_satisfied: 10,
        dissatisfied: 20,
        photos: vec![],
    };
    let change = ws
        .survey_change(
            &passed,
            &"a1-03".into(),
            &"sv1".into(),
            Some(survey),
            day(2026, 12, 20),
            stamp("sv1", 5),
        )
        .unwrap()
        .unwrap();
    ws.apply_change(change);
    assert_eq!(meeting(&ws, Meeting::VerdictByScoring), 1, "83% of 120");
    assert_eq!(meeting(&ws, Meeting::ReviewPassed), 1);
}

#[test]
fn a_newer_submission_not_yet_reviewed_no_longer_counts_as_passed() {
    let mut ws = city();
    let id = CommunityId::from("c0");
    let newer = Submission::of(
        ws.records.item_states(&id),
        &id,
        2026,
        "王芳",
        ("s0-again".into(), "phone".into(), t(70)),
    );
    ws.records.evaluation.submissions.push(newer);
    let totals = office_summary(
        &ws.records,
        &embedded(),
        &setup(Meeting::ReviewPassed),
        day(2026, 12, 20),
    )
    .totals;
    assert_eq!(totals.meeting, 0);
}

#[test]
fn the_funnel_counts_each_step_within_the_one_before() {
    let ws = city();
    let mut city = setup(Meeting::VerdictByScoring);
    city.definitions.taking_part = TakingPart::AnyItemAssessed;
    let totals = office_summary(&ws.records, &embedded(), &city, day(2026, 12, 20)).totals;
    let funnel = Funnel::of(&ws.records, &city, &totals, 2026);
    assert_eq!(
        (
            funnel.in_scope,
            funnel.taking_part,
            funnel.submitted,
            funnel.reviewed,
            funnel.passed,
            funnel.named
        ),
        (4, 4, 3, 2, 1, 1)
    );
    let next_year = Funnel::of(&ws.records, &city, &totals, 2027);
    assert_eq!((next_year.submitted, next_year.named), (0, 0));
}

#[test]
fn the_areas_show_where_self_assessments_are_most_optimistic() {
    let ws = city();
    let gaps = area_gaps(&ws.records, &embedded(), 2026);
    assert_eq!(gaps.len(), embedded().areas.len());
    // Two reviewed submissions; the returned one lost an item of the first area.
    assert_eq!(gaps[0].communities, 2);
    assert!(gaps[0].gap() > 0.0, "{:?}", gaps[0]);
    assert!(gaps[1..].iter().all(|g| g.gap().abs() < 1e-9));
    assert!(area_gaps(&ws.records, &embedded(), 2025).is_empty());
}
