//! Which held communities an import must read before it merges a file: a
//! device that has not read every community's records reads only these,
//! so an import costs the communities it touches.

use std::collections::BTreeSet;

use super::ExportDocument;
use crate::ids::CommunityId;
use crate::records::Records;
use crate::sorting;

/// The communities whose records merging `document` into `held` can read
/// or change: those the file holds, those its change records, inspections
/// and merges name, and every community grouped with one of them, both as
/// `held` groups them and as they are grouped once the file's merges are
/// in (a merge moves records from one community's count to another's).
pub fn communities_touched(held: &Records, document: &ExportDocument) -> BTreeSet<CommunityId> {
    let named: BTreeSet<CommunityId> = sorting::set_of(
        document
            .communities
            .iter()
            .flat_map(|entry| {
                let own = std::iter::once(entry.community.id.clone());
                let of_changes = entry.changes.iter().map(|c| c.community_id.clone());
                let of_inspections = entry.inspections.iter().map(|i| i.community_id.clone());
                own.chain(of_changes).chain(of_inspections)
            })
            .chain(
                document
                    .community_merges
                    .iter()
                    .flat_map(|m| [m.from.clone(), m.into.clone()]),
            ),
    );
    let mut after = Records::default();
    after.insert_community_merges(held.community_merges().values().cloned());
    after.insert_community_merges(document.community_merges.iter().cloned());
    let mut touched = BTreeSet::new();
    for id in &named {
        touched.extend(held.members_of(held.resolve(id)));
        touched.extend(after.members_of(after.resolve(id)));
    }
    touched
}
