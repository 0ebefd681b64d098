use leptos::prelude::*;
use leptos::task::spawn_local;

use super::saving::finish;
use crate::app::startup::ensure_read;
use crate::app::state::{AppState, SaveStatus};
use crate::app::summaries::{summarize, update_summaries};
use crate::community::CommunityMerge;
use crate::ids::{CommunityId, MergeId};
use crate::office::CommunitySummary;
use crate::records::Records;
use crate::web::{now, random_id};
use crate::workspace::MergeError;

/// Merges the communities `from` into `into` (the office's "these are
/// one"): all keep their records, and each of `from` is shown and counted
/// as `into` from then on. A refused merge returns the reason at once and
/// stores nothing; `on_saved` runs once the merges are stored.
pub fn merge_communities(
    state: AppState,
    from: &[CommunityId],
    into: &CommunityId,
    on_saved: impl FnOnce() + 'static,
) -> Result<(), MergeError> {
    let author = state.preferences.with_untracked(|p| p.user_name.clone());
    let merges = state.workspace.with_untracked(|w| {
        from.iter()
            .map(|from| w.merge_of(from, into, random_id(), now(), &author))
            .collect::<Result<Vec<_>, _>>()
    })?;
    store_merges(state, merges, on_saved);
    Ok(())
}

/// Undoes merge `id`: the two communities are shown apart again, each with
/// its own records.
pub fn undo_merge(state: AppState, id: &MergeId, on_saved: impl FnOnce() + 'static) {
    if let Some(undone) = state
        .workspace
        .with_untracked(|w| w.undo_of_merge(id, now()))
    {
        store_merges(state, vec![undone], on_saved);
    }
}

/// Stores every merge with `new` taken in, and forgets the summaries they
/// regroup in the same transaction; then shows them, with the summaries of
/// the communities they regrouped worked out again. Only the records of
/// the communities regrouped (with those grouped with them) are read: no
/// other community's count changes.
fn store_merges(state: AppState, new: Vec<CommunityMerge>, on_saved: impl FnOnce() + 'static) {
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let (merges, regrouped) = state.workspace.with_untracked(|w| after_merges(w, &new));
        for id in &regrouped {
            let kept = state.workspace.with_untracked(|w| w.resolve(id).clone());
            ensure_read(state, &kept).await;
            ensure_read(state, id).await;
        }
        let storage = state.storage.get_value();
        let result = storage.save_merges(&merges, &regrouped).await;
        if !finish(state, result).await {
            return;
        }
        state.workspace.update(|w| {
            w.insert_community_merges(new);
        });
        let summaries: Vec<CommunitySummary> = state.workspace.with_untracked(|w| {
            regrouped
                .iter()
                .filter(|id| w.community(id).is_some() && !w.is_merged_away(id))
                .map(|id| summarize(w, id))
                .collect()
        });
        // A summary that cannot be stored is worked out again next time.
        let _ = storage.save_summaries(&summaries).await;
        update_summaries(state, summaries);
        on_saved();
    });
}

/// Every merge once `new` is taken in, and the communities they regroup:
/// worked out on the communities and merges alone, not the records.
fn after_merges(
    records: &Records,
    new: &[CommunityMerge],
) -> (Vec<CommunityMerge>, Vec<CommunityId>) {
    let mut outline = Records::from_stored(
        records.communities.values().cloned().collect(),
        Vec::new(),
        Vec::new(),
        records.community_merges().values().cloned().collect(),
    );
    let regrouped = outline.insert_community_merges(new.iter().cloned());
    let merges = outline.community_merges().values().cloned().collect();
    (merges, regrouped.into_iter().collect())
}
