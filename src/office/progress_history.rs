//! The city's progress over time: how many communities in scope took part
//! and met the requirements at the end of each month, as the yearly report
//! counts them on its due date. Each community's summary keeps the days on
//! which its results changed ([`super::rating_days`]), so the chart reads
//! 300 summaries, not every change record.
//!
//! Counted as the city figures are: over today's roster, by today's
//! definitions and scoring, with a community joined from its date on the
//! roster, and each community together with those merged into it now.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};

use super::community_summary::CommunitySummary;
use super::summary::{takes_part, EntryFigures};
use crate::assessment::{overall_progress, verdict, Verdict};
use crate::city::{CitySetup, Meeting, RosterEntry};
use crate::evaluation::{named_on, review_passed_on};
use crate::ids::CommunityId;
use crate::plan::Plan;
use crate::records::Records;

/// The city's figures at the end of one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressPoint {
    pub date: NaiveDate,
    pub in_scope: usize,
    pub taking_part: usize,
    pub meeting: usize,
}

impl ProgressPoint {
    pub fn taking_part_share(&self) -> Option<f64> {
        self.share(self.taking_part)
    }

    pub fn meeting_share(&self) -> Option<f64> {
        self.share(self.meeting)
    }

    fn share(&self, n: usize) -> Option<f64> {
        (self.in_scope > 0).then(|| n as f64 / self.in_scope as f64)
    }
}

/// Where one community stood from `day` on.
struct Standing {
    day: NaiveDate,
    /// Any item with a result (as "taking part" by results counts).
    assessed: bool,
    meets: bool,
}

/// A community's standings, one per day its results changed.
fn standings_of(summary: &CommunitySummary, plan: &Plan) -> Vec<Standing> {
    let mut ratings = HashMap::new();
    summary
        .history
        .iter()
        .flatten()
        .map(|day| {
            ratings.extend(day.ratings.iter().cloned());
            Standing {
                day: day.day,
                assessed: takes_part(&overall_progress(plan, &ratings)),
                meets: verdict(
                    plan,
                    &ratings,
                    &summary.satisfaction(day.day.year(), day.day),
                ) == Verdict::Meets,
            }
        })
        .collect()
}

/// When the office counts the meeting by a step of the evaluation (its
/// 复核, or naming): per roster entry, the first day one of its
/// communities reached that step. Empty for the other definitions.
fn step_days(
    dataset: &Records,
    entry_of: &BTreeMap<CommunityId, usize>,
    meeting: Meeting,
) -> BTreeMap<usize, NaiveDate> {
    let mut days: BTreeMap<usize, NaiveDate> = BTreeMap::new();
    for (community, entry) in entry_of {
        let members = dataset.members_of(community);
        let day = match meeting {
            Meeting::ReviewPassed => review_passed_on(&dataset.evaluation, &members),
            Meeting::Named => named_on(&dataset.evaluation, &members),
            _ => None,
        };
        if let Some(day) = day {
            let first = days.entry(*entry).or_insert(day);
            *first = (*first).min(day);
        }
    }
    days
}

/// The standing in effect at the end of `day`; `None` before the first.
fn standing_on(standings: &[Standing], day: NaiveDate) -> Option<&Standing> {
    let after = standings.partition_point(|s| s.day <= day);
    after.checked_sub(1).map(|at| &standings[at])
}

/// The city's figures at the end of each month, from the month of the
/// first result or roster joining up to `until` (the last point is
/// `until` itself); empty while nothing is recorded. `summaries` of
/// communities `dataset` does not show are left out.
pub fn city_progress<'a>(
    summaries: impl IntoIterator<Item = &'a CommunitySummary>,
    dataset: &Records,
    plan: &Plan,
    city: &CitySetup,
    until: NaiveDate,
) -> Vec<ProgressPoint> {
    let matched = city.roster.match_communities(dataset.shown_communities());
    let mut by_entry: BTreeMap<usize, Vec<Vec<Standing>>> = BTreeMap::new();
    for summary in summaries {
        if let Some(entry) = matched.entry_of.get(&summary.community_id) {
            by_entry
                .entry(*entry)
                .or_default()
                .push(standings_of(summary, plan));
        }
    }
    let counted_since = step_days(dataset, &matched.entry_of, city.definitions.meeting);
    let entries: Vec<(usize, &RosterEntry)> = city
        .roster
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.in_scope)
        .collect();
    let first_result = by_entry
        .values()
        .flatten()
        .filter_map(|s| s.first())
        .map(|s| s.day);
    let first_joined = entries.iter().filter_map(|(_, entry)| entry.joined_on);
    let Some(first) = first_result.chain(first_joined).min() else {
        return Vec::new();
    };
    month_ends(first.min(until), until)
        .into_iter()
        .map(|date| {
            let figures: Vec<EntryFigures> = entries
                .iter()
                .map(|(index, entry)| {
                    let standings = || {
                        by_entry
                            .get(index)
                            .into_iter()
                            .flatten()
                            .filter_map(|s| standing_on(s, date))
                    };
                    EntryFigures {
                        joined: entry.joined_on.is_some_and(|joined| joined <= date),
                        assessed: standings().any(|s| s.assessed),
                        meets: standings().any(|s| s.meets),
                        passed_review: counted_since.get(index).is_some_and(|d| *d <= date),
                        named: counted_since.get(index).is_some_and(|d| *d <= date),
                    }
                })
                .collect();
            ProgressPoint {
                date,
                in_scope: figures.len(),
                taking_part: figures
                    .iter()
                    .filter(|f| f.takes_part(city.definitions))
                    .count(),
                meeting: figures.iter().filter(|f| f.meets(city.definitions)).count(),
            }
        })
        .collect()
}

/// The last day of each month from `first`'s to the one before `until`'s,
/// then `until`.
fn month_ends(first: NaiveDate, until: NaiveDate) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    let mut month = NaiveDate::from_ymd_opt(first.year(), first.month(), 1);
    while let Some(start) = month {
        let next = start.checked_add_months(chrono::Months::new(1));
        match next.and_then(|n| n.pred_opt()) {
            Some(end) if end < until => dates.push(end),
            _ => break,
        }
        month = next;
    }
    dates.push(until);
    dates
}
