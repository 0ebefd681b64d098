//! What the records keep as they grow (each item's history and state, each
//! community's results, each device's next counter) equals what folding
//! every record from scratch gives, after any sequence of edits, undos,
//! imports, merges and damaged records, whatever order records arrive in.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use danzhou_green_community::assessment::{Change, ChangeKind, ItemState, Rating};
use danzhou_green_community::ids::{CommunityId, DeviceId, ItemId};
use danzhou_green_community::records::{merge, Records};
use exchange_support::*;
use proptest::prelude::*;

/// Every item's records, sorted, folded from nothing.
fn folded(records: &Records) -> BTreeMap<(CommunityId, ItemId), Vec<&Change>> {
    let mut by_item: BTreeMap<(CommunityId, ItemId), Vec<&Change>> = BTreeMap::new();
    for change in records.changes().values() {
        let key = (change.community_id.clone(), change.item_id.clone());
        by_item.entry(key).or_default().push(change);
    }
    for history in by_item.values_mut() {
        history.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    }
    by_item
}

fn assert_kept_equals_folded(records: &Records) -> Result<(), TestCaseError> {
    let by_item = folded(records);
    let communities: BTreeSet<&CommunityId> = by_item.keys().map(|(c, _)| c).collect();
    for ((community, item), history) in &by_item {
        let kept: Vec<&str> = records
            .history(community, item)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let expected: Vec<&str> = history.iter().map(|c| c.id.as_str()).collect();
        prop_assert_eq!(kept, expected);
        let state = ItemState::from_changes(history.iter().copied());
        prop_assert_eq!(records.item_state(community, item), state.clone());
        prop_assert_eq!(records.na_reason(community, item), state.na_reason.clone());
        let latest = history
            .iter()
            .rfind(|c| matches!(c.kind, ChangeKind::Result { .. }));
        prop_assert_eq!(
            records.latest_result(community, item).map(|c| &c.id),
            latest.map(|c| &c.id)
        );
        prop_assert_eq!(records.rating(community, item), state.rating);
    }
    for community in communities {
        let rated: HashMap<ItemId, Rating> = by_item
            .iter()
            .filter(|((c, _), history)| {
                c == community
                    && history
                        .iter()
                        .any(|h| matches!(h.kind, ChangeKind::Result { .. }))
            })
            .map(|((_, item), history)| {
                (
                    item.clone(),
                    ItemState::from_changes(history.iter().copied()).rating,
                )
            })
            .collect();
        prop_assert_eq!(records.ratings(community), rated);
        let mine = || {
            records
                .changes()
                .values()
                .filter(move |c| c.community_id == *community)
        };
        prop_assert_eq!(
            records.last_change_at(community),
            mine().map(|c| c.at).max()
        );
        let devices: BTreeSet<DeviceId> = mine().map(|c| c.device_id.clone()).collect();
        prop_assert_eq!(records.devices_of(community), Vec::from_iter(devices));
        let photos: BTreeSet<String> = mine()
            .filter_map(|c| match &c.kind {
                ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } => {
                    Some(photo.hash.clone())
                }
                _ => None,
            })
            .collect();
        prop_assert_eq!(records.photo_hashes_of(community), photos);
        let mut all: Vec<&Change> = mine().collect();
        all.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        let ids = |list: Vec<&Change>| list.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ids(records.changes_of(community)), ids(all));
    }
    prop_assert_eq!(
        records.last_change_at_all(),
        records.changes().values().map(|c| c.at).max()
    );
    let mut next: HashMap<&DeviceId, u64> = HashMap::new();
    for change in records.changes().values() {
        let seq = next.entry(&change.device_id).or_insert(1);
        *seq = (*seq).max(change.seq + 1);
    }
    for (device, seq) in next {
        prop_assert_eq!(records.next_seq(device), seq);
    }
    Ok(())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn kept_state_equals_a_fold_from_scratch(steps in history(40)) {
        for records in play(&steps) {
            assert_kept_equals_folded(&records)?;
        }
    }

    #[test]
    fn records_taken_in_any_order_keep_the_same_state(steps in history(30), seed in any::<u64>()) {
        let devices = play(&steps);
        let merged = devices.iter().fold(Records::default(), |all, d| merge(&all, d));
        assert_kept_equals_folded(&merged)?;
        // The same records arriving newest first, or shuffled.
        let mut changes: Vec<Change> = merged.changes().values().cloned().collect();
        changes.reverse();
        let reversed = Records::from_lists(vec![], changes.clone(), vec![]);
        assert_kept_equals_folded(&reversed)?;
        let mut state = seed;
        for i in (1..changes.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            changes.swap(i, (state >> 33) as usize % (i + 1));
        }
        let shuffled = Records::from_lists(vec![], changes, vec![]);
        assert_kept_equals_folded(&shuffled)?;
        prop_assert_eq!(shuffled.changes(), reversed.changes());
    }
}

#[test]
fn a_community_removed_takes_its_state_with_it() {
    let mut records = phone().records;
    let c1: CommunityId = "c1".into();
    assert!(!records.ratings(&c1).is_empty());
    records.remove_community(&c1);
    assert!(records.ratings(&c1).is_empty());
    assert!(records.history(&c1, &"a1-01".into()).is_empty());
    assert!(records.changes_of(&c1).is_empty());
}
