//! The kiosk: its PIN, and what its slides show (and never show).

mod common;

use common::{day, rate, stamp, workspace_with_community};
use danzhou_green_community::assessment::{ActionState, Rating, Responsible};
use danzhou_green_community::city::{CitySetup, Roster, RosterEntry};
use danzhou_green_community::kiosk::{
    check_pin, hash_pin, kiosk_slides, validate_pin, CityLine, KioskConfig, PinError,
};
use danzhou_green_community::office::office_summary;
use danzhou_green_community::plan;
use danzhou_green_community::workspace::Workspace;

#[test]
fn a_pin_is_four_to_eight_digits() {
    assert_eq!(validate_pin("1234"), Ok(()));
    assert_eq!(validate_pin(" 12345678 "), Ok(()));
    assert_eq!(validate_pin("123"), Err(PinError::Format));
    assert_eq!(validate_pin("123456789"), Err(PinError::Format));
    assert_eq!(validate_pin("12a4"), Err(PinError::Format));
    assert_eq!(
        validate_pin("１２３４"),
        Err(PinError::Format),
        "full-width digits"
    );
}

#[test]
fn only_the_chosen_pin_unlocks_and_it_is_not_stored() {
    let config = KioskConfig {
        community_id: "c1".into(),
        pin_hash: hash_pin("device-a", "2468"),
        seconds_per_slide: 12,
    };
    assert!(!config.pin_hash.contains("2468"));
    assert_eq!(check_pin(&config, "device-a", "2468"), Ok(()));
    assert_eq!(check_pin(&config, "device-a", "1357"), Err(PinError::Wrong));
    assert_eq!(check_pin(&config, "device-b", "2468"), Err(PinError::Wrong));
    assert_eq!(check_pin(&config, "device-a", "24"), Err(PinError::Format));
}

#[test]
fn slides_show_progress_recent_results_and_open_actions() {
    let plan = plan::embedded();
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 1);
    rate(&mut ws, "a2-05", Rating::Met, "r2", 5);
    rate(&mut ws, "a3-01", Rating::Met, "r3", 3);
    rate(&mut ws, "a4-01", Rating::Met, "r4", 4);
    rate(&mut ws, "a3-01", Rating::NotMet, "r5", 6);
    for (i, due) in [(1, 20), (2, 10), (3, 30), (4, 5), (5, 25), (6, 1)] {
        let state = ActionState {
            description: format!("整改 {i}"),
            responsible: Responsible::Unit("市住建局".into()),
            due: day(2026, 12, due),
            done: false,
        };
        let change = ws
            .action_change(
                &"c1".into(),
                &"a2-05".into(),
                &format!("x{i}").into(),
                Some(state),
                &plan.areas[1].responsible_units,
                stamp(&format!("s{i}"), 10 + i),
            )
            .unwrap();
        ws.apply_change(change.unwrap());
    }

    let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 8), None).unwrap();
    assert_eq!(data.community_name, "东风社区");
    assert!(!data.meets);
    assert_eq!(data.overall.assessed, 4);
    assert_eq!(data.areas.len(), 5);
    assert_eq!(data.areas[0].progress.met, 1);
    let recent: Vec<&str> = data.recent.iter().map(|r| r.number.as_str()).collect();
    assert_eq!(
        recent,
        ["2.5", "4.1", "1.1"],
        "most recent 达标 first; 3.1 is no longer 达标"
    );
    assert_eq!(data.open_action_count, 6);
    let dues: Vec<u32> = data
        .open_actions
        .iter()
        .map(|a| chrono::Datelike::day(&a.due))
        .collect();
    assert_eq!(dues, [1, 5, 10, 20, 25], "five, soonest first");
    assert!(data.open_actions[0].overdue && data.open_actions[1].overdue);
    assert!(!data.open_actions[2].overdue);
}

#[test]
fn slides_never_carry_a_persons_name() {
    let plan = plan::embedded();
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 1);
    let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 8), None).unwrap();
    assert!(ws.changes_in_order()[0].author == "王芳");
    assert!(!format!("{data:?}").contains("王芳"));
}

#[test]
fn an_unknown_community_has_no_slides() {
    let plan = plan::embedded();
    let ws = workspace_with_community();
    assert!(kiosk_slides(&plan, &ws, &"nope".into(), day(2026, 12, 8), None).is_none());
}

#[test]
fn the_city_line_appears_once_other_communities_are_known() {
    let plan = plan::embedded();
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 1);
    let city_setup = CitySetup {
        roster: Roster {
            entries: (1..=10)
                .map(|n| {
                    let mut entry = RosterEntry::named(&format!("社区{n}"));
                    if n == 1 {
                        entry.name = "东风社区".into();
                        entry.joined_on = Some(day(2020, 9, 1));
                    }
                    entry
                })
                .collect(),
        },
        ..CitySetup::default()
    };
    let city_of = |ws: &Workspace| {
        CityLine::of(&office_summary(
            &ws.records,
            &plan,
            &city_setup,
            day(2026, 12, 8),
        ))
    };
    assert_eq!(
        city_of(&ws),
        None,
        "one community says nothing about the city"
    );

    let other = ws
        .new_community("兰洋社区", "c2".into(), common::t(2))
        .unwrap();
    ws.put_community(other);
    let city = city_of(&ws).expect("city progress");
    let data = kiosk_slides(
        &plan,
        &ws,
        &"c1".into(),
        day(2026, 12, 8),
        Some(city.clone()),
    )
    .unwrap();
    assert_eq!(data.city.as_ref(), Some(&city));
    assert_eq!(city.known, 2);
    assert_eq!(city.totals.in_scope, 10);
    assert_eq!(city.totals.taking_part, 1);
    assert_eq!(city.totals.meeting, 0);
    assert_eq!(city.totals.target_share, 0.7);
}

#[test]
fn there_is_one_slide_per_area_of_the_plan() {
    use danzhou_green_community::kiosk::Slide;
    let mut plan = plan::embedded();
    let ws = workspace_with_community();
    let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 1), None).unwrap();
    let slides = data.slides();
    assert_eq!(slides.first(), Some(&Slide::Verdict));
    assert_eq!(slides.last(), Some(&Slide::Goal));
    let areas: Vec<usize> = slides
        .iter()
        .filter_map(|s| match s {
            Slide::Area(i) => Some(*i),
            _ => None,
        })
        .collect();
    assert_eq!(areas, (0..plan.areas.len()).collect::<Vec<_>>());
    // A plan with two areas gets two area slides, and no slide past them.
    plan.areas.truncate(2);
    let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 1), None).unwrap();
    assert_eq!(
        data.slides(),
        vec![
            Slide::Verdict,
            Slide::Area(0),
            Slide::Area(1),
            Slide::Recent,
            Slide::Actions,
            Slide::Goal
        ]
    );
}
