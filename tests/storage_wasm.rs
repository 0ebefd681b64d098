//! The IndexedDB layer in a real browser: write, read back, delete, and
//! upgrade from the previous schema version with the data kept.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use danzhou_green_community::assessment::{Change, ChangeKind, Rating};
use danzhou_green_community::community::Community;
use danzhou_green_community::storage::{
    self, open_at_version, DeviceRecord, Preferences, Storage, SCHEMA_VERSION,
};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn community(id: &str, name: &str) -> Community {
    let at = Utc.with_ymd_and_hms(2026, 11, 28, 8, 0, 0).unwrap();
    Community {
        id: id.into(),
        name: name.into(),
        created_at: at,
        updated_at: at,
    }
}

fn change(id: &str, community_id: &str, new: Rating) -> Change {
    Change {
        id: id.into(),
        device_id: "device-a".into(),
        seq: 1,
        at: Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap(),
        community_id: community_id.into(),
        item_id: "a1-01".into(),
        base: None,
        kind: ChangeKind::Result {
            old: Rating::Unassessed,
            new,
        },
    }
}

async fn delete_database(name: &str) {
    if let Ok(request) = Database::delete_by_name(name) {
        let _ = request.await;
    }
}

/// A fresh, uniquely named database for one test.
async fn fresh(name: &str) -> Storage {
    delete_database(name).await;
    Storage::IndexedDb(storage::open(name).await.expect("opens"))
}

#[wasm_bindgen_test]
async fn records_are_written_and_read_back() {
    let storage = fresh("test-write-read").await;
    let c = community("c1", "东风社区");
    storage.save_community(&c).await.unwrap();
    storage
        .save_change(&change("x1", "c1", Rating::Met))
        .await
        .unwrap();
    let device = DeviceRecord {
        device_id: "device-a".into(),
        created_at: c.created_at,
    };
    storage.save_device(&device).await.unwrap();
    let prefs = Preferences {
        current_community: Some("c1".into()),
    };
    storage.save_preferences(&prefs).await.unwrap();

    // Read back through a new connection, as after a reload.
    let reopened = Storage::IndexedDb(storage::open("test-write-read").await.unwrap());
    let loaded = reopened.load().await.unwrap();
    assert_eq!(loaded.communities, vec![c]);
    assert_eq!(loaded.changes, vec![change("x1", "c1", Rating::Met)]);
    assert_eq!(loaded.device, Some(device));
    assert_eq!(loaded.preferences, prefs);
}

#[wasm_bindgen_test]
async fn saving_again_replaces_the_record() {
    let storage = fresh("test-replace").await;
    storage
        .save_community(&community("c1", "东风社区"))
        .await
        .unwrap();
    storage
        .save_community(&community("c1", "东风新社区"))
        .await
        .unwrap();
    let loaded = storage.load().await.unwrap();
    assert_eq!(loaded.communities.len(), 1);
    assert_eq!(loaded.communities[0].name, "东风新社区");
}

#[wasm_bindgen_test]
async fn deleting_a_community_deletes_its_changes_only() {
    let storage = fresh("test-delete").await;
    storage
        .save_community(&community("c1", "东风社区"))
        .await
        .unwrap();
    storage
        .save_community(&community("c2", "兰洋社区"))
        .await
        .unwrap();
    storage
        .save_change(&change("x1", "c1", Rating::Met))
        .await
        .unwrap();
    storage
        .save_change(&change("y1", "c2", Rating::NotMet))
        .await
        .unwrap();
    storage
        .delete_community("c1", &["x1".to_string()])
        .await
        .unwrap();
    let loaded = storage.load().await.unwrap();
    assert_eq!(loaded.communities, vec![community("c2", "兰洋社区")]);
    assert_eq!(loaded.changes, vec![change("y1", "c2", Rating::NotMet)]);
}

#[wasm_bindgen_test]
async fn upgrading_from_the_previous_schema_keeps_the_data() {
    let name = "test-upgrade";
    delete_database(name).await;
    // An app of the previous version wrote this database.
    let old = open_at_version(name, SCHEMA_VERSION - 1).await.unwrap();
    assert_eq!(old.version() as u32, SCHEMA_VERSION - 1);
    {
        let tx = old
            .transaction(["communities", "changes"])
            .with_mode(TransactionMode::Readwrite)
            .build()
            .unwrap();
        tx.object_store("communities")
            .unwrap()
            .put(&community("c1", "东风社区"))
            .serde()
            .unwrap()
            .await
            .unwrap();
        tx.object_store("changes")
            .unwrap()
            .put(&change("x1", "c1", Rating::Partial))
            .serde()
            .unwrap()
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    old.close();

    let db = storage::open(name).await.unwrap();
    assert_eq!(db.version() as u32, SCHEMA_VERSION);
    let storage = Storage::IndexedDb(db);
    let loaded = storage.load().await.unwrap();
    assert_eq!(loaded.communities, vec![community("c1", "东风社区")]);
    assert_eq!(loaded.changes, vec![change("x1", "c1", Rating::Partial)]);
    assert_eq!(loaded.device, None);
    // What the new version added works.
    let device = DeviceRecord {
        device_id: "device-b".into(),
        created_at: Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap(),
    };
    storage.save_device(&device).await.unwrap();
    assert_eq!(storage.load().await.unwrap().device, Some(device));
}

#[wasm_bindgen_test]
async fn memory_storage_keeps_nothing_and_never_fails() {
    let storage = Storage::Memory;
    assert!(!storage.is_persistent());
    storage.save_community(&community("c1", "x")).await.unwrap();
    let loaded = storage.load().await.unwrap();
    assert!(loaded.communities.is_empty());
}
