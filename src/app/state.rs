use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::city::CitySetup;
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
    pub plan: StoredValue<Plan>,
    pub storage: StoredValue<Storage, LocalStorage>,
    pub workspace: RwSignal<Workspace>,
    /// This device's record when it could not be stored at start; stored
    /// after the next write that works.
    pub unsaved_device: StoredValue<Option<DeviceRecord>>,
    pub preferences: RwSignal<Preferences>,
    /// The office's roster and the definitions of the city figures.
    pub city: RwSignal<CitySetup>,
    pub route: RwSignal<Route>,
    pub save_status: RwSignal<SaveStatus>,
    /// Whether every community's records are read (a page of one community
    /// opens with only its own, and the others follow).
    pub all_loaded: RwSignal<bool>,
    /// Each community's summary, for the office's city pages; `None` until
    /// such a page asks for them ([`crate::app::summaries`]).
    pub summaries: RwSignal<Option<BTreeMap<CommunityId, CommunitySummary>>>,
    pub summaries_loading: StoredValue<bool>,
    /// How to read the summaries again, set by the first page that shows
    /// them: a bundle without such pages (the phone's) then carries no
    /// code that reads or works them out.
    pub summaries_reader: StoredValue<Option<fn(AppState)>>,
    /// Whether the browser keeps our data for good; `None` when unknown.
    pub persisted: RwSignal<Option<bool>>,
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
