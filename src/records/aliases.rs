//! Which community each community counts as, from the merges in effect.
//! Worked out from the set of merges alone, so every device that holds the
//! same merges shows the same communities, whatever order they arrived in:
//! - a community merged twice (two offices, say) follows the later merge,
//!   then the one with the greater id;
//! - chains are followed to their end (a into b, b into c: a counts as c);
//! - a cycle (a into b and b into a, made apart) is broken at its smallest
//!   id, which stays itself and takes in the others.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};

use crate::community::CommunityMerge;
use crate::ids::{CommunityId, MergeId};
use crate::sorting;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Aliases {
    /// Only communities merged into another, with the one they count as.
    root_of: HashMap<CommunityId, CommunityId>,
}

impl Aliases {
    pub fn of<'a>(merges: impl IntoIterator<Item = &'a CommunityMerge>) -> Aliases {
        let mut edges = strongest_edges(merges);
        break_cycles(&mut edges);
        let root_of = edges
            .keys()
            .map(|from| (from.clone(), follow(&edges, from)))
            .collect();
        Aliases { root_of }
    }

    pub fn resolve<'a>(&'a self, id: &'a CommunityId) -> &'a CommunityId {
        self.root_of.get(id).unwrap_or(id)
    }

    pub fn is_merged_away(&self, id: &CommunityId) -> bool {
        self.root_of.contains_key(id)
    }

    /// The communities merged into `root`, by id (`root` itself not among them).
    pub fn merged_into(&self, root: &CommunityId) -> Vec<CommunityId> {
        let mut ids: Vec<CommunityId> = self
            .root_of
            .iter()
            .filter(|(_, to)| *to == root)
            .map(|(from, _)| from.clone())
            .collect();
        sorting::sort(&mut ids);
        ids
    }
}

/// One edge per merged community: the merge in effect that is latest, then
/// has the greatest id.
fn strongest_edges<'a>(
    merges: impl IntoIterator<Item = &'a CommunityMerge>,
) -> BTreeMap<CommunityId, CommunityId> {
    let mut chosen: BTreeMap<CommunityId, (DateTime<Utc>, &MergeId, &CommunityId)> =
        BTreeMap::new();
    for merge in merges {
        if !merge.is_active() || merge.from == merge.into {
            continue;
        }
        let candidate = (merge.at, &merge.id, &merge.into);
        let slot = chosen.entry(merge.from.clone()).or_insert(candidate);
        if (candidate.0, candidate.1) > (slot.0, slot.1) {
            *slot = candidate;
        }
    }
    sorting::map_of(
        chosen
            .into_iter()
            .map(|(from, (_, _, into))| (from, into.clone())),
    )
}

/// Each community has at most one edge, so each connected group holds at
/// most one cycle; removing the edge of the cycle's smallest id breaks it,
/// wherever the walk that finds it starts.
fn break_cycles(edges: &mut BTreeMap<CommunityId, CommunityId>) {
    let mut finished: HashSet<CommunityId> = HashSet::new();
    let starts: Vec<CommunityId> = edges.keys().cloned().collect();
    for start in starts {
        let mut path: Vec<CommunityId> = Vec::new();
        let mut node = start;
        loop {
            if finished.contains(&node) {
                break;
            }
            if let Some(at) = path.iter().position(|seen| *seen == node) {
                if let Some(smallest) = path[at..].iter().min().cloned() {
                    edges.remove(&smallest);
                }
                break;
            }
            let Some(next) = edges.get(&node).cloned() else {
                break;
            };
            path.push(node);
            node = next;
        }
        finished.extend(path);
    }
}

/// Where the edges lead from `from` (no cycles are left).
fn follow(edges: &BTreeMap<CommunityId, CommunityId>, from: &CommunityId) -> CommunityId {
    let mut node = from;
    while let Some(next) = edges.get(node) {
        node = next;
    }
    node.clone()
}
