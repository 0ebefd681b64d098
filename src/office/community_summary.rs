//! What one community's records come to, as far as the office's reports
//! and the phone's community list need: its results, its open actions, its
//! open conflicts, its latest inspection, its last change and the photos
//! its records mention. Small enough
//! to store per community (the `summaries` store), so the office, and a
//! phone holding the city, show it by reading 300 of these instead of
//! every change record.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::rating_days::{rating_days, DayOfRatings};
use crate::assessment::{satisfaction_of, Rating, Responsible, SatisfactionFigure, SurveyState};
use crate::exchange::conflicts;
use crate::ids::{CommunityId, DeviceId, ItemId};
use crate::records::Records;

/// The shape of a summary this app stores; a stored one of another
/// version is worked out again.
pub const SUMMARY_VERSION: u32 = 6;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommunitySummary {
    /// [`SUMMARY_VERSION`] when made; 0 for the first shape.
    #[serde(default)]
    pub version: u32,
    pub community_id: CommunityId,
    /// Each rated item's current result; items never rated are absent.
    pub ratings: HashMap<ItemId, Rating>,
    /// Actions not done, with the item they are on and when they are due.
    pub open_actions: Vec<OpenAction>,
    pub open_conflicts: usize,
    /// The date of the latest field inspection.
    pub last_inspection: Option<NaiveDate>,
    /// When its records last changed (version 3).
    #[serde(default)]
    pub last_change_at: Option<DateTime<Utc>>,
    /// Every device that made one of its records, in order (version 4):
    /// whether anything in it was entered on this device
    /// (`exchange::entered_here`).
    #[serde(default)]
    pub devices: Vec<DeviceId>,
    /// Every photo its records mention, added or removed (version 3): a
    /// delete of another community keeps these images.
    #[serde(default)]
    pub photo_hashes: BTreeSet<String>,
    /// The days its results changed, oldest first (version 5): the city's
    /// progress over time. Only the office works it out (see
    /// [`CommunitySummary::with_history`]); `None` in a summary made
    /// elsewhere.
    #[serde(default)]
    pub history: Option<Vec<DayOfRatings>>,
    /// Its residents' satisfaction surveys as they stand (version 6).
    #[serde(default)]
    pub surveys: Vec<SurveyState>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAction {
    pub item_id: ItemId,
    pub due: NaiveDate,
    /// The responsible unit it names, as written; `None` for anyone else
    /// (free text).
    #[serde(default)]
    pub unit: Option<String>,
}

impl OpenAction {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due < today
    }
}

impl CommunitySummary {
    /// The summary of community `id` as `records` hold it.
    pub fn of(records: &Records, id: &CommunityId) -> CommunitySummary {
        // Every item's state, worked out once for the actions and surveys.
        let states = records.item_states(id);
        let surveys = states
            .values()
            .flat_map(|state| state.surveys.iter().map(|s| s.state.clone()))
            .collect();
        let open_actions = states
            .into_iter()
            .flat_map(|(item_id, state)| {
                state
                    .actions
                    .into_iter()
                    .filter(|a| !a.done)
                    .map(move |a| OpenAction {
                        item_id: item_id.clone(),
                        due: a.due,
                        unit: match a.responsible {
                            Responsible::Unit(name) => Some(name),
                            Responsible::Other(_) => None,
                        },
                    })
            })
            .collect();
        CommunitySummary {
            version: SUMMARY_VERSION,
            community_id: id.clone(),
            ratings: records.ratings(id),
            open_actions,
            open_conflicts: conflicts(records.changes_of(id), id).len(),
            last_inspection: records.inspections_of(id).iter().map(|i| i.date).max(),
            last_change_at: records.last_change_at(id),
            devices: records.devices_of(id),
            photo_hashes: records.photo_hashes_of(id),
            history: None,
            surveys,
        }
    }

    /// The summary of community `id` with the days its results changed,
    /// as the office keeps it.
    pub fn with_history(records: &Records, id: &CommunityId) -> CommunitySummary {
        CommunitySummary {
            history: Some(rating_days(records, id)),
            ..CommunitySummary::of(records, id)
        }
    }

    /// Its residents' satisfaction of `year`, from surveys dated on or
    /// before `until`.
    pub fn satisfaction(&self, year: i32, until: NaiveDate) -> SatisfactionFigure {
        satisfaction_of(&self.surveys, year, until)
    }

    /// Open actions that `counts`, and how many of them are overdue.
    pub fn open_actions_where(
        &self,
        counts: impl Fn(&OpenAction) -> bool,
        today: NaiveDate,
    ) -> (usize, usize) {
        let open: Vec<&OpenAction> = self.open_actions.iter().filter(|a| counts(a)).collect();
        let overdue = open.iter().filter(|a| a.is_overdue(today)).count();
        (open.len(), overdue)
    }
}

/// The summary of every community `records` hold, by id, with its
/// history.
pub fn city_summaries(records: &Records) -> Vec<CommunitySummary> {
    records
        .shown_communities()
        .map(|c| CommunitySummary::with_history(records, &c.id))
        .collect()
}
