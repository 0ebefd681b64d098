//! Communities that are one: the merges, which community each counts as,
//! and the communities shown. Everything derived from the change records
//! is kept by the community each counts as, so a merged community's
//! results, history and photos are those of all its records.

use super::aliases::Aliases;
use super::merge::keep_preferred;
use super::Records;
use crate::community::{Community, CommunityMerge};
use crate::ids::{CommunityId, MergeId};
use std::collections::BTreeMap;

impl Records {
    /// Every merge, in effect or undone, by id.
    pub fn community_merges(&self) -> &BTreeMap<MergeId, CommunityMerge> {
        &self.merges
    }

    /// Adds a merge, or puts it in place of the version held when it is
    /// preferred (an undo over the merge it undoes).
    pub fn insert_community_merge(&mut self, merge: CommunityMerge) {
        self.insert_community_merges([merge]);
    }

    pub fn insert_community_merges(&mut self, merges: impl IntoIterator<Item = CommunityMerge>) {
        for merge in merges {
            keep_preferred(
                &mut self.merges,
                merge.id.clone(),
                merge,
                CommunityMerge::rank,
            );
        }
        let aliases = Aliases::of(self.merges.values());
        if aliases != self.aliases {
            self.aliases = aliases;
            self.rebuild_derived();
        }
    }

    /// The community `id` counts as: itself unless merged into another.
    pub fn resolve<'a>(&'a self, id: &'a CommunityId) -> &'a CommunityId {
        self.aliases.resolve(id)
    }

    /// Whether the community was merged into another, and so is not shown.
    pub fn is_merged_away(&self, id: &CommunityId) -> bool {
        self.aliases.is_merged_away(id)
    }

    /// The communities shown and counted: every one not merged into another.
    pub fn shown_communities(&self) -> impl Iterator<Item = &Community> {
        self.communities
            .values()
            .filter(|c| !self.aliases.is_merged_away(&c.id))
    }

    /// `id` and every community merged into it: the communities whose
    /// records it shows.
    pub fn members_of(&self, id: &CommunityId) -> Vec<CommunityId> {
        let mut members = vec![id.clone()];
        members.extend(self.aliases.merged_into(id));
        members
    }

    /// The community each community counts as, for every community held.
    pub fn resolution(&self) -> BTreeMap<CommunityId, CommunityId> {
        self.communities
            .keys()
            .map(|id| (id.clone(), self.resolve(id).clone()))
            .collect()
    }

    /// The communities whose records now count differently than by
    /// `before` (a [`Records::resolution`] taken earlier): those that
    /// moved, and the communities they left and joined.
    pub fn regrouped_since(&self, before: &BTreeMap<CommunityId, CommunityId>) -> Vec<CommunityId> {
        let now = self.resolution();
        let mut regrouped: std::collections::BTreeSet<CommunityId> = Default::default();
        for (id, root) in &now {
            let old = before.get(id).unwrap_or(id);
            if old != root {
                regrouped.extend([id.clone(), old.clone(), root.clone()]);
            }
        }
        regrouped.into_iter().collect()
    }

    /// Works out everything kept from the change records again, after the
    /// communities they count as changed.
    fn rebuild_derived(&mut self) {
        let mut derived = super::Derived::default();
        for change in self.changes_in_order() {
            derived.add(
                change,
                self.aliases.resolve(&change.community_id),
                &self.changes,
            );
        }
        self.derived = derived;
    }
}
