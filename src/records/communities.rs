//! Communities and their inspections, and what goes when one is deleted.

use std::collections::BTreeSet;

use super::Records;
use crate::assessment::{Change, Inspection};
use crate::community::Community;
use crate::ids::{ChangeId, CommunityId, InspectionId};
use crate::sorting;

/// What goes when a community is deleted, besides its own record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommunityRecords {
    /// The community and those merged into it.
    pub community_ids: Vec<CommunityId>,
    pub change_ids: Vec<ChangeId>,
    pub inspection_ids: Vec<InspectionId>,
    /// Images that only this community's records show; an image another
    /// community also uses stays.
    pub photo_hashes: Vec<String>,
    /// Its submissions and their reviews, by storage key.
    pub evaluation_keys: Vec<String>,
}

impl Records {
    pub fn community(&self, id: &CommunityId) -> Option<&Community> {
        self.communities.get(id)
    }

    /// The communities shown (none merged into another), in the order they
    /// were added (by creation time, then id).
    pub fn communities_in_order(&self) -> Vec<&Community> {
        let mut list: Vec<&Community> = self.shown_communities().collect();
        sorting::sort_by(&mut list, |a, b| {
            (a.created_at, &a.id).cmp(&(b.created_at, &b.id))
        });
        list
    }

    /// One inspection of a community; `None` when there is no such
    /// inspection or it belongs to another community.
    pub fn inspection(
        &self,
        community_id: &CommunityId,
        inspection_id: &InspectionId,
    ) -> Option<&Inspection> {
        self.inspections
            .get(inspection_id)
            .filter(|i| i.community_id == *community_id)
    }

    /// A community's inspections, newest first.
    pub fn inspections(&self, community_id: &CommunityId) -> Vec<&Inspection> {
        let mut list = self.inspections_of(community_id);
        list.reverse();
        list
    }

    /// A community's inspections, those of communities merged into it
    /// included, by start time, then id (oldest first).
    pub fn inspections_of(&self, community_id: &CommunityId) -> Vec<&Inspection> {
        let mut list: Vec<&Inspection> = self
            .inspections
            .values()
            .filter(|i| self.resolve(&i.community_id) == community_id)
            .collect();
        sorting::sort_by(&mut list, |a, b| {
            (a.started_at, &a.id).cmp(&(b.started_at, &b.id))
        });
        list
    }

    /// Ids of the change records that belong to a community.
    pub fn change_ids_of(&self, community_id: &CommunityId) -> Vec<ChangeId> {
        self.changes_of(community_id)
            .into_iter()
            .map(|c| c.id.clone())
            .collect()
    }

    /// The records that deleting community `id` (with the communities
    /// merged into it) removes, when every community's records are held.
    pub fn records_of(&self, id: &CommunityId) -> CommunityRecords {
        self.records_of_keeping(id, &BTreeSet::new())
    }

    /// The records that deleting community `id` (with the communities
    /// merged into it) removes: all of its records, and the images that no
    /// other community held mentions nor any of `shown_elsewhere` (the
    /// photos of communities whose records are not held, from their
    /// summaries).
    pub fn records_of_keeping(
        &self,
        id: &CommunityId,
        shown_elsewhere: &BTreeSet<String>,
    ) -> CommunityRecords {
        let mut others: BTreeSet<String> = sorting::set_of(
            self.shown_communities()
                .map(|other| &other.id)
                .filter(|other| *other != id)
                .flat_map(|other| self.photo_hashes_of(other)),
        );
        others.extend(shown_elsewhere.iter().cloned());
        CommunityRecords {
            community_ids: self
                .members_of(id)
                .into_iter()
                .filter(|member| self.communities.contains_key(member))
                .collect(),
            change_ids: self.change_ids_of(id),
            inspection_ids: self
                .inspections_of(id)
                .iter()
                .map(|i| i.id.clone())
                .collect(),
            photo_hashes: self
                .photo_hashes_of(id)
                .difference(&others)
                .cloned()
                .collect(),
            evaluation_keys: self.evaluation_keys_of(id),
        }
    }

    /// The storage keys of the community's submissions, their reviews and
    /// its display's poll answers.
    fn evaluation_keys_of(&self, id: &CommunityId) -> Vec<String> {
        let own = self.evaluation.of_communities(&self.members_of(id));
        let its_own = crate::evaluation::EvaluationRecords {
            submissions: own.submissions,
            reviews: own.reviews,
            poll_answers: own.poll_answers,
            ..Default::default()
        };
        its_own.keys()
    }

    /// Removes a community with all its change records and inspections,
    /// and the communities merged into it with theirs.
    pub fn remove_community(&mut self, id: &CommunityId) {
        let members = self.members_of(id);
        for member in &members {
            if let Some(community) = self.communities.remove(member) {
                self.names.remove(&community.name, member);
            }
        }
        self.changes
            .retain(|_, c| !members.contains(&c.community_id));
        self.inspections
            .retain(|_, i| !members.contains(&i.community_id));
        self.evaluation
            .submissions
            .retain(|s| !members.contains(&s.community_id));
        self.evaluation
            .reviews
            .retain(|r| !members.contains(&r.community_id));
        self.evaluation
            .poll_answers
            .retain(|a| !members.contains(&a.community_id));
        self.derived.remove_community(id);
    }

    /// A copy of the records of `ids` and of the communities merged into
    /// them, with every merge and the images held for them: all an export
    /// of those communities reads, made at their cost rather than at that
    /// of everything the device holds.
    pub fn only(&self, ids: &[&CommunityId]) -> Records {
        let members: Vec<CommunityId> = ids.iter().flat_map(|id| self.members_of(id)).collect();
        let mut records = Records::from_stored(
            members
                .iter()
                .filter_map(|id| self.communities.get(id))
                .cloned()
                .collect(),
            members
                .iter()
                .flat_map(|id| self.own_changes_of(id))
                .cloned()
                .collect(),
            members
                .iter()
                .flat_map(|id| self.own_inspections_of(id))
                .cloned()
                .collect(),
            self.merges.values().cloned().collect(),
        );
        records.last_exported_at = sorting::map_of(
            members
                .iter()
                .filter_map(|id| Some((id.clone(), *self.last_exported_at.get(id)?))),
        );
        records.evaluation = self.evaluation.of_communities(&members);
        records.photos = sorting::map_of(members.iter().flat_map(|id| {
            self.photo_hashes_of(id)
                .into_iter()
                .filter_map(|hash| Some((hash.clone(), self.photos.get(&hash)?.clone())))
        }));
        records
    }

    /// The change records filed under community `id` itself (not those of
    /// communities merged into it), as an export carries them.
    pub fn own_changes_of(&self, id: &CommunityId) -> Vec<&Change> {
        self.changes_of(self.resolve(id))
            .into_iter()
            .filter(|c| c.community_id == *id)
            .collect()
    }

    /// The inspections filed under community `id` itself.
    pub fn own_inspections_of(&self, id: &CommunityId) -> Vec<&Inspection> {
        self.inspections_of(self.resolve(id))
            .into_iter()
            .filter(|i| i.community_id == *id)
            .collect()
    }
}
