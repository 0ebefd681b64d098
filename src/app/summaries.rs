//! The per-community summaries in memory: read from storage when a city
//! page, or a list of communities whose records are not read, opens; those
//! missing (communities changed since) worked out from their own records
//! and stored back; kept up to date by imports.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::startup::ensure_all_loaded;
use crate::app::state::AppState;
use crate::community::Community;
use crate::ids::CommunityId;
use crate::office::{
    city_progress, office_summary_of, CommunitySummary, OfficeSummary, ProgressPoint,
    SUMMARY_VERSION,
};
use crate::records::Records;
use crate::sorting;
use crate::storage::Storage;
use crate::web::today;

/// Every community's summary, by community id.
pub type Summaries = BTreeMap<CommunityId, CommunitySummary>;

type Summarize = fn(&Records, &CommunityId) -> CommunitySummary;

thread_local! {
    /// How this bundle sums a community up with its history, once it keeps
    /// one (see [`keep_history`]); `None` sums it up without.
    static WITH_HISTORY: Cell<Option<Summarize>> = const { Cell::new(None) };
}

/// Makes this bundle's summaries keep the days each community's results
/// changed: the office's progress chart reads them. Only the office calls
/// this, so the other bundles leave that code out, and a phone that
/// imports the city's file does not work out 300 histories it never shows.
pub fn keep_history() {
    WITH_HISTORY.set(Some(CommunitySummary::with_history));
}

/// Community `id`'s summary as `records` hold it, as this bundle keeps it.
pub fn summarize(records: &Records, id: &CommunityId) -> CommunitySummary {
    WITH_HISTORY.get().unwrap_or(CommunitySummary::of)(records, id)
}

/// Whether a stored summary is one this bundle can show: of this shape,
/// and with a history where the bundle keeps one (a summary stored by the
/// phone's pages on the same device has none).
fn is_current(summary: &CommunitySummary) -> bool {
    let keeps_history = WITH_HISTORY.get().is_some();
    summary.version == SUMMARY_VERSION && (summary.history.is_some() || !keeps_history)
}

/// The office's overview of the city from the summaries (tracked, for
/// views); `None` while they are being read.
pub fn city_overview(state: AppState) -> Option<OfficeSummary> {
    state.summaries.with(|summaries| {
        let summaries = summaries.as_ref()?;
        Some(state.city.with(|city| {
            state.workspace.with(|w| {
                state.plan_untracked().with(|plan| {
                    office_summary_of(summaries.values(), &w.records, plan, city, today())
                })
            })
        }))
    })
}

/// The office's overview for a page that shows it: its summaries read
/// (once per device), then worked out again as they or the city change.
pub fn office_overview(state: AppState) -> Memo<Option<OfficeSummary>> {
    ensure_summaries(state);
    Memo::new(move |_| city_overview(state))
}

/// The city's progress over time up to today, from the summaries
/// (tracked, for views); `None` while they are being read.
pub fn city_progress_now(state: AppState) -> Option<Vec<ProgressPoint>> {
    state.summaries.with(|summaries| {
        let summaries = summaries.as_ref()?;
        Some(state.city.with(|city| {
            state.workspace.with(|w| {
                state
                    .plan()
                    .with(|plan| city_progress(summaries.values(), &w.records, plan, city, today()))
            })
        }))
    })
}

/// Keeps the summaries read while some community's records are not (for a
/// page that lists communities: it shows those from their summaries).
pub fn show_unread_from_summaries(state: AppState) {
    Effect::new(move |_| {
        if !state.all_read() {
            ensure_summaries(state);
        }
    });
}

/// What a list shows of community `id` (tracked): `of_records` of the
/// records held when its records are read, `of_summary` of its summary
/// otherwise; `None` while that summary is being read.
pub fn shown_of<T>(
    state: AppState,
    id: &CommunityId,
    of_records: impl FnOnce(&Records) -> T,
    of_summary: impl FnOnce(&CommunitySummary) -> T,
) -> Option<T> {
    if state.is_read(id) {
        return Some(state.workspace.with(|w| of_records(&w.records)));
    }
    state
        .summaries
        .with(|all| all.as_ref()?.get(id).map(of_summary))
}

/// Starts reading the summaries unless they are read or being read.
pub fn ensure_summaries(state: AppState) {
    if state.summaries.with_untracked(Option::is_some) || state.summaries_loading.get_value() {
        return;
    }
    state.summaries_loading.set_value(true);
    spawn_local(async move {
        let summaries = read_summaries(state).await;
        state.summaries.set(Some(summaries));
        state.summaries_loading.set_value(false);
    });
}

/// Reads the summaries again (after another tab changed the records), if
/// a page shows them; the ones shown stay until the new ones are read.
pub fn refresh_summaries(state: AppState) {
    if state.summaries.with_untracked(Option::is_none) {
        return;
    }
    spawn_local(async move {
        let summaries = read_summaries(state).await;
        state.summaries.set(Some(summaries));
    });
}

/// Replaces the summaries of the communities `records` hold records of.
pub fn update_summaries(state: AppState, fresh: Vec<CommunitySummary>) {
    state.summaries_epoch.update_value(|epoch| *epoch += 1);
    state.summaries.update(|summaries| {
        if let Some(summaries) = summaries {
            for summary in fresh {
                summaries.insert(summary.community_id.clone(), summary);
            }
        }
    });
}

/// The photos that the communities whose records are not read mention,
/// from their summaries (those missing worked out first): with the photos
/// of the communities read, what a delete of another community keeps.
pub async fn photos_of_unread(state: AppState) -> BTreeSet<String> {
    if state.all_read_untracked() {
        return BTreeSet::new();
    }
    let summaries = read_summaries(state).await;
    state.unread.with_untracked(|unread| {
        sorting::set_of(
            unread
                .iter()
                .filter_map(|id| summaries.get(id))
                .flat_map(|summary| summary.photo_hashes.iter().cloned()),
        )
    })
}

/// The summaries as stored, read again when an import changed some while
/// they were read (its own, fresher, would otherwise be lost).
async fn read_summaries(state: AppState) -> Summaries {
    loop {
        let epoch = state.summaries_epoch.get_value();
        let summaries = read_stored_summaries(state).await;
        if state.summaries_epoch.get_value() == epoch {
            return summaries;
        }
    }
}

async fn read_stored_summaries(state: AppState) -> Summaries {
    let storage = state.storage.get_value();
    let communities: Vec<Community> = state
        .workspace
        .with_untracked(|w| w.shown_communities().cloned().collect());
    let mut summaries: Summaries = sorting::map_of(
        storage
            .load_summaries()
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|s| (s.community_id.clone(), s)),
    );
    // Those of communities no longer here, or of an older shape, go.
    summaries.retain(|id, summary| is_current(summary) && communities.iter().any(|c| c.id == *id));
    for community in communities {
        if !summaries.contains_key(&community.id) {
            let summary = work_out(state, &storage, community).await;
            summaries.insert(summary.community_id.clone(), summary);
        }
    }
    summaries
}

/// A community's summary worked out from its stored records (with those of
/// the communities merged into it) and stored, in one transaction; from
/// memory without a database (memory then holds every record), or when
/// the database fails (after reading everything into memory). A summary
/// that cannot be stored is worked out again next time.
async fn work_out(state: AppState, storage: &Storage, community: Community) -> CommunitySummary {
    let id = community.id.clone();
    let (members, merges) = state.workspace.with_untracked(|w| {
        let merges = w.community_merges().values().cloned().collect();
        (w.members_of(&id), merges)
    });
    let stored = storage
        .work_out_summary(&members, |changes, inspections| {
            let records = Records::from_stored(vec![community], changes, inspections, merges);
            summarize(&records, &id)
        })
        .await;
    match stored {
        Ok(Some(summary)) => return summary,
        Ok(None) => {}
        Err(_) => ensure_all_loaded(state).await,
    }
    state
        .workspace
        .with_untracked(|w| summarize(&w.records, &id))
}
