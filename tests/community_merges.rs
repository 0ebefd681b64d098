//! Merging two communities that are one (the same community added on two
//! phones): the merge is a record, so it travels and merges like the others,
//! and what every device shows follows from the set of records alone,
//! whatever order they arrived in. Nothing is lost, and an undo gives back
//! the two communities as they were.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use std::collections::BTreeMap;

use danzhou_green_community::assessment::{ItemState, Rating};
use danzhou_green_community::community::{Community, CommunityMerge};
use danzhou_green_community::exchange::{
    build_export, parse_export, to_json, ExportOptions, MAX_IMPORT_BYTES,
};
use danzhou_green_community::ids::{CommunityId, ItemId};
use danzhou_green_community::records::{merge, Records};
use danzhou_green_community::workspace::{MergeError, Workspace};
use exchange_support::*;
use proptest::prelude::*;

const COMMUNITIES: usize = 4;

fn cid(n: usize) -> CommunityId {
    format!("c{n}").into()
}

fn community(n: usize) -> Community {
    Community {
        id: cid(n),
        name: format!("社区{n}"),
        created_at: t(n as i64),
        updated_at: t(n as i64),
    }
}

/// A merge of `from` into `into`, made at `t(at)`, undone at `t(undone)`.
fn merge_record(
    id: usize,
    from: usize,
    into: usize,
    at: i64,
    undone: Option<i64>,
) -> CommunityMerge {
    CommunityMerge {
        id: format!("m{id}").into(),
        from: cid(from),
        into: cid(into),
        at: t(at),
        device_id: "office".into(),
        author: "市城管局".into(),
        undone_at: undone.map(t),
    }
}

/// Communities with results on a few items, rated on several devices.
fn rated(ratings: &[(usize, usize, usize, i64)]) -> Records {
    let communities = (0..COMMUNITIES).map(community).collect();
    let mut ws = Workspace::new("device-0".into(), communities, vec![]);
    for (n, (community, item, rating, at)) in ratings.iter().enumerate() {
        let item: ItemId = ITEMS[*item].into();
        let rating = Rating::ALL[*rating];
        let reason = (rating == Rating::NotApplicable).then_some("无此设施");
        let stamp = stamp(&format!("ch-{community}-{n}"), *at);
        if let Ok(Some(change)) = ws.result_change(&cid(*community), &item, rating, reason, stamp) {
            ws.apply_change(change);
        }
    }
    ws.records
}

fn with_merges(records: &Records, merges: &[CommunityMerge]) -> Records {
    let mut records = records.clone();
    records.insert_community_merges(merges.iter().cloned());
    records
}

fn ratings() -> impl Strategy<Value = Vec<(usize, usize, usize, i64)>> {
    prop::collection::vec(
        (
            0..COMMUNITIES,
            0..ITEMS.len(),
            0..Rating::ALL.len(),
            0..20i64,
        ),
        0..20,
    )
}

/// Merges among the communities, some undone; a few with the same id in
/// two versions (an undo that reached one device only).
fn merges() -> impl Strategy<Value = Vec<CommunityMerge>> {
    prop::collection::vec(
        (
            0..6usize,
            0..COMMUNITIES,
            0..COMMUNITIES,
            0..10i64,
            prop::option::of(10..20i64),
        ),
        0..6,
    )
    .prop_map(|list| {
        list.into_iter()
            .filter(|(_, from, into, _, _)| from != into)
            .map(|(id, from, into, at, undone)| merge_record(id, from, into, at, undone))
            .collect()
    })
}

/// Everything kept of each community's records, merged away or not: each
/// item's history, state and latest result, and the community's last
/// change and photos.
type Kept = BTreeMap<String, (Vec<(Vec<String>, ItemState, Option<String>)>, String)>;

fn kept(records: &Records) -> Kept {
    (0..COMMUNITIES)
        .map(|n| {
            let id = cid(n);
            let items = ITEMS
                .iter()
                .map(|item| {
                    let item: ItemId = (*item).into();
                    let history = records
                        .history(&id, &item)
                        .iter()
                        .map(|c| c.id.to_string())
                        .collect();
                    let latest = records.latest_result(&id, &item).map(|c| c.id.to_string());
                    (history, records.item_state(&id, &item), latest)
                })
                .collect();
            let community = format!(
                "{:?} {:?}",
                records.last_change_at(&id),
                records.photo_hashes_of(&id)
            );
            (id.to_string(), (items, community))
        })
        .collect()
}

/// What a device shows: each shown community's item states, by id.
fn shown(records: &Records) -> BTreeMap<CommunityId, BTreeMap<ItemId, ItemState>> {
    records
        .shown_communities()
        .map(|c| (c.id.clone(), records.item_states(&c.id)))
        .collect()
}

proptest! {
    #[test]
    fn what_is_shown_does_not_depend_on_the_order_merges_arrive(
        ratings in ratings(), merges in merges(), split in 0..6usize,
    ) {
        let base = rated(&ratings);
        let all_at_once = with_merges(&base, &merges);
        let mut reversed = merges.clone();
        reversed.reverse();
        let (first, second) = merges.split_at(split.min(merges.len()));
        let in_two_files = merge(&with_merges(&base, second), &with_merges(&base, first));
        prop_assert_eq!(&with_merges(&base, &reversed), &all_at_once);
        prop_assert_eq!(&in_two_files, &all_at_once);
        prop_assert_eq!(shown(&in_two_files), shown(&all_at_once));
        prop_assert_eq!(in_two_files.resolution(), all_at_once.resolution());
    }

    #[test]
    fn merges_and_undos_taken_one_at_a_time_keep_what_a_fresh_start_keeps(
        ratings in ratings(), merges in merges(), undo in prop::collection::vec(any::<bool>(), 6),
    ) {
        let base = rated(&ratings);
        let communities: Vec<Community> = base.communities.values().cloned().collect();
        let changes: Vec<_> = base.changes().values().cloned().collect();
        let mut stepwise = base.clone();
        let mut arrived = Vec::new();
        for (n, merge) in merges.iter().enumerate() {
            let mut next = vec![merge.clone()];
            if undo[n] {
                next.push(merge.undone(t(30 + n as i64)));
            }
            for merge in next {
                // Each merge regroups only what it touches (Records::rederive),
                // and says which communities those are: nothing else changes.
                let before = kept(&stepwise);
                let regrouped = stepwise.insert_community_merge(merge.clone());
                let after = kept(&stepwise);
                for (id, state) in &before {
                    if !regrouped.contains(&CommunityId::from(id.as_str())) {
                        prop_assert_eq!(Some(state), after.get(id));
                    }
                }
                arrived.push(merge);
                let fresh = Records::from_stored(communities.clone(), changes.clone(), vec![], arrived.clone());
                prop_assert_eq!(kept(&stepwise), kept(&fresh));
                prop_assert_eq!(shown(&stepwise), shown(&fresh));
            }
        }
    }

    #[test]
    fn merging_records_with_merges_is_commutative_associative_and_idempotent(
        ratings in ratings(), a in merges(), b in merges(), c in merges(),
    ) {
        let base = rated(&ratings);
        let (a, b, c) = (with_merges(&base, &a), with_merges(&base, &b), with_merges(&base, &c));
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        prop_assert_eq!(merge(&a, &merge(&b, &c)), merge(&merge(&a, &b), &c));
        prop_assert_eq!(merge(&a, &a), a.clone());
        prop_assert_eq!(shown(&merge(&a, &b)), shown(&merge(&b, &a)));
    }

    #[test]
    fn every_community_counts_as_a_shown_one_and_nothing_is_lost(
        ratings in ratings(), merges in merges(),
    ) {
        let base = rated(&ratings);
        let merged = with_merges(&base, &merges);
        prop_assert_eq!(merged.changes(), base.changes());
        prop_assert!(merged.shown_communities().count() >= 1);
        for id in merged.communities.keys() {
            let root = merged.resolve(id);
            prop_assert_eq!(merged.resolve(root), root);
            prop_assert!(!merged.is_merged_away(root));
            prop_assert!(merged.members_of(root).contains(id));
        }
        // Every record shows in the history of the community it counts as.
        for change in base.changes().values() {
            let root = merged.resolve(&change.community_id);
            let history = merged.history(root, &change.item_id);
            prop_assert!(history.iter().any(|c| c.id == change.id));
        }
    }

    #[test]
    fn a_merged_community_shows_the_records_of_all_its_members(
        ratings in ratings(), merges in merges(),
    ) {
        let base = rated(&ratings);
        let merged = with_merges(&base, &merges);
        for root in merged.shown_communities().map(|c| c.id.clone()) {
            let members = merged.members_of(&root);
            for item in ITEMS {
                let mut history: Vec<_> = base
                    .changes()
                    .values()
                    .filter(|c| members.contains(&c.community_id) && c.item_id == item)
                    .collect();
                history.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
                let expected = ItemState::from_changes(history.iter().copied());
                prop_assert_eq!(merged.item_state(&root, &item.into()), expected);
            }
        }
    }

    #[test]
    fn undoing_every_merge_gives_back_the_communities_as_they_were(
        ratings in ratings(), merges in merges(),
    ) {
        let base = rated(&ratings);
        let merged = with_merges(&base, &merges);
        let undone: Vec<CommunityMerge> = merges.iter().map(|m| m.undone(t(30))).collect();
        let after_undo = with_merges(&merged, &undone);
        prop_assert_eq!(shown(&after_undo), shown(&base));
        prop_assert_eq!(after_undo.communities_in_order(), base.communities_in_order());
    }

    #[test]
    fn an_export_of_a_merged_community_carries_its_members_and_the_merge(
        ratings in ratings(), merges in merges(),
    ) {
        let plan = plan();
        let base = rated(&ratings);
        let merged = with_merges(&base, &merges);
        let roots: Vec<CommunityId> = merged.shown_communities().map(|c| c.id.clone()).collect();
        let ids: Vec<&CommunityId> = roots.iter().collect();
        let document = build_export(&merged, &ids, &plan, options(false));
        let bytes = to_json(&document).into_bytes();
        let parsed = parse_export(&bytes, &plan, MAX_IMPORT_BYTES).expect("a valid export");
        let received = Records::from_export(&parsed);
        prop_assert_eq!(shown(&received), shown(&merged));
        prop_assert_eq!(received.changes(), merged.changes());
    }

    #[test]
    fn an_export_made_from_the_communitys_own_records_is_the_export_of_everything(
        ratings in ratings(), merges in merges(), relay in any::<bool>(),
    ) {
        let plan = plan();
        let mut merged = with_merges(&rated(&ratings), &merges);
        for n in 0..COMMUNITIES {
            merged.note_export(cid(n), t(50 + n as i64));
        }
        let options = || ExportOptions { relay, ..options(false) };
        for root in merged.shown_communities().map(|c| c.id.clone()) {
            // The app exports from `only`, which copies what the community needs.
            let alone = merged.only(&[&root]);
            prop_assert_eq!(
                to_json(&build_export(&alone, &[&root], &plan, options())),
                to_json(&build_export(&merged, &[&root], &plan, options()))
            );
            prop_assert!(alone.changes().len() <= merged.changes().len());
        }
    }
}

#[test]
fn a_phone_that_imports_the_offices_file_sees_one_community() {
    // Two phones added 东风社区 apart; the office merged them.
    let index = |r: Rating| Rating::ALL.iter().position(|x| *x == r).unwrap();
    let phone_a = rated(&[(1, 0, index(Rating::Met), 1)]);
    let phone_b = rated(&[(2, 1, index(Rating::Partial), 2)]);
    let office_before = merge(&phone_a, &phone_b);
    let office = Workspace::from_records("office".into(), office_before);
    let record = office
        .merge_of(&cid(2), &cid(1), "m1".into(), t(50), "市城管局")
        .unwrap();
    let office = with_merges(&office.records, &[record]);
    let plan = plan();
    let all: Vec<&CommunityId> = office.communities.keys().collect();
    let document = build_export(&office, &all, &plan, options(false));
    let bytes = to_json(&document).into_bytes();
    let parsed = parse_export(&bytes, &plan, MAX_IMPORT_BYTES).unwrap();
    let phone = merge(&phone_a, &Records::from_export(&parsed));
    assert!(phone.is_merged_away(&cid(2)));
    assert!(!phone.communities_in_order().iter().any(|c| c.id == cid(2)));
    let kept = phone.ratings(&cid(1));
    assert_eq!(kept.get(&ItemId::from(ITEMS[0])), Some(&Rating::Met));
    assert_eq!(kept.get(&ItemId::from(ITEMS[1])), Some(&Rating::Partial));
}

#[test]
fn a_merge_is_refused_when_it_cannot_mean_anything() {
    let office = Workspace::from_records("office".into(), rated(&[]));
    let merge = |from, into| office.merge_of(&cid(from), &cid(into), "m".into(), t(1), "");
    assert_eq!(merge(1, 1), Err(MergeError::SameCommunity));
    assert_eq!(
        office.merge_of(&cid(1), &"nowhere".into(), "m".into(), t(1), ""),
        Err(MergeError::UnknownCommunity)
    );
    let first = merge(1, 2).unwrap();
    let office = Workspace::from_records("office".into(), with_merges(&office.records, &[first]));
    let again = office.merge_of(&cid(1), &cid(3), "m2".into(), t(2), "");
    assert_eq!(again, Err(MergeError::AlreadyMergedAway));
    let into_hidden = office.merge_of(&cid(3), &cid(1), "m2".into(), t(2), "");
    assert_eq!(into_hidden, Err(MergeError::AlreadyMergedAway));
}

#[test]
fn a_cycle_made_on_two_devices_is_broken_at_its_smallest_id() {
    let cycle = [
        merge_record(1, 1, 2, 1, None),
        merge_record(2, 2, 3, 2, None),
        merge_record(3, 3, 1, 3, None),
    ];
    let records = with_merges(&rated(&[]), &cycle);
    for n in 1..=3 {
        assert_eq!(records.resolve(&cid(n)), &cid(1));
    }
    assert!(!records.is_merged_away(&cid(1)));
}

#[test]
fn an_undo_only_undoes_and_is_kept_over_the_merge_it_undoes() {
    let made = merge_record(1, 1, 2, 1, None);
    let undone = made.undone(t(5));
    let one_way = with_merges(&rated(&[]), &[made.clone(), undone.clone()]);
    let other_way = with_merges(&rated(&[]), &[undone.clone(), made.clone()]);
    assert_eq!(one_way, other_way);
    assert_eq!(one_way.community_merges().values().next(), Some(&undone));
    assert!(!one_way.is_merged_away(&cid(1)));
    // The undo regroups the community it gives back and the one it left.
    let mut merged = with_merges(&rated(&[]), &[made]);
    assert_eq!(
        merged.insert_community_merge(undone.clone()),
        [cid(1), cid(2)].into_iter().collect()
    );
    assert!(merged.insert_community_merge(undone).is_empty());
}

#[test]
fn the_office_is_pointed_at_communities_that_are_probably_one() {
    use danzhou_green_community::city::{likely_duplicates, Roster, RosterEntry, Why};
    let mut records = rated(&[]);
    // c0 and c1 are named alike; c2 and c3 are matched by hand to one entry.
    let mut copy = community(1);
    copy.name = "社区０ ".into();
    copy.updated_at = t(9);
    records.insert_community(copy);
    let mut entry = RosterEntry::named("东风社区");
    entry.matched = vec![cid(2), cid(3)];
    let roster = Roster {
        entries: vec![entry],
    };
    let groups = likely_duplicates(&records, &roster);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].why, Why::SameEntry("东风社区".into()));
    assert_eq!(groups[0].ids, [cid(2), cid(3)]);
    assert_eq!(groups[1].why, Why::SameName);
    assert_eq!(groups[1].ids, [cid(0), cid(1)]);
    // Once merged, a pair is pointed at no more.
    let merged = with_merges(&records, &[merge_record(1, 3, 2, 1, None)]);
    assert_eq!(likely_duplicates(&merged, &roster).len(), 1);
}
