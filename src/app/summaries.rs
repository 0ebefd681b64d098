//! The per-community summaries in memory: read from storage when a city
//! page, or a list of communities whose records are not read, opens; those
//! missing (communities changed since) worked out from their own records
//! and stored back; kept up to date by imports.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::startup::ensure_all_loaded;
use crate::app::state::AppState;
use crate::community::Community;
use crate::ids::CommunityId;
use crate::office::{office_summary_of, CommunitySummary, OfficeSummary, SUMMARY_VERSION};
use crate::records::Records;
use crate::sorting;
use crate::storage::Storage;
use crate::web::today;

/// Every community's summary, by community id.
pub type Summaries = BTreeMap<CommunityId, CommunitySummary>;

/// The office's overview of the city from the summaries (tracked, for
/// views); `None` while they are being read.
pub fn city_overview(state: AppState) -> Option<OfficeSummary> {
    state.summaries.with(|summaries| {
        let summaries = summaries.as_ref()?;
        Some(state.city.with(|city| {
            state.workspace.with(|w| {
                state.plan.with_value(|plan| {
                    office_summary_of(summaries.values(), &w.records, plan, city, today())
                })
            })
        }))
    })
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

async fn read_summaries(state: AppState) -> Summaries {
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
    summaries.retain(|id, summary| {
        summary.version == SUMMARY_VERSION && communities.iter().any(|c| c.id == *id)
    });
    let mut worked_out = Vec::new();
    for community in communities {
        if !summaries.contains_key(&community.id) {
            worked_out.push(summary_from_records(state, &storage, community).await);
        }
    }
    // A summary that cannot be stored is worked out again next time.
    let _ = storage.save_summaries(&worked_out).await;
    summaries.extend(worked_out.into_iter().map(|s| (s.community_id.clone(), s)));
    summaries
}

/// A community's summary from its records (with those of the communities
/// merged into it): those in memory when they are read, otherwise its own
/// read from storage (and not kept in memory).
async fn summary_from_records(
    state: AppState,
    storage: &Storage,
    community: Community,
) -> CommunitySummary {
    let (members, merges) = state.workspace.with_untracked(|w| {
        let merges = w.community_merges().values().cloned().collect();
        (w.members_of(&community.id), merges)
    });
    if state
        .unread
        .with_untracked(|unread| members.iter().any(|m| unread.contains(m)))
    {
        if let Ok((changes, inspections)) = storage.load_members(&members).await {
            let id = community.id.clone();
            let records = Records::from_stored(vec![community], changes, inspections, merges);
            return CommunitySummary::of(&records, &id);
        }
        ensure_all_loaded(state).await;
    }
    state
        .workspace
        .with_untracked(|w| CommunitySummary::of(&w.records, &community.id))
}
