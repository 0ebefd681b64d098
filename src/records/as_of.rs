//! The records as they stood at a past moment, for a report on a past
//! date (the yearly evaluation of an earlier year).

use chrono::{DateTime, Utc};

use super::Records;
use crate::community::CommunityMerge;

impl Records {
    /// What was recorded by `cutoff`: communities created by then, change
    /// records and inspections made by then, exports made by then, merges
    /// in effect then. Photos are left out (a report counts, it shows no
    /// images).
    pub fn as_of(&self, cutoff: DateTime<Utc>) -> Records {
        let communities = self
            .communities
            .iter()
            .filter(|(_, c)| c.created_at <= cutoff)
            .map(|(id, c)| (id.clone(), c.clone()))
            .collect();
        let changes = self
            .changes
            .iter()
            .filter(|(_, c)| c.at <= cutoff)
            .map(|(id, c)| (id.clone(), c.clone()))
            .collect();
        let inspections = self
            .inspections
            .iter()
            .filter(|(_, i)| i.started_at <= cutoff)
            .map(|(id, i)| (id.clone(), i.clone()))
            .collect();
        let last_exported_at = self
            .last_exported_at
            .iter()
            .filter(|(_, at)| **at <= cutoff)
            .map(|(id, at)| (id.clone(), *at))
            .collect();
        // A merge counts as it stood then: made by then and not yet undone.
        let merges = self
            .merges
            .iter()
            .filter(|(_, m)| m.active_at(cutoff))
            .map(|(id, m)| {
                (
                    id.clone(),
                    CommunityMerge {
                        undone_at: None,
                        ..m.clone()
                    },
                )
            })
            .collect();
        Records::assemble(
            communities,
            changes,
            inspections,
            Default::default(),
            last_exported_at,
            merges,
        )
    }
}
