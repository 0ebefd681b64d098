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
        poll: false,
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
fn slides_with_nothing_to_show_are_left_out() {
    use danzhou_green_community::kiosk::Slide;
    let plan = plan::embedded();
    let ws = workspace_with_community();
    let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 1), None).unwrap();
    let all = [
        Slide::Verdict,
        Slide::Areas,
        Slide::Recent,
        Slide::Actions,
        Slide::Goal,
        Slide::Message,
    ];
    assert_eq!(
        data.slides(true, false),
        all,
        "no photo marked: no before and after"
    );
    assert_eq!(
        data.slides(false, false),
        all[..5],
        "a plan without messages"
    );
    assert_eq!(
        data.slides(true, true)[5..],
        [Slide::Poll, Slide::Residents, Slide::Message],
        "the residents' poll and what they said, where the committee turned it on"
    );
    let (ws, _) = finished_action_with_photos(true, true);
    let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 1), None).unwrap();
    assert_eq!(data.slides(true, false)[2], Slide::BeforeAfter);
}

fn photo(n: u8, taken_at: i64) -> danzhou_green_community::assessment::PhotoRef {
    common::photo_ref(n, &format!("照片 {n}"), taken_at)
}

/// 东风社区 with item a2-05 达标 after a finished action: a photo taken
/// before the action was raised and one after, each marked for the display
/// or not.
fn finished_action_with_photos(show_before: bool, show_after: bool) -> (Workspace, [String; 2]) {
    let plan = plan::embedded();
    let mut ws = workspace_with_community();
    let item = "a2-05".into();
    let units = &plan.areas[1].responsible_units;
    let (before, after) = (photo(1, 1), photo(2, 30));
    let add = |ws: &mut Workspace, p: &danzhou_green_community::assessment::PhotoRef| {
        let at = p.taken_at.timestamp() - common::t(0).timestamp();
        let change = ws.photo_added(&"c1".into(), &item, p.clone(), stamp(&p.caption, at));
        ws.apply_change(change.unwrap().unwrap());
    };
    add(&mut ws, &before);
    let mut state = ActionState {
        description: "清理楼道杂物".into(),
        responsible: Responsible::Unit("市住建局".into()),
        due: day(2026, 12, 1),
        done: false,
    };
    let raised = ws.action_change(
        &"c1".into(),
        &item,
        &"x1".into(),
        Some(state.clone()),
        units,
        stamp("a1", 10),
    );
    ws.apply_change(raised.unwrap().unwrap());
    add(&mut ws, &after);
    state.done = true;
    let done = ws.action_change(
        &"c1".into(),
        &item,
        &"x1".into(),
        Some(state),
        units,
        stamp("a2", 40),
    );
    ws.apply_change(done.unwrap().unwrap());
    rate(&mut ws, "a2-05", Rating::Met, "r1", 41);
    for (n, p, shown) in [(1, &before, show_before), (2, &after, show_after)] {
        if let Some(change) = ws.photo_display_change(
            &"c1".into(),
            &item,
            &p.hash,
            shown,
            stamp(&format!("d{n}"), 50 + n),
        ) {
            ws.apply_change(change);
        }
    }
    (ws, [before.hash, after.hash])
}

#[test]
fn only_photos_marked_for_the_display_are_shown_before_and_after() {
    let plan = plan::embedded();
    let show = |before, after| {
        let (ws, hashes) = finished_action_with_photos(before, after);
        let data = kiosk_slides(&plan, &ws, &"c1".into(), day(2026, 12, 1), None).unwrap();
        (data, hashes)
    };
    let (data, _) = show(false, false);
    assert!(data.before_after.is_empty());
    assert_eq!(data.recent[0].number, "2.5");
    assert_eq!(data.recent[0].photo, None, "an unmarked photo never shows");

    let (data, [_, after]) = show(false, true);
    assert_eq!(data.before_after.len(), 1);
    assert_eq!(data.before_after[0].action, "清理楼道杂物");
    assert_eq!(data.before_after[0].after.hash, after);
    assert_eq!(data.before_after[0].before, None);
    assert_eq!(data.recent[0].photo.as_ref().map(|p| &p.hash), Some(&after));

    let (data, [before, after]) = show(true, true);
    assert_eq!(
        data.before_after[0].before.as_ref().map(|p| &p.hash),
        Some(&before)
    );
    assert_eq!(data.before_after[0].after.hash, after);

    // Only a photo before: nothing shows the action finished.
    let (data, _) = show(true, false);
    assert!(data.before_after.is_empty());
}

#[test]
fn a_display_mark_is_undone_like_any_change() {
    let (mut ws, [_, after]) = finished_action_with_photos(false, true);
    assert!(ws
        .item_state(&"c1".into(), &"a2-05".into())
        .on_display
        .contains(&after));
    let undo = ws.undo_last(&"c1".into(), &"a2-05".into(), stamp("u1", 60));
    ws.apply_change(undo.unwrap());
    assert!(ws
        .item_state(&"c1".into(), &"a2-05".into())
        .on_display
        .is_empty());
}

#[test]
fn a_display_set_up_for_a_community_since_merged_shows_the_one_kept() {
    use danzhou_green_community::community::{Community, CommunityMerge};
    let plan = plan::embedded();
    let mut ws = workspace_with_community();
    rate(&mut ws, "a1-01", Rating::Met, "r1", 1);
    ws.put_community(Community {
        id: "c2".into(),
        name: "东风社区居委会".into(),
        created_at: common::t(2),
        updated_at: common::t(2),
    });
    ws.insert_community_merge(CommunityMerge {
        id: "m1".into(),
        from: "c2".into(),
        into: "c1".into(),
        at: common::t(3),
        device_id: "office".into(),
        author: String::new(),
        undone_at: None,
    });
    let data = kiosk_slides(&plan, &ws, &"c2".into(), day(2026, 12, 8), None).unwrap();
    assert_eq!(data.community_name, "东风社区");
    assert_eq!(data.overall.assessed, 1);
}
