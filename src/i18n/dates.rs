//! Dates in running text: 2020年8月31日 in Chinese (no spaces), 31 August
//! 2020 in English, and the plan's deadlines with them.

use chrono::{Datelike, NaiveDate};

use super::{fill, Texts};
use crate::plan::DueDate;

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Texts {
    /// A month and day: 10月30日, 30 October.
    pub fn month_day(&self, month: u32, day: u32) -> String {
        if self.lang == "en" {
            let name = ENGLISH_MONTHS[(month.clamp(1, 12) - 1) as usize];
            format!("{day} {name}")
        } else {
            format!("{month}月{day}日")
        }
    }

    /// A full date: 2020年8月31日, 31 August 2020.
    pub fn long_date(&self, date: NaiveDate) -> String {
        let month_day = self.month_day(date.month(), date.day());
        if self.lang == "en" {
            format!("{month_day} {}", date.year())
        } else {
            format!("{}年{month_day}", date.year())
        }
    }

    /// When a deadline is due: 2020年8月31日前, 每年10月30日前.
    pub fn due_when(&self, due: &DueDate) -> String {
        if due.yearly {
            let date = self.month_day(due.date.month(), due.date.day());
            fill(self.deadline_yearly, &[("date", &date)])
        } else {
            fill(self.deadline_once, &[("date", &self.long_date(due.date))])
        }
    }

    /// The next deadline and how far off it is.
    pub fn next_deadline_text(&self, due: &DueDate, today: NaiveDate) -> String {
        let days = (due.date - today).num_days();
        let date = self.long_date(due.date);
        let label = due.label;
        if days == 0 {
            fill(
                self.next_deadline_today,
                &[("label", label), ("date", &date)],
            )
        } else {
            let days = days.to_string();
            fill(
                self.next_deadline,
                &[("label", label), ("date", &date), ("days", &days)],
            )
        }
    }
}
