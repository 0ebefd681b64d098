//! Communities that are one: the merges, which community each counts as,
//! and the communities shown. Everything derived from the change records
//! is kept by the community each counts as, so a merged community's
//! results, history and photos are those of all its records.

use super::aliases::Aliases;
use super::merge::keep_preferred;
use super::Records;
use crate::assessment::Change;
use crate::community::{Community, CommunityMerge};
use crate::ids::{CommunityId, MergeId};
use crate::sorting;
use std::collections::{BTreeMap, BTreeSet};

impl Records {
    /// Every merge, in effect or undone, by id.
    pub fn community_merges(&self) -> &BTreeMap<MergeId, CommunityMerge> {
        &self.merges
    }

    /// Adds a merge, or puts it in place of the version held when it is
    /// preferred (an undo over the merge it undoes); gives the communities
    /// it regroups, as [`Records::insert_community_merges`] does.
    pub fn insert_community_merge(&mut self, merge: CommunityMerge) -> BTreeSet<CommunityId> {
        self.insert_community_merges([merge])
    }

    /// Takes in merges; gives the communities whose records now count
    /// differently (those that moved, and the ones they left and joined),
    /// whose summaries are then stale.
    pub fn insert_community_merges(
        &mut self,
        merges: impl IntoIterator<Item = CommunityMerge>,
    ) -> BTreeSet<CommunityId> {
        // Every community a merge names, before or after: a version of a
        // merge put in place of another may stop naming one.
        let mut named = self.communities_named_by_merges();
        for merge in merges {
            named.extend([merge.from.clone(), merge.into.clone()]);
            keep_preferred(
                &mut self.merges,
                merge.id.clone(),
                merge,
                CommunityMerge::rank,
            );
        }
        let aliases = Aliases::of(self.merges.values());
        if aliases == self.aliases {
            return BTreeSet::new();
        }
        let regrouped = self.regrouped_by(named, &aliases);
        self.aliases = aliases;
        self.rederive(&regrouped);
        regrouped
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
        crate::sorting::map_of(
            self.communities
                .keys()
                .map(|id| (id.clone(), self.resolve(id).clone())),
        )
    }

    fn communities_named_by_merges(&self) -> BTreeSet<CommunityId> {
        sorting::set_of(
            self.merges
                .values()
                .flat_map(|m| [m.from.clone(), m.into.clone()]),
        )
    }

    /// The communities whose kept state going from the present aliases to
    /// `next` touches: each of `named` that would count as another
    /// community, and the communities it leaves and joins. Only a community
    /// some merge names can count differently.
    fn regrouped_by(&self, named: BTreeSet<CommunityId>, next: &Aliases) -> BTreeSet<CommunityId> {
        let mut regrouped = BTreeSet::new();
        for id in named {
            let (now, then) = (self.aliases.resolve(&id), next.resolve(&id));
            if now != then {
                regrouped.extend([now.clone(), then.clone()]);
                regrouped.insert(id);
            }
        }
        regrouped
    }

    /// Works out the kept state of `communities` again from the records
    /// that now count as theirs; every other community's stays as it is,
    /// so a merge costs the records it regroups, not all those held. Those
    /// records are the ones kept under `communities` until now: a record
    /// whose community counts differently was kept under the one it left,
    /// and that one is among `communities`.
    fn rederive(&mut self, communities: &BTreeSet<CommunityId>) {
        let ids = self.derived.forget(communities);
        let mut regrouped: Vec<&Change> =
            ids.iter().filter_map(|id| self.changes.get(id)).collect();
        sorting::sort_by(&mut regrouped, |a, b| a.order_key().cmp(&b.order_key()));
        for change in regrouped {
            let community = self.aliases.resolve(&change.community_id);
            self.derived.add(change, community, &self.changes);
        }
    }
}
