use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::{before_after, BeforeAfter};
use crate::assessment::{
    area_progress, overall_progress, score, verdict, ChangeKind, PhotoRef, Progress, Rating,
    SatisfactionFigure, Verdict,
};
use crate::evaluation::PollTally;
use crate::ids::CommunityId;
use crate::office::{CityTotals, OfficeSummary};
use crate::plan::Plan;
use crate::sorting;
use crate::workspace::Workspace;

/// How many recent 达标 items and open actions a slide can show without
/// scrolling, even in portrait.
const RECENT_ITEMS: usize = 3;
const OPEN_ACTIONS: usize = 5;

/// Everything the kiosk shows for one community. No names of people.
#[derive(Clone, Debug, PartialEq)]
pub struct KioskData {
    pub community_name: String,
    pub meets: bool,
    pub score_share: Option<f64>,
    pub pass_share: f64,
    pub overall: Progress,
    pub areas: Vec<AreaLine>,
    pub recent: Vec<RecentItem>,
    /// Finished actions with photos marked for the display.
    pub before_after: Vec<BeforeAfter>,
    pub open_actions: Vec<ActionLine>,
    pub open_action_count: usize,
    pub last_updated: Option<DateTime<Utc>>,
    /// The residents' satisfaction surveys of this year.
    pub satisfaction: SatisfactionFigure,
    /// This year's answers to the display's own poll, apart from them.
    pub poll: PollTally,
    /// The city's progress toward the plan's goal, once other communities'
    /// data (an office summary) has been imported on this device.
    pub city: Option<CityLine>,
}

/// The city against the plan's goal, as far as this device knows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CityLine {
    /// Communities whose data this device holds.
    pub known: usize,
    pub totals: CityTotals,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaLine {
    pub number: String,
    pub title: String,
    pub progress: Progress,
}

/// An item recently brought to 达标, with its latest photo marked for the
/// display, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct RecentItem {
    pub number: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub photo: Option<PhotoRef>,
}

/// An open action: what, which unit or party, by when. Free-text parties
/// are shown as written (they name roles such as 物业, not residents).
#[derive(Clone, Debug, PartialEq)]
pub struct ActionLine {
    pub description: String,
    pub due: NaiveDate,
    pub overdue: bool,
}

/// The kiosk's data for a community (or the one it was since merged into);
/// `None` when the community is gone.
pub fn kiosk_slides(
    plan: &Plan,
    workspace: &Workspace,
    community_id: &CommunityId,
    today: NaiveDate,
    city: Option<CityLine>,
) -> Option<KioskData> {
    let community_id = workspace.resolve(community_id);
    let community = workspace.community(community_id)?;
    let ratings = workspace.ratings(community_id);
    let order = plan.item_ids();
    let actions = workspace.open_actions(community_id, &order);
    let satisfaction = workspace.satisfaction(community_id, today.year(), today);
    let poll = PollTally::of(
        &workspace.evaluation.poll_answers,
        &workspace.members_of(community_id),
        today.year(),
    );
    Some(KioskData {
        community_name: community.name.clone(),
        meets: verdict(plan, &ratings, &satisfaction) == Verdict::Meets,
        satisfaction,
        poll,
        score_share: score(plan, &ratings).share,
        pass_share: plan.scoring.pass_share,
        overall: overall_progress(plan, &ratings),
        areas: plan
            .areas
            .iter()
            .map(|area| AreaLine {
                number: area.number.clone(),
                title: area.title.clone(),
                progress: area_progress(area, &ratings),
            })
            .collect(),
        recent: recently_met(plan, workspace, community_id),
        before_after: before_after(plan, workspace, community_id),
        open_action_count: actions.len(),
        open_actions: actions
            .into_iter()
            .take(OPEN_ACTIONS)
            .map(|(_, action)| ActionLine {
                overdue: action.is_overdue(today),
                description: action.description,
                due: action.due,
            })
            .collect(),
        last_updated: workspace.last_change_at(community_id),
        city,
    })
}

impl CityLine {
    /// The city line of the office's overview; shown only when it counts
    /// more than one community (one says nothing about the city).
    pub fn of(summary: &OfficeSummary) -> Option<CityLine> {
        (summary.rows.len() >= 2).then(|| CityLine {
            known: summary.rows.len(),
            totals: summary.totals.clone(),
        })
    }
}

/// Items whose current result is 达标, most recently set first.
fn recently_met(plan: &Plan, workspace: &Workspace, community_id: &CommunityId) -> Vec<RecentItem> {
    let mut recent: Vec<RecentItem> = plan
        .items()
        .filter_map(|(_, item)| {
            let latest = workspace.latest_result(community_id, &item.id)?;
            let is_met = matches!(
                latest.kind,
                ChangeKind::Result {
                    new: Rating::Met,
                    ..
                }
            );
            is_met.then(|| RecentItem {
                number: item.display_number(plan),
                title: item.title.clone(),
                at: latest.at,
                photo: workspace
                    .item_state(community_id, &item.id)
                    .photos_on_display()
                    .last()
                    .cloned(),
            })
        })
        .collect();
    sorting::sort_by_key(&mut recent, |r| std::cmp::Reverse(r.at));
    recent.truncate(RECENT_ITEMS);
    recent
}
