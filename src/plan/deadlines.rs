//! The plan's deadlines as dates: when each implementation step is next
//! due, which one-off steps have passed, and the yearly report's due date
//! for a given year. The dates come from the plan file, never from code.

use crate::sorting;
use chrono::{Datelike, NaiveDate};

use super::model::{Deadline, Plan, Step};

/// One deadline of one step on one date.
#[derive(Clone, Debug, PartialEq)]
pub struct DueDate<'a> {
    pub step: &'a Step,
    /// What is due, as the plan file labels it.
    pub label: &'a str,
    pub date: NaiveDate,
    /// Every year, or once.
    pub yearly: bool,
}

impl Plan {
    /// The soonest deadline on or after `today` (a yearly one falls due
    /// again each year), if any is left.
    pub fn next_deadline(&self, today: NaiveDate) -> Option<DueDate<'_>> {
        self.implementation
            .iter()
            .filter_map(|step| due_on_or_after(step, today))
            .min_by_key(|due| due.date)
    }

    /// The latest deadline before `today`, one-off or yearly, if any has
    /// passed: what "since the last deadline" counts from.
    pub fn last_deadline_before(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.implementation
            .iter()
            .filter_map(|step| match step.deadline.as_ref()? {
                Deadline::Once { date, .. } => date.parse::<NaiveDate>().ok(),
                Deadline::Yearly { month, day, .. } => [today.year(), today.year() - 1]
                    .into_iter()
                    .filter_map(|year| NaiveDate::from_ymd_opt(year, *month, *day))
                    .find(|date| *date < today),
            })
            .filter(|date| *date < today)
            .max()
    }

    /// One-off deadlines that have passed, in date order.
    pub fn passed_deadlines(&self, today: NaiveDate) -> Vec<DueDate<'_>> {
        let mut passed: Vec<DueDate> = self
            .implementation
            .iter()
            .filter_map(|step| match step.deadline.as_ref()? {
                Deadline::Once { date, label, .. } => {
                    let date = date.parse::<NaiveDate>().ok()?;
                    (date < today).then_some(DueDate {
                        step,
                        label,
                        date,
                        yearly: false,
                    })
                }
                Deadline::Yearly { .. } => None,
            })
            .collect();
        sorting::sort_by_key(&mut passed, |due| due.date);
        passed
    }

    /// The one-off deadline the plan file marks as about `subject`
    /// (`unit_plans`).
    pub fn deadline_about(&self, subject: &str) -> Option<DueDate<'_>> {
        self.implementation
            .iter()
            .find_map(|step| match step.deadline.as_ref()? {
                Deadline::Once { about, .. } if about.as_deref() == Some(subject) => step.due_in(0),
                _ => None,
            })
    }

    /// When the yearly deadline falls in `year` (the yearly evaluation
    /// report's), if the plan has one.
    pub fn yearly_deadline(&self, year: i32) -> Option<DueDate<'_>> {
        self.implementation
            .iter()
            .filter_map(|step| step.due_in(year))
            .find(|due| due.yearly)
    }
}

impl Step {
    /// This step's deadline as a date: a one-off one's own, a yearly one's
    /// in `year`.
    pub fn due_in(&self, year: i32) -> Option<DueDate<'_>> {
        match self.deadline.as_ref()? {
            Deadline::Once { date, label, .. } => Some(DueDate {
                step: self,
                label,
                date: date.parse().ok()?,
                yearly: false,
            }),
            Deadline::Yearly { month, day, label } => Some(DueDate {
                step: self,
                label,
                date: NaiveDate::from_ymd_opt(year, *month, *day)?,
                yearly: true,
            }),
        }
    }
}

fn due_on_or_after(step: &Step, today: NaiveDate) -> Option<DueDate<'_>> {
    match step.deadline.as_ref()? {
        Deadline::Once { date, label, .. } => {
            let date = date.parse::<NaiveDate>().ok()?;
            (date >= today).then_some(DueDate {
                step,
                label,
                date,
                yearly: false,
            })
        }
        Deadline::Yearly { month, day, label } => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), *month, *day)?;
            let date = if this_year >= today {
                this_year
            } else {
                NaiveDate::from_ymd_opt(today.year() + 1, *month, *day)?
            };
            Some(DueDate {
                step,
                label,
                date,
                yearly: true,
            })
        }
    }
}
