//! Conflicts: two people changed the same part of an item without seeing
//! each other's change.
//!
//! Every change names, as `base`, the change it replaced in the same
//! [`Slot`] of the same item (and, when it settles a conflict, the other
//! replaced changes in `merges`). A change is an ancestor of another when it
//! can be reached through these links, or is an earlier change of the same
//! device (a device's own changes are one sequence in time). The slot's
//! **heads** are its changes that nothing replaces; changes that are not
//! ancestors of one another are concurrent, and a slot with more than one
//! head is **in conflict**, even when the heads happen to hold the same value (a person
//! confirms it; [`Conflict::values_agree`] lets the screen say so).
//!
//! Meanwhile the item shows the latest head by [`Change::order_key`], as it
//! always does, and is flagged. A conflict is settled by an ordinary new
//! change ([`resolution_change`]) whose `base` is the shown head and whose
//! `merges` are all other heads: it becomes the only head. Since heads
//! depend only on the set of records, every device and every merge order
//! finds the same conflicts.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};

use crate::assessment::{Change, ChangeKind, Rating, Slot};
use crate::ids::{ChangeId, CommunityId, DeviceId, ItemId};
use crate::sorting;

/// A [`Slot`] that owns its photo hash or action id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SlotId {
    Result,
    Note,
    /// One photo, by hash.
    Photo(String),
    /// Whether one photo shows on the display, by hash.
    PhotoDisplay(String),
    /// One action, by id.
    Action(String),
    /// One survey, by id.
    Survey(String),
}

impl SlotId {
    pub fn of(kind: &ChangeKind) -> SlotId {
        match kind.slot() {
            Slot::Result => SlotId::Result,
            Slot::Note => SlotId::Note,
            Slot::Photo(hash) => SlotId::Photo(hash.to_string()),
            Slot::PhotoDisplay(hash) => SlotId::PhotoDisplay(hash.to_string()),
            Slot::Action(id) => SlotId::Action(id.to_string()),
            Slot::Survey(id) => SlotId::Survey(id.to_string()),
        }
    }

    pub fn as_slot(&self) -> Slot<'_> {
        match self {
            SlotId::Result => Slot::Result,
            SlotId::Note => Slot::Note,
            SlotId::Photo(hash) => Slot::Photo(hash),
            SlotId::PhotoDisplay(hash) => Slot::PhotoDisplay(hash),
            SlotId::Action(id) => Slot::Action(id),
            SlotId::Survey(id) => Slot::Survey(id),
        }
    }
}

/// One slot of one item with concurrent changes, for a person to settle.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub community_id: CommunityId,
    pub item_id: ItemId,
    pub slot: SlotId,
    /// The candidates side by side, in [`Change::order_key`] order (at
    /// least two); the last is the one the item shows meanwhile.
    pub heads: Vec<Change>,
}

impl Conflict {
    /// The head whose value the item shows while the conflict lasts (the
    /// last one; `None` only for a conflict built by hand without heads).
    pub fn shown(&self) -> Option<&Change> {
        self.heads.last()
    }

    /// Whether every head sets the same value (two people chose alike).
    pub fn values_agree(&self) -> bool {
        self.shown()
            .is_some_and(|shown| self.heads.iter().all(|h| same_value(&h.kind, &shown.kind)))
    }
}

/// The conflicts in a community's records, by item id, then slot.
pub fn conflicts<'a>(
    changes: impl IntoIterator<Item = &'a Change>,
    community_id: &CommunityId,
) -> Vec<Conflict> {
    slots_of(changes, community_id)
        .into_iter()
        .filter_map(|((item_id, slot), records)| {
            let heads = heads(&records);
            (heads.len() > 1).then(|| Conflict {
                community_id: community_id.clone(),
                item_id: item_id.clone(),
                slot,
                heads: heads.into_iter().cloned().collect(),
            })
        })
        .collect()
}

/// The items of a community with at least one conflict.
pub fn conflicted_items<'a>(
    changes: impl IntoIterator<Item = &'a Change>,
    community_id: &CommunityId,
) -> BTreeSet<ItemId> {
    crate::sorting::set_of(
        conflicts(changes, community_id)
            .into_iter()
            .map(|c| c.item_id),
    )
}

/// A community's changes grouped by item and slot.
fn slots_of<'a>(
    changes: impl IntoIterator<Item = &'a Change>,
    community_id: &CommunityId,
) -> BTreeMap<(&'a ItemId, SlotId), Vec<&'a Change>> {
    let mut slots: BTreeMap<(&ItemId, SlotId), Vec<&Change>> = BTreeMap::new();
    for change in changes {
        if change.community_id == *community_id {
            let key = (&change.item_id, SlotId::of(&change.kind));
            slots.entry(key).or_default().push(change);
        }
    }
    slots
}

/// The slot's changes that nothing later replaces, in `order_key` order:
/// no change of the slot names them as `base` or in `merges`, and no later
/// change of the slot comes from the same device. A device's changes are
/// one sequence in time even when their links say otherwise: earlier
/// versions of the app could build a change before the one before it was
/// stored (same `seq`, `base` missing), and those are one person's edits,
/// not a conflict. Links to records not in the slot are ignored, so damaged
/// links can hide a head but never loop.
pub fn heads<'a>(slot_changes: &[&'a Change]) -> Vec<&'a Change> {
    let named: HashSet<&str> = slot_changes
        .iter()
        .flat_map(|c| {
            let links = c.base.iter().chain(c.merges.iter());
            links.map(ChangeId::as_str).filter(move |id| *id != c.id)
        })
        .collect();
    let mut heads: Vec<&Change> = latest_of_each_device(slot_changes)
        .into_iter()
        .filter(|c| !named.contains(c.id.as_str()))
        .collect();
    sorting::sort_by(&mut heads, |a, b| a.order_key().cmp(&b.order_key()));
    heads
}

/// Each device's latest change among `changes`, by `order_key`.
fn latest_of_each_device<'a>(changes: &[&'a Change]) -> Vec<&'a Change> {
    let mut latest: HashMap<&str, &Change> = HashMap::new();
    for change in changes {
        let entry = latest.entry(change.device_id.as_str()).or_insert(change);
        if entry.order_key() < change.order_key() {
            *entry = change;
        }
    }
    latest.into_values().collect()
}

/// Whether two changes of one slot leave it with the same value.
fn same_value(a: &ChangeKind, b: &ChangeKind) -> bool {
    use ChangeKind as K;
    match (a, b) {
        (
            K::Result {
                new: x, reason: rx, ..
            },
            K::Result {
                new: y, reason: ry, ..
            },
        ) => x == y && (*x != Rating::NotApplicable || rx == ry),
        (K::Note { new: x, .. }, K::Note { new: y, .. }) => x == y,
        (K::PhotoAdded { photo: x }, K::PhotoAdded { photo: y }) => x == y,
        (K::PhotoRemoved { .. }, K::PhotoRemoved { .. }) => true,
        (K::Action { new: x, .. }, K::Action { new: y, .. }) => x == y,
        (K::Survey { after: x, .. }, K::Survey { after: y, .. }) => x == y,
        _ => false,
    }
}

/// What the caller supplies for a resolving record: a new id, this
/// device's id and next counter, the time now and who decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolutionStamp {
    pub id: ChangeId,
    pub device_id: DeviceId,
    pub seq: u64,
    pub now: DateTime<Utc>,
    pub author: String,
}

/// The change kind that keeps the value one of the heads set; `None` when
/// `head_id` is not one of the conflict's heads.
pub fn kept_value(conflict: &Conflict, head_id: &ChangeId) -> Option<ChangeKind> {
    let head = conflict.heads.iter().find(|h| h.id == *head_id)?;
    Some(head.kind.clone())
}

/// The record that settles `conflict` with the value `chosen` sets (one of
/// the heads' values from [`kept_value`], or a new value for the same
/// slot). Its `old` side is the value shown meanwhile, its `base` the shown
/// head, its `merges` every other head, and it sorts after all of them.
/// `None` when `chosen` is for another slot (or the conflict has no
/// heads).
pub fn resolution_change(
    conflict: &Conflict,
    chosen: ChangeKind,
    stamp: ResolutionStamp,
) -> Option<Change> {
    if SlotId::of(&chosen) != conflict.slot {
        return None;
    }
    let shown = conflict.shown()?;
    let mut merges: Vec<ChangeId> = conflict
        .heads
        .iter()
        .filter(|h| h.id != shown.id)
        .map(|h| h.id.clone())
        .collect();
    sorting::sort(&mut merges);
    Some(Change {
        at: time_after(shown, stamp.now, &stamp.device_id, stamp.seq),
        id: stamp.id,
        device_id: stamp.device_id,
        seq: stamp.seq,
        community_id: conflict.community_id.clone(),
        item_id: conflict.item_id.clone(),
        base: Some(shown.id.clone()),
        kind: replacing(&shown.kind, chosen),
        author: stamp.author,
        inspection_id: None,
        undoes: None,
        merges,
    })
}

/// `chosen` with its `old` side set to what `shown` left.
fn replacing(shown: &ChangeKind, chosen: ChangeKind) -> ChangeKind {
    use ChangeKind as K;
    match (shown, chosen) {
        (K::Result { new: old, .. }, K::Result { new, reason, .. }) => K::Result {
            old: *old,
            new,
            reason,
        },
        (K::Note { new: old, .. }, K::Note { new, .. }) => K::Note {
            old: old.clone(),
            new,
        },
        (K::Action { new: old, .. }, K::Action { action_id, new, .. }) => K::Action {
            action_id,
            old: old.clone(),
            new,
        },
        (_, chosen) => chosen,
    }
}

/// `now`, but ordered after `latest` even if the clock is behind it.
fn time_after(latest: &Change, now: DateTime<Utc>, device_id: &str, seq: u64) -> DateTime<Utc> {
    let at = now.max(latest.at);
    let ties_before =
        at == latest.at && (device_id, seq) <= (latest.device_id.as_str(), latest.seq);
    if ties_before {
        let later = latest.at.checked_add_signed(Duration::milliseconds(1));
        later.unwrap_or(latest.at)
    } else {
        at
    }
}
