use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::city::CitySetup;
use crate::evaluation::OfficeDevice;
use crate::ids::CommunityId;
use crate::office::CommunitySummary;
use crate::plan::Plan;
use crate::routing::Route;
use crate::storage::{DeviceRecord, Preferences, Storage};
use crate::workspace::Workspace;

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saving,
    Saved(DateTime<Utc>),
    Failed(String),
}

/// Shared state, provided as context to every view.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The plan scored by the office's rules in `city` (derived from it);
    /// read through [`AppState::plan`].
    pub scored_plan: Memo<Arc<Plan>>,
    pub storage: StoredValue<Storage, LocalStorage>,
    pub workspace: RwSignal<Workspace>,
    /// This device's record when it could not be stored at start; stored
    /// after the next write that works.
    pub unsaved_device: StoredValue<Option<DeviceRecord>>,
    pub preferences: RwSignal<Preferences>,
    /// The office's roster and the definitions of the city figures.
    pub city: RwSignal<CitySetup>,
    /// The office's own devices: only their reviews and notices count.
    /// Empty on a device that has never opened the office's pages.
    pub office_devices: RwSignal<Vec<OfficeDevice>>,
    /// The office key this device trusts, the office's key rotations and
    /// (at the office) the devices each community's files came from.
    pub key_book: RwSignal<crate::signing::KeyBook>,
    pub route: RwSignal<Route>,
    pub save_status: RwSignal<SaveStatus>,
    /// The communities whose records are not read into memory. A page of
    /// one community reads that community's records when it opens (with
    /// those merged into it), and an import, a delete or a merge the
    /// communities it touches; only the merged export and a past year's
    /// report read them all. The others are shown from their summaries.
    pub unread: RwSignal<BTreeSet<CommunityId>>,
    /// Each community's summary, for the office's city pages and the lists
    /// of communities whose records are not read; `None` until such a page
    /// asks for them ([`crate::app::summaries`]).
    pub summaries: RwSignal<Option<BTreeMap<CommunityId, CommunitySummary>>>,
    pub summaries_loading: StoredValue<bool>,
    /// Counts the imports that changed summaries, so that a reading of
    /// them that an import overtook is read again.
    pub summaries_epoch: StoredValue<u32>,
    /// Whether the browser keeps our data for good; `None` when unknown.
    pub persisted: RwSignal<Option<bool>>,
}

/// The plan as a view reads it now: `state.plan().with(|plan| …)`.
pub struct PlanNow(Arc<Plan>);

impl PlanNow {
    pub fn with<R>(&self, read: impl FnOnce(&Plan) -> R) -> R {
        read(&self.0)
    }

    /// The plan itself, to keep.
    pub fn get(&self) -> Arc<Plan> {
        Arc::clone(&self.0)
    }
}

impl AppState {
    /// The plan with the office's scoring, tracked: a view that reads it
    /// follows a scoring file taken here or in another tab. One reading
    /// function for every view, so that each read adds little code.
    pub fn plan(&self) -> PlanNow {
        PlanNow(self.scored_plan.get())
    }

    /// The plan with the office's scoring, untracked (commands, handlers).
    pub fn plan_untracked(&self) -> PlanNow {
        PlanNow(self.scored_plan.get_untracked())
    }

    /// Whether every community's records are in memory (tracked).
    pub fn all_read(&self) -> bool {
        self.unread.with(BTreeSet::is_empty)
    }

    pub fn all_read_untracked(&self) -> bool {
        self.unread.with_untracked(BTreeSet::is_empty)
    }

    /// Whether community `id`'s records are in memory.
    pub fn is_read_untracked(&self, id: &CommunityId) -> bool {
        self.unread.with_untracked(|unread| !unread.contains(id))
    }

    /// Whether community `id`'s records are in memory (tracked).
    pub fn is_read(&self, id: &CommunityId) -> bool {
        self.unread.with(|unread| !unread.contains(id))
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
