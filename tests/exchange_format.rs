//! The export file: self-describing, with a checksum over its canonical
//! bytes, one community per phone file, and a safe file name.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::exchange::{
    build_export, canonical_bytes, checksum_matches, file_name, to_json, ExportDocument,
    ExportOptions, APP_VERSION, EXPORT_FORMAT, SCHEMA_VERSION,
};
use danzhou_green_community::hashing::sha256_hex;
use danzhou_green_community::records::Records;
use exchange_support::*;

#[test]
fn an_export_says_what_it_is() {
    let document = phone_export(true);
    assert_eq!(document.format, EXPORT_FORMAT);
    assert_eq!(document.format, "danzhou-green-community-export");
    assert_eq!(document.schema_version, SCHEMA_VERSION);
    assert_eq!(document.app_version, env!("CARGO_PKG_VERSION"));
    assert_eq!(document.app_version, APP_VERSION);
    assert_eq!(
        (document.plan.id.as_str(), document.plan.version.as_str()),
        ("danzhou-2020", "1.1.0")
    );
    assert_eq!(document.exported_at, t(100));
    assert_eq!(document.device.id, "phone-a");
    assert_eq!(document.device.user_name, "王芳");
    assert_eq!(document.communities.len(), 1);
    let entry = &document.communities[0];
    assert_eq!(entry.community.name, "东风社区");
    assert_eq!(entry.changes.len(), 5);
    assert_eq!(entry.inspections.len(), 1);
    assert_eq!(entry.last_exported_at, None);
    assert_eq!(document.photos.len(), 1);
    assert_eq!(document.photos[0].hash, photo(1).0.hash);
    assert_eq!(document.photos[0].bytes, photo(1).1.len() as u64);
    assert_eq!(document.checksum.algorithm, "sha256");
}

#[test]
fn records_are_written_in_order() {
    let document = phone_export(false);
    let changes = &document.communities[0].changes;
    assert!(changes
        .windows(2)
        .all(|w| w[0].order_key() < w[1].order_key()));
    assert!(document.photos.is_empty());
}

#[test]
fn the_json_has_the_documented_members_in_order() {
    let text = serde_json::to_string(&phone_export(true)).unwrap();
    let keys = [
        "\"format\"",
        "\"schema_version\"",
        "\"app_version\"",
        "\"plan\"",
        "\"exported_at\"",
        "\"device\"",
        "\"communities\"",
        "\"photos\"",
        "\"checksum\"",
    ];
    let positions: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let change = &value["communities"][0]["changes"][0];
    assert_eq!(change["kind"]["field"], "result");
    assert!(change.get("merges").is_none());
}

#[test]
fn the_checksum_is_sha256_over_the_compact_document_without_it() {
    let document = phone_export(true);
    let compact = serde_json::to_string(&document).unwrap();
    let cut = compact.rfind(",\"checksum\":").unwrap();
    let expected = format!("{}}}", &compact[..cut]);
    assert_eq!(canonical_bytes(&document), expected.as_bytes());
    assert_eq!(document.checksum.value, sha256_hex(expected.as_bytes()));
    assert!(checksum_matches(&document));
}

#[test]
fn the_checksum_does_not_depend_on_the_layout_but_on_every_value() {
    let document = phone_export(true);
    let pretty = to_json(&document);
    assert!(pretty.contains("\n  \"format\""));
    let read: ExportDocument = serde_json::from_str(&pretty).unwrap();
    assert_eq!(read, document);
    assert!(checksum_matches(&read));

    let mut changed = document.clone();
    changed.communities[0].community.name = "西风社区".into();
    assert!(!checksum_matches(&changed));
}

#[test]
fn the_office_export_holds_many_communities_and_their_export_times() {
    let mut office = imported(&Default::default(), &phone_export(true));
    let mut community = phone_dataset().communities["c1"].clone();
    community.id = "c2".into();
    community.name = "西风社区".into();
    let mut other = Records::default();
    other.insert_community(community);
    office.absorb(&other);
    let options = ExportOptions {
        relay: true,
        city: None,
        exported_at: t(500),
        ..options(false)
    };
    let document = build_export(
        &office,
        &[&"c1".into(), &"c2".into(), &"missing".into()],
        &plan(),
        options,
    );
    assert_eq!(document.communities.len(), 2);
    assert_eq!(document.communities[0].last_exported_at, Some(t(100)));
    assert_eq!(document.communities[1].last_exported_at, None);
    // Imported elsewhere, c1 keeps its own export time, c2 gets the file's.
    let elsewhere = imported(&Default::default(), &document);
    assert_eq!(elsewhere.last_exported_at["c1"], t(100));
    assert_eq!(elsewhere.last_exported_at["c2"], t(500));
}

#[test]
fn file_names_carry_the_community_and_the_date() {
    let date = day(2026, 11, 28);
    assert_eq!(file_name("东风社区", date), "东风社区-2026-11-28.json");
    assert_eq!(
        file_name("东/风\\社:区*?\"<>|", date),
        "东_风_社_区______-2026-11-28.json"
    );
    assert_eq!(
        file_name("东风\n社区\u{7}", date),
        "东风_社区_-2026-11-28.json"
    );
    assert_eq!(file_name(" .. ", date), "export-2026-11-28.json");
    assert_eq!(file_name("第一 社区", date), "第一 社区-2026-11-28.json");
}
