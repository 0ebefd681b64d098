//! Histories the earlier fault wrote still read as one device's edits.
//! `tests/e2e/fixtures/fault-same-seq.json` was exported by the app before
//! the fix (release build, 360×640 at CPU 4×, a new community, four result
//! taps in one task): four changes of one device, all with seq 1 and no
//! base, a1-01's second one with `old: "unassessed"`. Importing, merging,
//! undo and the conflict list treat them as one device's sequence in time.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::assessment::{ChangeKind, Rating};
use danzhou_green_community::exchange::{
    conflicts, import_into, parse_export, ExportDocument, MAX_IMPORT_BYTES,
};
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::records::Records;
use danzhou_green_community::workspace::Workspace;
use exchange_support::{imported, plan, stamp};

fn fault_export() -> ExportDocument {
    let bytes = include_bytes!("e2e/fixtures/fault-same-seq.json");
    parse_export(bytes, &plan(), MAX_IMPORT_BYTES).expect("the fixture is a valid export")
}

fn community_id(document: &ExportDocument) -> CommunityId {
    document.communities[0].community.id.clone()
}

#[test]
fn the_fixture_has_the_fault() {
    let document = fault_export();
    let changes = &document.communities[0].changes;
    assert_eq!(changes.len(), 4);
    assert!(changes.iter().all(|c| c.seq == 1 && c.base.is_none()));
    assert!(changes.iter().all(|c| c.device_id == changes[0].device_id));
}

#[test]
fn importing_it_finds_no_conflict_and_shows_the_last_tap() {
    let document = fault_export();
    let outcome = import_into(&Records::default(), &document);
    assert_eq!(outcome.summary.conflicts_found, 0);
    let records = imported(&Records::default(), &document);
    let id = community_id(&document);
    assert!(conflicts(records.changes().values(), &id).is_empty());
    assert_eq!(records.rating(&id, &"a1-01".into()), Rating::NotMet);
    assert_eq!(records.rating(&id, &"a1-02".into()), Rating::Met);
    assert_eq!(records.rating(&id, &"a1-03".into()), Rating::Partial);
}

#[test]
fn a_later_correct_export_merges_with_it_in_either_order_without_conflict() {
    let document = fault_export();
    let id = community_id(&document);
    let device = document.communities[0].changes[0].device_id.clone();
    // The same phone, updated, goes on from what it stored.
    let mut phone = Workspace::from_records(device, imported(&Records::default(), &document));
    let next = phone.result_change(
        &id,
        &"a1-01".into(),
        Rating::Met,
        None,
        stamp("later", 10_000_000),
    );
    phone.apply_change(next.unwrap().unwrap());
    let one_way = imported(
        &imported(&Records::default(), &document),
        &export_of(&phone),
    );
    let other_way = imported(
        &imported(&Records::default(), &export_of(&phone)),
        &document,
    );
    assert_eq!(one_way, other_way);
    assert!(conflicts(one_way.changes().values(), &id).is_empty());
    assert_eq!(one_way.rating(&id, &"a1-01".into()), Rating::Met);
}

fn export_of(phone: &Workspace) -> ExportDocument {
    let id = phone.communities.keys().next().unwrap().clone();
    let options = exchange_support::options(false);
    danzhou_green_community::exchange::build_export(&phone.records, &[&id], &plan(), options)
}

#[test]
fn undo_puts_back_what_the_screen_showed_before_the_last_tap() {
    let document = fault_export();
    let id = community_id(&document);
    let device = document.communities[0].changes[0].device_id.clone();
    let phone = Workspace::from_records(device, imported(&Records::default(), &document));
    let undo = phone
        .undo_last(&id, &"a1-01".into(), stamp("undo", 10_000_000))
        .unwrap();
    // The faulty record says it replaced 未评估; the screen showed 达标.
    assert!(matches!(
        undo.kind,
        ChangeKind::Result {
            old: Rating::NotMet,
            new: Rating::Met,
            ..
        }
    ));
}
