use super::{Stamp, Workspace};
use crate::assessment::{Action, ActionState, AssessmentError, Change, ChangeKind};
use crate::ids::{ActionId, CommunityId, ItemId};
use crate::sorting;

impl Workspace {
    /// The item's actions, in the order created; deleted ones are gone.
    pub fn actions(&self, community_id: &CommunityId, item_id: &ItemId) -> Vec<Action> {
        self.item_state(community_id, item_id).actions
    }

    /// The community's actions not yet done, with their item ids, by due
    /// date, then in `item_order` (the plan's item ids, in plan order; items
    /// not in it come last), then in the order created.
    pub fn open_actions(
        &self,
        community_id: &CommunityId,
        item_order: &[&ItemId],
    ) -> Vec<(ItemId, Action)> {
        let position = |item: &str| item_order.iter().position(|i| *i == item);
        let mut open: Vec<(ItemId, Action)> = self
            .item_states(community_id)
            .into_iter()
            .flat_map(|(item, state)| {
                state
                    .actions
                    .into_iter()
                    .filter(|a| !a.done)
                    .map(move |a| (item.clone(), a))
            })
            .collect();
        // A stable sort keeps the order created within one item.
        sorting::sort_by(&mut open, |(item_a, a), (item_b, b)| {
            let key_a = (a.due, position(item_a).unwrap_or(usize::MAX), item_a);
            let key_b = (b.due, position(item_b).unwrap_or(usize::MAX), item_b);
            key_a.cmp(&key_b)
        });
        open
    }

    /// The record for creating, editing (`new` is `Some`) or deleting
    /// (`new` is `None`) an action, not yet applied. `responsible_units` are
    /// the 责任单位 of the item's area. `Ok(None)` when nothing would change.
    pub fn action_change(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        action_id: &ActionId,
        new: Option<ActionState>,
        responsible_units: &[String],
        stamp: Stamp,
    ) -> Result<Option<Change>, AssessmentError> {
        let new = new.map(|s| s.validated(responsible_units)).transpose()?;
        let old = self
            .item_state(community_id, item_id)
            .action(action_id)
            .map(Action::state);
        if old == new {
            return Ok(None);
        }
        let kind = ChangeKind::Action {
            action_id: action_id.clone(),
            old,
            new,
        };
        Ok(Some(self.record(community_id, item_id, kind, stamp)))
    }
}
