//! Communities that are probably one: shown communities matched to the
//! same roster entry, or with the same name (ignoring case, spacing and
//! full- or half-width forms). The office decides; this only points.

use std::collections::BTreeMap;

use super::{roster_key, Roster};
use crate::ids::CommunityId;
use crate::records::Records;
use crate::sorting;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LikelyDuplicates {
    pub why: Why,
    /// Oldest first (by when each was added, then id).
    pub ids: Vec<CommunityId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// Matched to the roster entry of this name.
    SameEntry(String),
    SameName,
}

/// The groups of two or more shown communities that are likely one: by
/// roster entry first; communities on no shared entry, by name.
pub fn likely_duplicates(records: &Records, roster: &Roster) -> Vec<LikelyDuplicates> {
    let matched = roster.match_communities(records.shown_communities());
    let mut by_entry: BTreeMap<usize, Vec<CommunityId>> = BTreeMap::new();
    for (id, entry) in &matched.entry_of {
        by_entry.entry(*entry).or_default().push(id.clone());
    }
    let mut groups: Vec<LikelyDuplicates> = by_entry
        .into_iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|(entry, ids)| LikelyDuplicates {
            why: Why::SameEntry(roster.entries[entry].name.clone()),
            ids,
        })
        .collect();
    let grouped: Vec<&CommunityId> = groups.iter().flat_map(|g| &g.ids).collect();
    let mut by_name: BTreeMap<String, Vec<CommunityId>> = BTreeMap::new();
    for community in records.shown_communities() {
        if !grouped.contains(&&community.id) {
            let key = roster_key(&community.name);
            by_name.entry(key).or_default().push(community.id.clone());
        }
    }
    groups.extend(
        by_name
            .into_values()
            .filter(|ids| ids.len() > 1)
            .map(|ids| LikelyDuplicates {
                why: Why::SameName,
                ids,
            }),
    );
    for group in &mut groups {
        sorting::sort_by_key(&mut group.ids, |id| {
            let created = records.community(id).map(|c| c.created_at);
            (created, id.clone())
        });
    }
    groups
}
