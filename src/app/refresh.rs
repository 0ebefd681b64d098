//! Taking in what other tabs (or the kiosk's own timer) find in storage.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::AppState;
use crate::app::summaries::refresh_summaries;
use crate::ids::CommunityId;
use crate::sorting;
use crate::storage::Loaded;

/// Re-reads from storage, for edits made in other tabs, the communities
/// and the records this tab holds: every record once all are read,
/// otherwise those of the communities read so far (the others are shown
/// from their summaries).
pub fn reload_from_storage(state: AppState) {
    let read: Option<Vec<CommunityId>> = (!state.all_read_untracked()).then(|| {
        state.workspace.with_untracked(|w| {
            state.unread.with_untracked(|unread| {
                w.communities
                    .keys()
                    .filter(|id| !unread.contains(*id))
                    .cloned()
                    .collect()
            })
        })
    });
    spawn_local(async move { reread(state, move |_| read).await });
}

/// Re-reads the communities and one community's records (with those of
/// the communities merged into it), for a display of that community (the
/// kiosk): its cost is that community's, however many the device holds.
/// The city figures come from the summaries.
pub fn reload_community(state: AppState, community_id: CommunityId) {
    spawn_local(async move {
        reread(state, |meta| Some(meta.members_of(&community_id))).await;
    });
}

/// Reads the communities, then the records of those `which` picks from
/// them (`None`: every record), and shows what changed.
async fn reread(state: AppState, which: impl FnOnce(&Loaded) -> Option<Vec<CommunityId>>) {
    let storage = state.storage.get_value();
    if !storage.is_persistent() {
        return;
    }
    let Ok(meta) = storage.load_meta().await else {
        return;
    };
    let (loaded, unread) = match which(&meta) {
        None => match storage.load().await {
            Ok(loaded) => (loaded, BTreeSet::new()),
            Err(_) => return,
        },
        Some(read) => {
            let Ok((changes, inspections)) = storage.load_members(&read).await else {
                return;
            };
            let unread = sorting::set_of(
                meta.communities
                    .iter()
                    .map(|c| c.id.clone())
                    .filter(|id| !read.contains(id)),
            );
            let loaded = Loaded {
                changes,
                inspections,
                ..meta
            };
            (loaded, unread)
        }
    };
    show_loaded(state, loaded, unread);
}

fn show_loaded(state: AppState, mut loaded: Loaded, unread: BTreeSet<CommunityId>) {
    take_city(state, &mut loaded);
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let fresh = loaded.into_workspace(device_id);
    if state.workspace.with_untracked(|w| *w != fresh) {
        state.workspace.set(fresh);
    }
    if state.unread.with_untracked(|u| *u != unread) {
        state.unread.set(unread);
    }
    refresh_summaries(state);
}

/// Shows the roster and definitions as stored, when they changed.
fn take_city(state: AppState, loaded: &mut Loaded) {
    let city = std::mem::take(&mut loaded.city);
    if state.city.with_untracked(|c| *c != city) {
        crate::app::commands::show_city(state, city);
    }
}

/// Takes in what another tab of this browser stored: the city setup (the
/// office's scoring with it), the communities, and the records of the
/// community on screen (with those merged into it), added to what this tab
/// holds. Nothing held is dropped, so a write of this tab that commits
/// meanwhile stays on screen; other communities' records are read when a
/// page of them opens, as always.
pub fn take_other_tabs_news(state: AppState) {
    spawn_local(async move {
        let storage = state.storage.get_value();
        let Ok(mut meta) = storage.load_meta().await else {
            return;
        };
        take_city(state, &mut meta);
        let shown = state.route.with_untracked(|r| r.community().cloned());
        let members = shown
            .filter(|id| state.is_read_untracked(id))
            .map(|id| meta.members_of(&id))
            .unwrap_or_default();
        let Ok((changes, inspections)) = storage.load_members(&members).await else {
            return;
        };
        let news = state.workspace.with_untracked(|w| {
            meta.communities
                .iter()
                .any(|c| w.communities.get(&c.id) != Some(c))
                || changes.iter().any(|c| !w.changes().contains_key(&c.id))
                || inspections
                    .iter()
                    .any(|i| w.inspections.get(&i.id) != Some(i))
        });
        if news {
            state.workspace.update(|w| {
                meta.communities
                    .into_iter()
                    .for_each(|c| w.records.insert_community(c));
                w.records.insert_stored(changes, inspections);
            });
            refresh_summaries(state);
        }
    });
}
