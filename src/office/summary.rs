//! The city office's overview of every community it has imported: one row
//! per community, the city's totals against the plan's target, and (in
//! [`super::heat_map`] and [`super::units`]) where requirements are not met.
//! All derived from each community's [`super::CommunitySummary`], worked
//! out from its change records as on the phones.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::community_summary::{city_summaries, CommunitySummary};
use super::heat_map::{failure_heat_map_of, AreaFailures};
use super::units::{unit_summaries_of, UnitSummary};
use crate::assessment::{
    overall_progress, satisfaction_shortfall, score, verdict, Progress, SatisfactionFigure, Verdict,
};
use crate::city::{CityDefinitions, CitySetup, Meeting, TakingPart};
use crate::evaluation::{is_named, passed_review, PollTally};
use crate::ids::CommunityId;
use crate::plan::{Plan, Scoring};
use crate::records::Records;
use crate::sorting;

/// One community in the office's table.
#[derive(Clone, Debug, PartialEq)]
pub struct CommunityRow {
    pub community_id: CommunityId,
    pub name: String,
    /// Assessed of applicable items, and the counts behind it.
    pub progress: Progress,
    /// The share of applicable weight earned; `None` with nothing applicable.
    pub score_share: Option<f64>,
    pub verdict: Verdict,
    /// The date of the latest field inspection.
    pub last_inspection: Option<NaiveDate>,
    /// When the community's device last exported it, as the files tell.
    pub last_exported_at: Option<DateTime<Utc>>,
    pub open_conflicts: usize,
    /// Actions not done.
    pub open_actions: usize,
    /// Actions not done whose due date has passed.
    pub overdue_actions: usize,
    /// Its residents' satisfaction surveys of this year.
    pub satisfaction: SatisfactionFigure,
    /// The kiosk's poll answers of this year, apart from the surveys.
    pub poll: PollTally,
}

/// The city against the plan's goal: at least `target_share` of the
/// communities in scope take part and meet the requirements. Counted over
/// the office's roster, by its definitions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CityTotals {
    /// Roster entries in scope (那大建成区社区).
    pub in_scope: usize,
    /// Of those, taking part, as `definitions.taking_part` says.
    pub taking_part: usize,
    /// Of those, meeting the requirements, as `definitions.meeting` says.
    pub meeting: usize,
    /// Imported communities that are on no roster entry: not counted.
    pub not_on_roster: usize,
    pub definitions: CityDefinitions,
    /// Shares of `in_scope`; `None` while it is 0.
    pub taking_part_share: Option<f64>,
    pub meeting_share: Option<f64>,
    /// The plan's target share (0.7) and year (2022).
    pub target_share: f64,
    pub target_year: i32,
}

/// Everything the office overview shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficeSummary {
    /// The scoring the verdicts were reached by.
    pub scoring: Scoring,
    /// By name, then id.
    pub rows: Vec<CommunityRow>,
    pub totals: CityTotals,
    /// In plan order.
    pub areas: Vec<AreaFailures>,
    /// In the order the plan first names each unit.
    pub units: Vec<UnitSummary>,
}

/// The overview of `dataset`, with the city counted over the office's
/// roster by its definitions (`city`), and open actions judged overdue as
/// of `today`.
pub fn office_summary(
    dataset: &Records,
    plan: &Plan,
    city: &CitySetup,
    today: NaiveDate,
) -> OfficeSummary {
    office_summary_of(&city_summaries(dataset), dataset, plan, city, today)
}

/// The overview from each community's summary; `dataset` gives only the
/// communities themselves (names) and when each was last exported, and a
/// summary of a community it does not hold is left out.
pub fn office_summary_of<'a>(
    summaries: impl IntoIterator<Item = &'a CommunitySummary>,
    dataset: &Records,
    plan: &Plan,
    city: &CitySetup,
    today: NaiveDate,
) -> OfficeSummary {
    let held: Vec<CommunitySummary> = summaries
        .into_iter()
        .filter(|s| {
            dataset.communities.contains_key(&s.community_id)
                && !dataset.is_merged_away(&s.community_id)
        })
        .cloned()
        .collect();
    let rows = rows_of(&held, dataset, plan, today);
    OfficeSummary {
        scoring: plan.scoring.clone(),
        totals: city_totals(&rows, dataset, plan, city),
        areas: failure_heat_map_of(&held, plan),
        units: unit_summaries_of(&held, plan, today),
        rows,
    }
}

/// One row per community, by name, then id.
pub fn community_rows(dataset: &Records, plan: &Plan, today: NaiveDate) -> Vec<CommunityRow> {
    rows_of(&city_summaries(dataset), dataset, plan, today)
}

/// The city's figures: each roster entry in scope counted once, through
/// the communities matched to it (`rows`, with `dataset`'s communities).
pub fn city_totals(
    rows: &[CommunityRow],
    dataset: &Records,
    plan: &Plan,
    city: &CitySetup,
) -> CityTotals {
    let matched = city.roster.match_communities(dataset.shown_communities());
    let definitions = city.definitions;
    let in_scope: Vec<EntryFigures> = city
        .roster
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.in_scope)
        .map(|(index, entry)| {
            let rows = || {
                rows.iter()
                    .filter(|r| matched.entry_of.get(&r.community_id) == Some(&index))
            };
            EntryFigures {
                joined: entry.joined_on.is_some(),
                assessed: rows().any(|r| takes_part(&r.progress)),
                meets: rows().any(|r| r.verdict == Verdict::Meets),
                // A passed 复核 counts only with the office's satisfaction
                // line reached, as the verdict counts it.
                passed_review: rows().any(|r| {
                    let members = dataset.members_of(&r.community_id);
                    passed_review(&dataset.evaluation, &members)
                        && satisfaction_shortfall(plan.scoring.satisfaction, &r.satisfaction)
                            .is_none()
                }),
                named: rows().any(|r| {
                    let members = dataset.members_of(&r.community_id);
                    is_named(&dataset.evaluation, &members)
                }),
            }
        })
        .collect();
    let taking_part = in_scope
        .iter()
        .filter(|e| e.takes_part(definitions))
        .count();
    let meeting = in_scope.iter().filter(|e| e.meets(definitions)).count();
    let share = |n: usize| (!in_scope.is_empty()).then(|| n as f64 / in_scope.len() as f64);
    CityTotals {
        in_scope: in_scope.len(),
        taking_part,
        meeting,
        not_on_roster: rows
            .iter()
            .filter(|r| !matched.entry_of.contains_key(&r.community_id))
            .count(),
        definitions,
        taking_part_share: share(taking_part),
        meeting_share: share(meeting),
        target_share: plan.goal.target_share,
        target_year: plan.goal.target_year,
    }
}

/// What one roster entry's communities come to.
pub(super) struct EntryFigures {
    pub(super) joined: bool,
    /// Any of its communities has a result on any item.
    pub(super) assessed: bool,
    /// Any of its communities meets the requirements by the scoring.
    pub(super) meets: bool,
    /// Any of its communities' latest submission passed the 复核.
    pub(super) passed_review: bool,
    /// Any of its communities is named.
    pub(super) named: bool,
}

impl EntryFigures {
    pub(super) fn takes_part(&self, definitions: CityDefinitions) -> bool {
        match definitions.taking_part {
            TakingPart::JoinedOnRoster => self.joined,
            TakingPart::AnyItemAssessed => self.assessed,
        }
    }

    pub(super) fn meets(&self, definitions: CityDefinitions) -> bool {
        match definitions.meeting {
            Meeting::VerdictByScoring => self.meets,
            Meeting::TakingPartAndVerdict => self.meets && self.takes_part(definitions),
            Meeting::ReviewPassed => self.passed_review,
            Meeting::Named => self.named,
        }
    }
}

/// A community with anything other than 未评估 on any item.
pub(super) fn takes_part(progress: &Progress) -> bool {
    progress.assessed > 0 || progress.not_applicable() > 0
}

fn rows_of(
    summaries: &[CommunitySummary],
    dataset: &Records,
    plan: &Plan,
    today: NaiveDate,
) -> Vec<CommunityRow> {
    let polls = PollTally::by_community(&dataset.evaluation.poll_answers, today.year());
    let mut rows: Vec<CommunityRow> = summaries
        .iter()
        .map(|f| row_of(f, dataset, plan, today, &polls))
        .collect();
    sorting::sort_by(&mut rows, |a, b| {
        (&a.name, &a.community_id).cmp(&(&b.name, &b.community_id))
    });
    rows
}

fn row_of(
    summary: &CommunitySummary,
    dataset: &Records,
    plan: &Plan,
    today: NaiveDate,
    polls: &BTreeMap<&CommunityId, PollTally>,
) -> CommunityRow {
    let id = &summary.community_id;
    let (open_actions, overdue_actions) = summary.open_actions_where(|_| true, today);
    let satisfaction = summary.satisfaction(today.year(), today);
    let mut poll = PollTally::default();
    for member in dataset.members_of(id) {
        if let Some(tally) = polls.get(&member) {
            poll.add(tally);
        }
    }
    CommunityRow {
        community_id: id.clone(),
        name: dataset
            .communities
            .get(id)
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        progress: overall_progress(plan, &summary.ratings),
        score_share: score(plan, &summary.ratings).share,
        verdict: verdict(plan, &summary.ratings, &satisfaction),
        last_inspection: summary.last_inspection,
        last_exported_at: dataset.last_exported_at.get(id).copied(),
        open_conflicts: summary.open_conflicts,
        open_actions,
        overdue_actions,
        satisfaction,
        poll,
    }
}
