//! Merging is boring and exact: commutative, associative, idempotent, and
//! no change record is ever lost, over random edit histories on several
//! devices; importing a file twice changes nothing.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::assessment::{Change, Inspection, Rating};
use danzhou_green_community::community::Community;
use danzhou_green_community::exchange::{
    build_export, import_into, parse_export, to_json, MAX_IMPORT_BYTES,
};
use danzhou_green_community::ids::ChangeId;
use danzhou_green_community::records::{id_clashes, merge, Records};
use exchange_support::*;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 96,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn merge_is_commutative(steps in history(40)) {
        let d = play(&steps);
        prop_assert_eq!(merge(&d[0], &d[1]), merge(&d[1], &d[0]));
    }

    #[test]
    fn merge_is_associative(steps in history(40)) {
        let d = play(&steps);
        prop_assert_eq!(
            merge(&d[0], &merge(&d[1], &d[2])),
            merge(&merge(&d[0], &d[1]), &d[2])
        );
    }

    #[test]
    fn merge_is_idempotent(steps in history(40)) {
        let d = play(&steps);
        prop_assert_eq!(merge(&d[0], &d[0]), d[0].clone());
        let both = merge(&d[0], &d[1]);
        prop_assert_eq!(merge(&both, &d[1]), both.clone());
    }

    #[test]
    fn no_change_is_lost(steps in history(40)) {
        let d = play(&steps);
        let merged = merge(&d[0], &d[1]);
        for id in d[0].changes().keys().chain(d[1].changes().keys()) {
            prop_assert!(merged.changes().contains_key(id), "lost {}", id);
        }
        for hash in d[0].photos.keys().chain(d[1].photos.keys()) {
            prop_assert!(merged.photos.contains_key(hash));
        }
    }

    #[test]
    fn importing_a_file_twice_changes_nothing_the_second_time(steps in history(30)) {
        let d = play(&steps);
        let plan = plan();
        let document = build_export(&d[1], &[&"c1".into()], &plan, options(true));
        let bytes = to_json(&document).into_bytes();
        let parsed = parse_export(&bytes, &plan, MAX_IMPORT_BYTES).expect("a valid export");
        let after_first = imported(&d[0], &parsed);
        let second = import_into(&after_first, &parsed);
        prop_assert!(second.summary.already_up_to_date);
        prop_assert!(second.to_write.is_empty());
        prop_assert_eq!(imported(&after_first, &parsed), after_first);
    }

    #[test]
    fn an_import_writes_exactly_what_the_merge_changes(steps in history(30)) {
        let d = play(&steps);
        let plan = plan();
        let document = build_export(&d[1], &[&"c1".into()], &plan, options(true));
        let outcome = import_into(&d[0], &document);
        let merged = merge(&d[0], &Records::from_export(&document));
        prop_assert_eq!(&outcome.to_write, &merged.difference(&d[0]));
        let mut absorbed = d[0].clone();
        absorbed.absorb(&outcome.to_write);
        prop_assert_eq!(absorbed, merged);
    }
}

#[test]
fn insertion_order_does_not_matter() {
    let d = play(&[]);
    let dataset = phone_dataset();
    let mut reversed = Records::default();
    for change in dataset.changes().values().rev() {
        reversed.insert_change(change.clone());
    }
    for community in dataset.communities.values() {
        reversed.insert_community(community.clone());
    }
    for inspection in dataset.inspections.values() {
        reversed.insert_inspection(inspection.clone());
    }
    for (hash, blob) in &dataset.photos {
        reversed.insert_photo(hash.clone(), blob.clone());
    }
    assert_eq!(reversed, dataset);
    assert_eq!(d.len(), DEVICES);
}

#[test]
fn the_later_rename_wins_and_ties_go_by_name() {
    let older = Community {
        id: "c1".into(),
        name: "东风社区".into(),
        created_at: t(0),
        updated_at: t(10),
    };
    let newer = Community {
        name: "新东风社区".into(),
        updated_at: t(20),
        ..older.clone()
    };
    let same_time = Community {
        name: "A社区".into(),
        ..older.clone()
    };
    let with = |c: &Community| {
        let mut d = Records::default();
        d.insert_community(c.clone());
        d
    };
    assert_eq!(merge(&with(&older), &with(&newer)).communities["c1"], newer);
    assert_eq!(merge(&with(&newer), &with(&older)).communities["c1"], newer);
    assert_eq!(
        merge(&with(&older), &with(&same_time)).communities["c1"],
        same_time
    );
    assert_eq!(
        merge(&with(&same_time), &with(&older)).communities["c1"],
        same_time
    );
}

#[test]
fn a_finished_inspection_wins_over_the_open_copy() {
    let open = Inspection {
        id: "i1".into(),
        community_id: "c1".into(),
        date: day(2026, 11, 28),
        inspectors: vec!["王芳".into()],
        started_at: t(0),
        finished_at: None,
        device_id: "phone-a".into(),
    };
    let finished = Inspection {
        finished_at: Some(t(60)),
        ..open.clone()
    };
    let mut a = Records::default();
    a.insert_inspection(open);
    let mut b = Records::default();
    b.insert_inspection(finished.clone());
    assert_eq!(merge(&a, &b).inspections["i1"], finished);
    assert_eq!(merge(&b, &a).inspections["i1"], finished);
}

#[test]
fn two_versions_of_one_record_are_reported_and_one_is_kept_everywhere() {
    let a = phone_dataset();
    let mut b = a.clone();
    let mut change = b.changes()["ch-1"].clone();
    change.author = "改过的".into();
    b.replace_change(change);
    assert_eq!(id_clashes(&a, &b), vec![ChangeId::from("ch-1")]);
    assert_eq!(merge(&a, &b), merge(&b, &a));
    assert_eq!(merge(&a, &b).changes().len(), a.changes().len());
}

#[test]
fn the_import_summary_counts_what_came_in() {
    let office = Records::default();
    let document = phone_export(true);
    let outcome = import_into(&office, &document);
    let s = &outcome.summary;
    assert_eq!(s.communities_added, 1);
    assert_eq!(s.communities_updated, 0);
    assert_eq!(s.changes_added, 5);
    assert_eq!(s.photos_added, 1);
    assert_eq!(s.photos_missing, 0);
    assert_eq!(s.conflicts_found, 0);
    assert!(!s.already_up_to_date);
    let after = imported(&office, &document);
    assert_eq!(after.last_exported_at["c1"], t(100));
    assert_eq!(outcome.to_write, after.difference(&office));

    let again = import_into(&after, &document);
    assert!(again.summary.already_up_to_date);
    assert_eq!(again.summary.changes_added, 0);
    assert!(again.to_write.is_empty());
}

#[test]
fn a_file_without_photos_imports_and_counts_the_missing_ones() {
    let outcome = import_into(&Records::default(), &phone_export(false));
    assert_eq!(outcome.summary.photos_added, 0);
    assert_eq!(outcome.summary.photos_missing, 1);
    // The photo bytes arriving later fill the gap.
    let later = import_into(
        &imported(&Records::default(), &phone_export(false)),
        &phone_export(true),
    );
    assert_eq!(later.summary.photos_added, 1);
    assert_eq!(later.summary.photos_missing, 0);
    assert!(!later.summary.already_up_to_date);
}

#[test]
fn a_newer_file_of_a_known_community_updates_it() {
    let first = imported(&Records::default(), &phone_export(true));
    let mut ws = phone();
    let change = ws.result_change(
        &"c1".into(),
        &"a1-04".into(),
        Rating::NotMet,
        None,
        stamp("ch-9", 50),
    );
    apply(&mut ws, change.unwrap());
    let mut dataset = ws.records.clone();
    dataset.photos = phone_dataset().photos;
    let document = build_export(&dataset, &[&"c1".into()], &plan(), options(true));
    let outcome = import_into(&first, &document);
    assert_eq!(outcome.summary.communities_added, 0);
    assert_eq!(outcome.summary.communities_updated, 1);
    assert_eq!(outcome.summary.changes_added, 1);
    assert_eq!(outcome.to_write.changes().len(), 1);
}

#[test]
fn the_same_community_added_on_two_devices_is_kept_twice_and_reported() {
    let office = imported(&Records::default(), &phone_export(true));
    let phone = phone().records;
    let community = Community {
        id: "c2".into(),
        ..phone.communities["c1"].clone()
    };
    let changes = phone
        .changes()
        .values()
        .map(|c| Change {
            community_id: "c2".into(),
            id: format!("other-{}", c.id).into(),
            ..c.clone()
        })
        .collect();
    let inspections = phone
        .inspections
        .values()
        .map(|i| Inspection {
            community_id: "c2".into(),
            id: format!("other-{}", i.id).into(),
            ..i.clone()
        })
        .collect();
    let other = Records::from_lists(vec![community], changes, inspections);
    let document = build_export(&other, &[&"c2".into()], &plan(), options(false));
    let outcome = import_into(&office, &document);
    assert_eq!(outcome.summary.same_names, vec!["东风社区".to_string()]);
    assert_eq!(imported(&office, &document).communities.len(), 2);
}
