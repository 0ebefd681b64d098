//! The city office's overview: one row per community, the city against the
//! 70% target, failures per area and item, and per responsible unit; and
//! the table as CSV.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::assessment::{Rating, Responsible, Verdict};
use danzhou_green_community::city::{
    CityDefinitions, CitySetup, Meeting, Roster, RosterEntry, TakingPart,
};
use danzhou_green_community::exchange::entered_here;
use danzhou_green_community::i18n::{texts_for, Lang};
use danzhou_green_community::ids::DeviceId;
use danzhou_green_community::office::{
    city_summaries, csv_line, office_summary, office_summary_of, to_csv, unit_summaries,
    CommunitySummary, OfficeSummary, SUMMARY_VERSION,
};
use danzhou_green_community::records::{merge, Records};
use danzhou_green_community::workspace::Workspace;
use exchange_support::*;

fn rate(ws: &mut Workspace, community: &str, item: &str, rating: Rating, id: &str, at: i64) {
    let change = ws.result_change(&community.into(), &item.into(), rating, None, stamp(id, at));
    apply(ws, change.unwrap());
}

/// 西风社区 (c2): every item 达标.
fn all_met() -> Records {
    let mut ws = Workspace::new("phone-c2".into(), vec![], vec![]);
    let community = ws.new_community("西风社区", "c2".into(), t(0)).unwrap();
    ws.put_community(community);
    for (n, item) in plan().item_ids().into_iter().enumerate() {
        rate(
            &mut ws,
            "c2",
            item,
            Rating::Met,
            &format!("c2-{n}"),
            n as i64 + 1,
        );
    }
    ws.records.clone()
}

/// 南风社区 (c3): a1-01 未达标, a2-01 部分达标, an overdue action on a2-02,
/// an inspection, and a note edited on two phones at once.
fn behind() -> Records {
    let mut ws = Workspace::new("phone-c3".into(), vec![], vec![]);
    let community = ws.new_community("南风社区", "c3".into(), t(0)).unwrap();
    ws.put_community(community);
    let inspection = ws
        .new_inspection(
            &"c3".into(),
            day(2026, 11, 20),
            &["李明"],
            "c3-insp".into(),
            t(1),
        )
        .unwrap();
    ws.put_inspection(inspection);
    rate(&mut ws, "c3", "a1-01", Rating::NotMet, "c3-1", 2);
    rate(&mut ws, "c3", "a2-01", Rating::Partial, "c3-2", 3);
    let units = plan().areas[1].responsible_units.clone();
    let late = action("疏通下水道", day(2026, 11, 1), false);
    let change = ws.action_change(
        &"c3".into(),
        &"a2-02".into(),
        &"c3-act".into(),
        Some(late),
        &units,
        stamp("c3-3", 4),
    );
    apply(&mut ws, change.unwrap());
    let mut other = ws.clone();
    other.device_id = "phone-c3b".into();
    let change = ws.note_change(&"c3".into(), &"a1-05".into(), "甲", stamp("c3-4", 5));
    apply(&mut ws, change.unwrap());
    let change = other.note_change(&"c3".into(), &"a1-05".into(), "乙", stamp("c3-5", 6));
    apply(&mut other, change.unwrap());
    merge(&ws.records.clone(), &other.records.clone())
}

/// A roster of 10 communities in scope, the three imported ones among
/// them (东风社区 with full-width spaces around it, as input methods type), and
/// one out of scope; "taking part" counted from the results.
fn roster_of_ten() -> CitySetup {
    let mut entries: Vec<RosterEntry> = ["\u{3000}东风社区\u{3000}", "南风社区", "西风社区"]
        .into_iter()
        .chain((4..=10).map(|n| Box::leak(format!("社区{n}").into_boxed_str()) as &str))
        .map(RosterEntry::named)
        .collect();
    let mut outside = RosterEntry::named("城外社区");
    outside.in_scope = false;
    entries.push(outside);
    CitySetup {
        roster: Roster { entries },
        definitions: CityDefinitions {
            taking_part: TakingPart::AnyItemAssessed,
            meeting: Meeting::VerdictByScoring,
        },
        unit_plans: Default::default(),
        narratives: Default::default(),
        scoring: None,
        updated_at: None,
    }
}

fn three_communities() -> Records {
    let mut dataset = imported(&Records::default(), &phone_export(true));
    dataset.absorb(&all_met());
    dataset.absorb(&behind());
    dataset
}

fn office() -> OfficeSummary {
    office_summary(
        &three_communities(),
        &plan(),
        &roster_of_ten(),
        day(2026, 12, 1),
    )
}

#[test]
fn one_row_per_community_by_name() {
    let summary = office();
    let names: Vec<&str> = summary.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["东风社区", "南风社区", "西风社区"]);

    let dongfeng = &summary.rows[0];
    assert_eq!(
        (dongfeng.progress.assessed, dongfeng.progress.applicable),
        (1, 36)
    );
    assert!((dongfeng.score_share.unwrap() - 1.0 / 36.0).abs() < 1e-9);
    assert!(matches!(dongfeng.verdict, Verdict::NotYet(_)));
    assert_eq!(dongfeng.last_inspection, Some(day(2026, 11, 28)));
    assert_eq!(dongfeng.last_exported_at, Some(t(100)));
    assert_eq!((dongfeng.open_actions, dongfeng.overdue_actions), (1, 0));
    assert_eq!(dongfeng.open_conflicts, 0);

    let nanfeng = &summary.rows[1];
    assert_eq!(nanfeng.last_inspection, Some(day(2026, 11, 20)));
    assert_eq!(nanfeng.last_exported_at, None);
    assert_eq!(nanfeng.open_conflicts, 1);
    assert_eq!((nanfeng.open_actions, nanfeng.overdue_actions), (1, 1));

    let xifeng = &summary.rows[2];
    assert_eq!(xifeng.verdict, Verdict::Meets);
    assert_eq!(xifeng.score_share, Some(1.0));
}

#[test]
fn city_totals_against_the_target() {
    let totals = office().totals;
    assert_eq!(
        (totals.in_scope, totals.taking_part, totals.meeting),
        (10, 3, 1)
    );
    assert_eq!(totals.taking_part_share, Some(0.3));
    assert_eq!(totals.meeting_share, Some(0.1));
    assert_eq!((totals.target_share, totals.target_year), (0.7, 2022));
    assert_eq!(totals.not_on_roster, 0);
    let none = office_summary(
        &Records::default(),
        &plan(),
        &CitySetup::default(),
        day(2026, 12, 1),
    )
    .totals;
    assert_eq!((none.taking_part_share, none.meeting_share), (None, None));
}

/// By default a community takes part when the roster says it joined, not
/// when it has results; meeting can also require taking part.
#[test]
fn the_definitions_decide_what_is_counted() {
    let mut city = roster_of_ten();
    city.definitions = CityDefinitions::default();
    let count = |city: &CitySetup| {
        let totals = office_summary(&three_communities(), &plan(), city, day(2026, 12, 1)).totals;
        (totals.in_scope, totals.taking_part, totals.meeting)
    };
    assert_eq!(count(&city), (10, 0, 1), "nobody joined on the roster yet");
    city.roster.entries[1].joined_on = Some(day(2020, 9, 1));
    city.roster.entries[5].joined_on = Some(day(2020, 9, 1));
    assert_eq!(count(&city), (10, 2, 1), "joined ones, results or not");
    city.definitions.meeting = Meeting::TakingPartAndVerdict;
    assert_eq!(
        count(&city),
        (10, 2, 0),
        "西风社区 meets but has not joined"
    );
    city.roster.entries[2].joined_on = Some(day(2021, 3, 1));
    assert_eq!(count(&city), (10, 3, 1));
}

/// Imported communities count through their roster entry: by name, or as
/// the office matched them; one that is on no entry is not counted, and
/// two communities on one entry count once.
#[test]
fn communities_count_through_their_roster_entry() {
    let mut city = roster_of_ten();
    city.roster.entries.remove(2); // 西风社区, the one that meets
    let today = day(2026, 12, 1);
    let totals = office_summary(&three_communities(), &plan(), &city, today).totals;
    assert_eq!(
        (totals.in_scope, totals.meeting, totals.not_on_roster),
        (9, 0, 1)
    );

    city.roster.entries[4].matched.push("c2".into()); // 西风社区 is 社区6
    let totals = office_summary(&three_communities(), &plan(), &city, today).totals;
    assert_eq!(
        (totals.in_scope, totals.meeting, totals.not_on_roster),
        (9, 1, 0)
    );

    city.roster.entries[4].matched.push("c3".into()); // and so is 南风社区
    let totals = office_summary(&three_communities(), &plan(), &city, today).totals;
    assert_eq!(
        (totals.taking_part, totals.meeting),
        (2, 1),
        "社区6 counted once"
    );
}

#[test]
fn failures_per_area_and_item() {
    let areas = office().areas;
    assert_eq!(areas.len(), 5);
    assert_eq!(
        (
            areas[0].area_id.as_str(),
            areas[0].not_met,
            areas[0].partial
        ),
        ("a1", 1, 0)
    );
    assert_eq!((areas[1].not_met, areas[1].partial), (0, 1));
    let a1_01 = &areas[0].items[0];
    assert_eq!(
        (a1_01.item_id.as_str(), a1_01.not_met, a1_01.partial),
        ("a1-01", 1, 0)
    );
    assert_eq!(areas[1].items[0].partial, 1);
    assert!(areas[2..].iter().all(|a| a.not_met == 0 && a.partial == 0));
}

#[test]
fn per_responsible_unit() {
    let units = office().units;
    let unit = |name: &str| {
        units
            .iter()
            .find(|u| u.unit.as_deref() == Some(name))
            .unwrap()
    };
    assert_eq!(units[0].unit.as_deref(), Some("市委组织部"));
    let town = unit("那大镇");
    assert_eq!(town.area_ids, ["a1", "a2", "a3", "a4", "a5"]);
    assert_eq!((town.not_met_items, town.partial_items), (1, 1));
    // Both open actions name 那大镇: they count there and nowhere else.
    assert_eq!((town.open_actions, town.overdue_actions), (2, 1));
    let organisation = unit("市委组织部");
    assert_eq!(
        (organisation.not_met_items, organisation.partial_items),
        (1, 0)
    );
    assert_eq!(organisation.open_actions, 0);
    let water = unit("市水务局");
    assert_eq!((water.not_met_items, water.partial_items), (0, 1));
    assert_eq!(water.open_actions, 0);
    let names: std::collections::HashSet<Option<&str>> =
        units.iter().map(|u| u.unit.as_deref()).collect();
    assert_eq!(names.len(), units.len(), "each unit once");
    assert_eq!(
        units.last().unwrap().unit,
        None,
        "the others' row comes last"
    );
}

/// 市城管局 and 市城市管理局 are one unit (the plan's aliases); an action is
/// counted under the unit it names, one given to anyone else under 其他.
#[test]
fn an_action_counts_under_the_unit_it_names() {
    let mut ws = Workspace::new("phone-c2".into(), vec![], vec![]);
    ws.records.absorb(&all_met());
    let units = plan().areas[2].responsible_units.clone();
    assert!(units.contains(&"市城管局".to_string()));
    let mut by_alias = action("清运建筑垃圾", day(2026, 11, 1), false);
    by_alias.responsible = Responsible::Unit("市城管局".into());
    let mut by_other = action("物业修路灯", day(2027, 1, 1), false);
    by_other.responsible = Responsible::Other("物业公司".into());
    for (n, state) in [by_alias, by_other].into_iter().enumerate() {
        let change = ws.action_change(
            &"c2".into(),
            &"a3-01".into(),
            &format!("act-{n}").into(),
            Some(state),
            &units,
            stamp(&format!("c2-act-{n}"), 100 + n as i64),
        );
        apply(&mut ws, change.unwrap());
    }
    let units = unit_summaries(&ws.records, &plan(), day(2026, 12, 1));
    let named: Vec<Option<&str>> = units.iter().map(|u| u.unit.as_deref()).collect();
    assert!(!named.contains(&Some("市城管局")), "shown by one name only");
    let bureau = units
        .iter()
        .find(|u| u.unit.as_deref() == Some("市城市管理局"))
        .unwrap();
    assert_eq!((bureau.open_actions, bureau.overdue_actions), (1, 1));
    assert!(
        bureau.area_ids.contains(&"a3".to_string()),
        "a3 names it as 市城管局"
    );
    let others = units.last().unwrap();
    assert_eq!(
        (
            others.unit.as_deref(),
            others.open_actions,
            others.overdue_actions
        ),
        (None, 1, 0)
    );
    let town = units
        .iter()
        .find(|u| u.unit.as_deref() == Some("那大镇"))
        .unwrap();
    assert_eq!(
        town.open_actions, 0,
        "a3 names 那大镇 too, but no action does"
    );
}

#[test]
fn the_csv_opens_in_a_spreadsheet() {
    let csv = to_csv(&office().rows, texts_for(Lang::ZhCn), &plan().scoring);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .collect();
    assert_eq!(lines.len(), 4);
    assert!(!csv.replace("\r\n", "").contains('\n'));
    assert_eq!(
        lines[0],
        "社区,自评进度（已评/适用）,得分率,结论（默认评分）,最近实地检查,最近导出（北京时间）,待确认的不一致,未完成整改,已逾期整改"
    );
    assert_eq!(
        lines[1],
        "东风社区,1/36,2%,尚未达到,2026-11-28,2026-11-28 16:01,0,1,0"
    );
    assert_eq!(lines[2], "南风社区,2/37,1%,尚未达到,2026-11-20,—,1,1,1");
    assert_eq!(lines[3], "西风社区,37/37,100%,已达到,—,—,0,0,0");
}

#[test]
fn the_csv_header_follows_the_texts_given_not_the_ui_language() {
    let english = to_csv(&office().rows, texts_for(Lang::En), &plan().scoring);
    let header = english
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap();
    assert!(header.starts_with("Community,"), "{header}");
    assert!(!header.contains('社'), "{header}");
}

#[test]
fn csv_fields_are_quoted_when_needed() {
    let fields = ["东风,社区", "他说\"好\"", "两\n行", "普通", "=1+1"].map(String::from);
    assert_eq!(
        csv_line(&fields),
        "\"东风,社区\",\"他说\"\"好\"\"\",\"两\n行\",普通,=1+1\r\n"
    );
    let mut rows = office().rows;
    rows[0].name = "=HYPERLINK(\"x\")".into();
    let csv = to_csv(&rows, texts_for(Lang::ZhCn), &plan().scoring);
    assert!(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",1/36"), "{csv}");
}

/// The office reads stored summaries: as JSON (how IndexedDB keeps them
/// through serde) they lose nothing the overview shows, and a summary of a
/// community the office no longer holds is left out.
#[test]
fn the_overview_from_stored_summaries_is_the_overview_from_the_records() {
    let mut dataset = imported(&Records::default(), &phone_export(true));
    dataset.absorb(&all_met());
    dataset.absorb(&behind());
    let stored: Vec<CommunitySummary> = city_summaries(&dataset)
        .iter()
        .map(|s| serde_json::from_str(&serde_json::to_string(s).unwrap()).unwrap())
        .collect();
    let today = day(2026, 12, 1);
    let city = roster_of_ten();
    let from_summaries = office_summary_of(&stored, &dataset, &plan(), &city, today);
    assert_eq!(
        from_summaries,
        office_summary(&dataset, &plan(), &city, today)
    );
    assert_eq!(from_summaries.rows.len(), 3);

    let mut without_c3 = dataset.clone();
    without_c3.remove_community(&"c3".into());
    let rows = office_summary_of(&stored, &without_c3, &plan(), &city, today).rows;
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["东风社区", "西风社区"]);
}

/// A phone's list shows a community whose records it has not read from
/// its summary: the same results and last change as its records, and
/// through JSON (as stored) too. A summary stored before the last change
/// was kept reads as "not known" and is of an older version.
#[test]
fn a_summary_carries_the_list_figures_of_its_community() {
    let records = all_met();
    let id = "c2".into();
    let summary = CommunitySummary::of(&records, &id);
    assert_eq!(summary.ratings, records.ratings(&id));
    let last = records.last_change_at(&id);
    assert_eq!(last, Some(t(plan().item_ids().len() as i64)));
    assert_eq!(summary.last_change_at, last);
    assert_eq!(records.devices_of(&id), [DeviceId::from("phone-c2")]);
    assert_eq!(summary.devices, records.devices_of(&id));
    let stored: CommunitySummary =
        serde_json::from_str(&serde_json::to_string(&summary).unwrap()).unwrap();
    assert_eq!(stored, summary);

    let older: CommunitySummary = serde_json::from_str(
        r#"{"version":2,"community_id":"c2","ratings":{},"open_actions":[],"open_conflicts":0,"last_inspection":null}"#,
    )
    .unwrap();
    assert_eq!(older.last_change_at, None);
    assert!(older.devices.is_empty());
    assert_ne!(older.version, SUMMARY_VERSION);
}

/// A device asks its user to back up the communities holding something
/// entered on it: not one whose records all came from another device (in
/// a file), but one just added, with no records yet.
#[test]
fn a_device_is_asked_to_back_up_what_was_entered_on_it() {
    let phone = all_met();
    let summary = CommunitySummary::of(&phone, &"c2".into());
    assert!(entered_here(&summary.devices, &"phone-c2".into()));
    assert!(!entered_here(&summary.devices, &"office-pc".into()));

    // The office's file on a kiosk: the kiosk entered nothing in c2.
    let mut kiosk = Workspace::new("kiosk".into(), vec![], vec![]);
    kiosk.records = merge(&kiosk.records, &phone);
    assert!(!entered_here(
        &kiosk.records.devices_of(&"c2".into()),
        &"kiosk".into()
    ));
    // Until it changes something there.
    rate(
        &mut kiosk,
        "c2",
        plan().item_ids()[0],
        Rating::Partial,
        "k-1",
        900,
    );
    assert!(entered_here(
        &kiosk.records.devices_of(&"c2".into()),
        &"kiosk".into()
    ));

    let mut new_phone = Workspace::new("phone-new".into(), vec![], vec![]);
    let added = new_phone
        .new_community("东风社区", "c9".into(), t(0))
        .unwrap();
    new_phone.put_community(added);
    assert!(entered_here(
        &new_phone.records.devices_of(&"c9".into()),
        &"phone-new".into()
    ));
}
