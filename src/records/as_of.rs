//! The records as they stood at a past moment, for a report on a past
//! date (the yearly evaluation of an earlier year).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::Records;
use crate::community::CommunityMerge;

impl Records {
    /// What was recorded by `cutoff`: communities created by then, change
    /// records and inspections made by then, exports made by then, merges
    /// in effect then. Photos are left out (a report counts, it shows no
    /// images).
    pub fn as_of(&self, cutoff: DateTime<Utc>) -> Records {
        // A merge counts as it stood then: made by then and not yet undone.
        let merges = kept(&self.merges, |m| m.active_at(cutoff))
            .into_iter()
            .map(|(id, m)| {
                (
                    id,
                    CommunityMerge {
                        undone_at: None,
                        ..m
                    },
                )
            })
            .collect();
        Records::assemble(
            kept(&self.communities, |c| c.created_at <= cutoff),
            kept(&self.changes, |c| c.at <= cutoff),
            kept(&self.inspections, |i| i.started_at <= cutoff),
            Default::default(),
            kept(&self.last_exported_at, |at| *at <= cutoff),
            merges,
        )
    }
}

/// The entries of `map` whose value `keep` accepts.
fn kept<K: Ord + Clone, V: Clone>(
    map: &BTreeMap<K, V>,
    keep: impl Fn(&V) -> bool,
) -> BTreeMap<K, V> {
    crate::sorting::map_of(
        map.iter()
            .filter(|(_, value)| keep(value))
            .map(|(key, value)| (key.clone(), value.clone())),
    )
}
