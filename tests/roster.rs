//! The office's roster: names pasted or a CSV from Excel/WPS, taken whole
//! or refused with every bad row named; and imported communities matched
//! to its entries.

use chrono::{NaiveDate, TimeZone, Utc};
use danzhou_green_community::city::{
    parse_name_list, parse_roster_csv, roster_key, Roster, RosterColumn, RosterEntry, RowError,
    RowProblem,
};
use danzhou_green_community::community::{Community, NameError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn names(entries: &[RosterEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn a_pasted_list_is_one_name_per_line() {
    let entries = parse_name_list("东风社区\n\n  兰洋社区  \r\n木棠社区\n").unwrap();
    assert_eq!(names(&entries), ["东风社区", "兰洋社区", "木棠社区"]);
    assert!(entries.iter().all(|e| e.in_scope && e.joined_on.is_none()));
}

#[test]
fn a_pasted_list_with_a_bad_line_is_refused_whole() {
    let long = "社".repeat(41);
    let errors =
        parse_name_list(&format!("东风社区\n{long}\n东风 社区\nＡ社区\na社区")).unwrap_err();
    assert_eq!(
        errors,
        [
            RowError {
                row: 2,
                problem: RowProblem::Name(NameError::TooLong)
            },
            RowError {
                row: 5,
                problem: RowProblem::Repeated { first_row: 4 }
            },
        ],
        "Ａ社区 and a社区 are one name; 东风 社区 (a space inside) is another"
    );
}

#[test]
fn full_width_and_half_width_forms_are_one_name() {
    assert_eq!(roster_key("　东风社区１号　"), roster_key("东风社区1号"));
    assert_eq!(roster_key("ＤＯＮＧＦＥＮＧ"), roster_key("dongfeng"));
    assert_ne!(roster_key("东风社区"), roster_key("东风 社区"));
}

#[test]
fn a_csv_with_a_chinese_header_and_every_column() {
    let text = "\u{feff}名称,街道/镇,在册,参与日期,示范社区\r\n\
                东风社区,那大镇,是,2020-09-01,是\r\n\
                \"兰洋,新村社区\",兰洋镇,否,,否\r\n\
                木棠社区,,,2021/3/5,\r\n\
                中兴社区,那大镇,是,2020年10月8日,\r\n";
    let entries = parse_roster_csv(text).unwrap();
    assert_eq!(
        names(&entries),
        ["东风社区", "兰洋,新村社区", "木棠社区", "中兴社区"]
    );
    assert_eq!(entries[0].street, "那大镇");
    assert_eq!(entries[0].joined_on, Some(day(2020, 9, 1)));
    assert!(entries[0].demonstration && entries[0].in_scope);
    assert!(!entries[1].in_scope && entries[1].joined_on.is_none());
    assert_eq!(entries[2].joined_on, Some(day(2021, 3, 5)));
    assert!(entries[2].in_scope, "an empty 在册 means in scope");
    assert_eq!(entries[3].joined_on, Some(day(2020, 10, 8)));
}

#[test]
fn a_csv_without_a_header_reads_its_columns_in_order() {
    let entries = parse_roster_csv("东风社区,那大镇,是\n兰洋社区\n").unwrap();
    assert_eq!(names(&entries), ["东风社区", "兰洋社区"]);
    assert_eq!(entries[0].street, "那大镇");
}

#[test]
fn a_header_in_another_order_is_followed() {
    let entries = parse_roster_csv("示范社区,name,joined on\nyes,东风社区,2020-09-01\n").unwrap();
    assert_eq!(names(&entries), ["东风社区"]);
    assert!(entries[0].demonstration);
    assert_eq!(entries[0].joined_on, Some(day(2020, 9, 1)));
}

#[test]
fn every_bad_row_of_a_csv_is_named_and_nothing_is_taken() {
    let text = "名称,街道/镇,在册,参与日期,示范社区\n\
                东风社区,那大镇,是,2020-09-01,否\n\
                兰洋社区,兰洋镇,也许,,\n\
                ,那大镇,是,,\n\
                木棠社区,,,九月,\n\
                东风社区,,,,\n";
    let errors = parse_roster_csv(text).unwrap_err();
    assert_eq!(
        errors,
        [
            RowError {
                row: 3,
                problem: RowProblem::NotYesOrNo {
                    column: RosterColumn::InScope,
                    value: "也许".into()
                }
            },
            RowError {
                row: 4,
                problem: RowProblem::Name(NameError::Empty)
            },
            RowError {
                row: 5,
                problem: RowProblem::NotADate {
                    value: "九月".into()
                }
            },
            RowError {
                row: 6,
                problem: RowProblem::Repeated { first_row: 2 }
            },
        ]
    );
}

#[test]
fn an_unpaired_quote_is_reported_not_guessed() {
    let errors = parse_roster_csv("东风社区\n\"兰洋社区,那大镇\n").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, RowProblem::Unreadable);
}

fn community(id: &str, name: &str) -> Community {
    let at = Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, 0).unwrap();
    Community {
        id: id.into(),
        name: name.into(),
        created_at: at,
        updated_at: at,
    }
}

#[test]
fn communities_match_their_entry_by_name_or_by_hand() {
    let mut roster = Roster {
        entries: vec![
            RosterEntry::named("东风社区"),
            RosterEntry::named("兰洋社区"),
        ],
    };
    let communities = [
        community("c1", "东风社区 "),
        community("c2", "兰洋村"),
        community("c3", "木棠社区"),
        community("c4", "东风社区"),
    ];
    let found = roster.match_communities(&communities);
    assert_eq!(found.entry_of.get("c1"), Some(&0));
    assert_eq!(found.entry_of.get("c4"), Some(&0));
    let unmatched: Vec<&str> = found.unmatched.iter().map(|id| id.as_str()).collect();
    assert_eq!(unmatched, ["c2", "c3"], "by name: 兰洋村, 木棠社区");

    roster.entries[1].matched.push("c2".into());
    let found = roster.match_communities(&communities);
    assert_eq!(found.entry_of.get("c2"), Some(&1));
    assert_eq!(found.unmatched.len(), 1);
}

#[test]
fn an_imported_setup_replaces_the_devices_only_when_newer() {
    use danzhou_green_community::city::CitySetup;
    let at = |s: i64| Some(Utc.timestamp_opt(1_800_000_000 + s, 0).unwrap());
    let mut office = CitySetup {
        updated_at: at(10),
        ..CitySetup::default()
    };
    office.roster.entries.push(RosterEntry::named("东风社区"));
    let never_set = CitySetup::default();
    assert_eq!(CitySetup::newer(&never_set, &office), Some(office.clone()));
    assert_eq!(
        CitySetup::newer(&office, &office),
        None,
        "the same one again"
    );
    let older = CitySetup {
        updated_at: at(5),
        ..CitySetup::default()
    };
    assert_eq!(CitySetup::newer(&office, &older), None);
    assert_eq!(CitySetup::newer(&older, &office), Some(office));
}
