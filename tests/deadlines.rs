//! The plan's deadlines as dates, from the plan file: the next one, the
//! passed one-off ones, the yearly report's for a year; and how dates read
//! in each language.

use chrono::NaiveDate;
use danzhou_green_community::i18n::{texts_for, Lang};
use danzhou_green_community::plan;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_next_deadline_is_the_soonest_still_ahead() {
    let plan = plan::embedded();
    // Before 31 August 2020 the units' own plans come first.
    let next = plan.next_deadline(day(2020, 7, 1)).unwrap();
    assert_eq!((next.step.id.as_str(), next.date), ("s2", day(2020, 8, 31)));
    assert!(!next.yearly);
    // Then the yearly report, this year's until its day, then next year's.
    let next = plan.next_deadline(day(2026, 10, 30)).unwrap();
    assert_eq!(
        (next.step.id.as_str(), next.date),
        ("s4", day(2026, 10, 30))
    );
    let next = plan.next_deadline(day(2026, 10, 31)).unwrap();
    assert_eq!(next.date, day(2027, 10, 30));
    assert!(next.yearly);
}

#[test]
fn one_off_deadlines_pass_and_yearly_ones_come_round() {
    let plan = plan::embedded();
    assert!(plan.passed_deadlines(day(2020, 8, 31)).is_empty());
    let passed = plan.passed_deadlines(day(2020, 9, 1));
    let ids: Vec<&str> = passed.iter().map(|d| d.step.id.as_str()).collect();
    assert_eq!(ids, ["s2"]);
    assert_eq!(plan.yearly_deadline(2031).unwrap().date, day(2031, 10, 30));
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let plan = plan::embedded();
    let zh = texts_for(Lang::ZhCn);
    let en = texts_for(Lang::En);
    let yearly = plan.yearly_deadline(2026).unwrap();
    let once = plan.passed_deadlines(day(2026, 1, 1)).remove(0);
    assert_eq!(zh.due_when(&yearly), "每年10月30日前");
    assert_eq!(zh.due_when(&once), "2020年8月31日前");
    assert_eq!(en.due_when(&yearly), "By 30 October every year");
    assert_eq!(en.due_when(&once), "By 31 August 2020");
    assert_eq!(
        zh.next_deadline_text(&yearly, day(2026, 10, 1)),
        "下一个期限：年度总结评估报告报市绿色社区创建行动领导小组，2026年10月30日前（还有 29 天）"
    );
    assert!(zh
        .next_deadline_text(&yearly, day(2026, 10, 30))
        .starts_with("今天到期"));
}

#[test]
fn a_deadline_that_is_no_date_makes_the_plan_invalid() {
    let mut plan = plan::embedded();
    plan.implementation[1].deadline = Some(plan::Deadline::Once {
        date: "2020年8月底".into(),
        label: "x".into(),
        about: None,
    });
    assert_eq!(
        plan::validate(&plan),
        Err(plan::PlanError::BadDeadline("s2".into()))
    );
    plan.implementation[1].deadline = Some(plan::Deadline::Yearly {
        month: 2,
        day: 29,
        label: "x".into(),
    });
    assert!(
        plan::validate(&plan).is_err(),
        "not every year has 29 February"
    );
}

#[test]
fn the_units_plans_deadline_is_found_by_what_it_is_about() {
    let plan = plan::embedded();
    let due = plan.deadline_about("unit_plans").unwrap();
    assert_eq!((due.step.id.as_str(), due.date), ("s2", day(2020, 8, 31)));
    assert!(plan.deadline_about("nothing").is_none());
}
