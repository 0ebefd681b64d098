//! The IndexedDB layer in a real browser: write, read back, delete, and
//! upgrade from the previous schema version with the data kept.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use danzhou_green_community::assessment::{Change, ChangeKind, Inspection, PhotoRef, Rating};
use danzhou_green_community::city::{CitySetup, RosterEntry};
use danzhou_green_community::community::Community;
use danzhou_green_community::evaluation::{
    EvaluationRecords, PollAnswer, PollChoice, Publicity, Submission, SubmittedItem,
};
use danzhou_green_community::hashing::sha256_hex;
use danzhou_green_community::records::Records;
use danzhou_green_community::storage::{
    self, open_at_version, DeviceRecord, Preferences, Storage, SCHEMA_VERSION,
};
use danzhou_green_community::workspace::CommunityRecords;
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
            reason: None,
        },
        author: "测试员".into(),
        inspection_id: None,
        undoes: None,
        merges: Vec::new(),
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
        user_name: "王芳".into(),
        kiosk: None,
    };
    storage.save_preferences(&prefs).await.unwrap();
    let mut city = CitySetup::default();
    city.roster.entries.push(RosterEntry::named("东风社区"));
    city.updated_at = Some(c.created_at);
    city.narrative_mut(2026).progress = "东风社区完成了楼道整治。".into();
    city.unit_plans
        .insert("市住建局".into(), Default::default());
    storage.save_city(&city).await.unwrap();

    // Read back through a new connection, as after a reload.
    let reopened = Storage::IndexedDb(storage::open("test-write-read").await.unwrap());
    let loaded = reopened.load().await.unwrap();
    assert_eq!(loaded.communities, vec![c]);
    assert_eq!(loaded.changes, vec![change("x1", "c1", Rating::Met)]);
    assert_eq!(loaded.device, Some(device));
    assert_eq!(loaded.preferences, prefs);
    assert_eq!(loaded.city, city);
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
        .delete_community(&CommunityRecords {
            community_ids: vec!["c1".into()],
            change_ids: vec!["x1".to_string().into()],
            ..Default::default()
        })
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
    // Version 4's community index finds the records written before it.
    let (changes, inspections) = storage.load_community(&"c1".into()).await.unwrap();
    assert_eq!(changes, vec![change("x1", "c1", Rating::Partial)]);
    assert!(inspections.is_empty());
    // Version 6 keeps the evaluation's records, none yet.
    assert!(loaded.evaluation.is_empty());
    let records = evaluation_records();
    storage.save_evaluation(&records).await.unwrap();
    assert_eq!(storage.load().await.unwrap().evaluation, records);
}

/// A submission of `c1` and a 公示 naming it.
fn evaluation_records() -> EvaluationRecords {
    let at = Utc.with_ymd_and_hms(2026, 11, 30, 8, 0, 0).unwrap();
    let day = at.date_naive();
    let mut items = std::collections::BTreeMap::new();
    items.insert(
        "a1-01".into(),
        SubmittedItem {
            rating: Rating::Met,
            ..Default::default()
        },
    );
    EvaluationRecords {
        submissions: vec![Submission {
            id: "s1".into(),
            community_id: "c1".into(),
            year: 2026,
            submitted_at: at,
            device_id: "device-a".into(),
            submitted_by: "王芳".into(),
            items,
            answers: vec![],
        }],
        publicities: vec![Publicity {
            id: "p1".into(),
            year: 2026,
            starts_on: day,
            ends_on: day,
            contact: "23887585".into(),
            communities: vec!["c1".into()],
            made_at: at,
            device_id: "office".into(),
        }],
        poll_answers: vec![PollAnswer {
            id: "poll-1".into(),
            community_id: "c1".into(),
            device_id: "kiosk".into(),
            at,
            choice: PollChoice::Satisfied,
        }],
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn deleting_a_community_deletes_its_submissions_and_keeps_the_offices_notices() {
    let name = "test-evaluation-delete";
    delete_database(name).await;
    let storage = Storage::IndexedDb(storage::open(name).await.unwrap());
    storage
        .save_community(&community("c1", "东风社区"))
        .await
        .unwrap();
    storage
        .save_evaluation(&evaluation_records())
        .await
        .unwrap();
    let mut records = Records::default();
    records.insert_community(community("c1", "东风社区"));
    records.evaluation = evaluation_records();
    storage
        .delete_community(&records.records_of(&"c1".into()))
        .await
        .unwrap();
    let loaded = storage.load().await.unwrap().evaluation;
    assert!(loaded.submissions.is_empty());
    assert!(
        loaded.poll_answers.is_empty(),
        "its display's answers go too"
    );
    assert_eq!(loaded.publicities, evaluation_records().publicities);
}

#[wasm_bindgen_test]
async fn upgrading_from_the_first_schema_keeps_the_data_and_indexes_it() {
    let name = "test-upgrade-from-1";
    delete_database(name).await;
    let old = open_at_version(name, 1).await.unwrap();
    {
        let tx = old
            .transaction(["communities", "changes"])
            .with_mode(TransactionMode::Readwrite)
            .build()
            .unwrap();
        tx.object_store("changes")
            .unwrap()
            .put(&change("x1", "c1", Rating::Met))
            .serde()
            .unwrap()
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    old.close();
    let storage = Storage::IndexedDb(storage::open(name).await.unwrap());
    let (changes, _) = storage.load_community(&"c1".into()).await.unwrap();
    assert_eq!(changes, vec![change("x1", "c1", Rating::Met)]);
}

#[wasm_bindgen_test]
async fn one_community_is_read_without_the_others() {
    let storage = fresh("test-one-community").await;
    for (id, c) in [("x1", "c1"), ("x2", "c2"), ("x3", "c1")] {
        storage
            .save_change(&change(id, c, Rating::Met))
            .await
            .unwrap();
    }
    let (changes, _) = storage.load_community(&"c1".into()).await.unwrap();
    let ids: Vec<&str> = changes.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["x1", "x3"]);
    let (none, _) = storage.load_community(&"c9".into()).await.unwrap();
    assert!(none.is_empty());
    let meta = storage.load_meta().await.unwrap();
    assert!(meta.changes.is_empty());
}

#[wasm_bindgen_test]
async fn memory_storage_keeps_nothing_and_never_fails() {
    let storage = Storage::memory();
    assert!(!storage.is_persistent());
    storage.save_community(&community("c1", "x")).await.unwrap();
    let loaded = storage.load().await.unwrap();
    assert!(loaded.communities.is_empty());
}

fn blob_of(bytes: &[u8]) -> web_sys::Blob {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/jpeg");
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).unwrap()
}

async fn bytes_of(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

fn photo_change(id: &str, item_id: &str, photo: &PhotoRef) -> Change {
    Change {
        item_id: item_id.into(),
        kind: ChangeKind::PhotoAdded {
            photo: photo.clone(),
        },
        ..change(id, "c1", Rating::Met)
    }
}

#[wasm_bindgen_test]
async fn photo_blobs_are_stored_read_back_deduplicated_and_freed() {
    let storage = fresh("test-photos").await;
    let bytes = b"\xff\xd8 not really a jpeg, but bytes all the same".to_vec();
    let photo = PhotoRef {
        hash: sha256_hex(&bytes),
        mime: "image/jpeg".into(),
        bytes: bytes.len() as u64,
        width: 4,
        height: 3,
        taken_at: Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap(),
        caption: "道路".into(),
    };
    // The same photo on two items: one image, two change records.
    storage
        .save_photo(
            &photo,
            &blob_of(&bytes),
            &photo_change("p1", "a1-01", &photo),
        )
        .await
        .unwrap();
    storage
        .save_photo(
            &photo,
            &blob_of(&bytes),
            &photo_change("p2", "a2-05", &photo),
        )
        .await
        .unwrap();
    assert_eq!(storage.photo_count().await.unwrap(), 1);

    let reopened = Storage::IndexedDb(storage::open("test-photos").await.unwrap());
    let blob = reopened
        .load_photo(&photo.hash)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(bytes_of(&blob).await, bytes);
    assert_eq!(sha256_hex(&bytes_of(&blob).await), photo.hash);
    assert_eq!(reopened.load().await.unwrap().changes.len(), 2);
    assert!(reopened
        .load_photo(&"0".repeat(64))
        .await
        .unwrap()
        .is_none());

    // Deleting the community frees the image it alone showed.
    let records = CommunityRecords {
        community_ids: vec!["c1".into()],
        change_ids: vec!["p1".into(), "p2".into()],
        photo_hashes: vec![photo.hash.clone()],
        ..Default::default()
    };
    reopened.delete_community(&records).await.unwrap();
    assert_eq!(reopened.photo_count().await.unwrap(), 0);
    assert!(reopened.load_photo(&photo.hash).await.unwrap().is_none());
    assert!(reopened.load().await.unwrap().changes.is_empty());
}

#[wasm_bindgen_test]
async fn inspections_are_written_and_read_back() {
    let storage = fresh("test-inspections").await;
    let inspection = Inspection {
        id: "i1".into(),
        community_id: "c1".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        inspectors: vec!["王芳".into(), "李明".into()],
        started_at: Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap(),
        finished_at: None,
        device_id: "device-a".into(),
    };
    storage.save_inspection(&inspection).await.unwrap();
    let loaded = storage.load().await.unwrap();
    assert_eq!(loaded.inspections, vec![inspection]);
    storage
        .delete_community(&CommunityRecords {
            community_ids: vec!["c1".into()],
            inspection_ids: vec!["i1".to_string().into()],
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(storage.load().await.unwrap().inspections.is_empty());
}

/// An import's change records are stored one batch per community; they
/// are read back with the records stored one by one (whole, and by
/// community), and a delete takes a community's batches with it.
#[wasm_bindgen_test]
async fn an_imports_records_are_stored_in_batches_and_go_with_their_community() {
    let storage = fresh("test-batches").await;
    storage
        .save_change(&change("own", "c1", Rating::Met))
        .await
        .unwrap();
    let imported = Records::from_lists(
        vec![community("c1", "东风社区"), community("c2", "兰洋社区")],
        vec![
            change("x1", "c1", Rating::Partial),
            change("x2", "c1", Rating::NotMet),
            change("y1", "c2", Rating::Met),
            // Already stored on its own: kept once when read.
            change("own", "c1", Rating::Met),
        ],
        vec![],
    );
    storage
        .write_import(&[imported], &Default::default(), &[], None, None)
        .await
        .unwrap();
    let ids = |changes: &[Change]| {
        let mut ids: Vec<String> = changes.iter().map(|c| c.id.to_string()).collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let loaded = storage.load().await.unwrap();
    assert_eq!(ids(&loaded.changes), ["own", "x1", "x2", "y1"]);
    let (c1, _) = storage.load_community(&"c1".into()).await.unwrap();
    assert_eq!(ids(&c1), ["own", "x1", "x2"]);

    storage
        .delete_community(&CommunityRecords {
            community_ids: vec!["c1".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    let (c1, _) = storage.load_community(&"c1".into()).await.unwrap();
    assert_eq!(
        ids(&c1),
        ["own"],
        "the record stored on its own goes by its id"
    );
    let (c2, _) = storage.load_community(&"c2".into()).await.unwrap();
    assert_eq!(ids(&c2), ["y1"]);
}

/// The office's merges are stored as one list; writing them forgets the
/// summaries of the communities they regroup, and the merge shows once the
/// records are loaded again.
#[wasm_bindgen_test]
async fn merges_are_stored_with_the_summaries_they_regroup_forgotten() {
    use danzhou_green_community::community::CommunityMerge;
    use danzhou_green_community::office::{CommunitySummary, SUMMARY_VERSION};
    let storage = fresh("test-merges").await;
    for id in ["c1", "c2", "c3"] {
        storage
            .save_community(&community(id, "东风社区"))
            .await
            .unwrap();
    }
    storage
        .save_change(&change("x2", "c2", Rating::Met))
        .await
        .unwrap();
    let summary = |id: &str| CommunitySummary {
        version: SUMMARY_VERSION,
        community_id: id.into(),
        ratings: Default::default(),
        open_actions: Vec::new(),
        open_conflicts: 0,
        last_inspection: None,
        last_change_at: None,
        devices: Vec::new(),
        photo_hashes: Default::default(),
        history: None,
        surveys: Vec::new(),
    };
    storage
        .save_summaries(&[summary("c1"), summary("c2"), summary("c3")])
        .await
        .unwrap();
    let merge = CommunityMerge {
        id: "m1".into(),
        from: "c2".into(),
        into: "c1".into(),
        at: Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap(),
        device_id: "office".into(),
        author: String::new(),
        undone_at: None,
    };
    storage
        .save_merges(std::slice::from_ref(&merge), &["c1".into(), "c2".into()])
        .await
        .unwrap();
    let left: Vec<String> = storage
        .load_summaries()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.community_id.to_string())
        .collect();
    assert_eq!(left, ["c3"]);
    let loaded = storage.load().await.unwrap();
    assert_eq!(loaded.merges, vec![merge]);
    let members: Vec<String> = loaded
        .members_of(&"c2".into())
        .iter()
        .map(|id| id.to_string())
        .collect();
    assert_eq!(members, ["c1", "c2"]);
    let records = loaded.into_workspace("office".into()).records;
    assert_eq!(records.communities_in_order().len(), 2);
    assert_eq!(
        records.rating(&"c1".into(), &"a1-01".into()),
        Rating::Met,
        "c2's result counts as c1's"
    );
}

/// A missing summary is worked out from the community's stored records,
/// own and imported, and stored in the same transaction.
#[wasm_bindgen_test]
async fn a_summary_is_worked_out_from_the_stored_records_and_stored() {
    use danzhou_green_community::office::CommunitySummary;
    let storage = fresh("test-work-out-summary").await;
    storage
        .save_community(&community("c1", "东风社区"))
        .await
        .unwrap();
    storage
        .save_change(&change("own", "c1", Rating::Met))
        .await
        .unwrap();
    let mut imported = change("x1", "c1", Rating::NotMet);
    imported.item_id = "a1-02".into();
    let batch = Records::from_lists(vec![community("c1", "东风社区")], vec![imported], vec![]);
    storage
        .write_import(&[batch], &Default::default(), &[], None, None)
        .await
        .unwrap();
    assert!(storage.load_summaries().await.unwrap().is_empty());

    let summary = storage
        .work_out_summary(&["c1".into()], |changes, inspections| {
            let records = Records::from_stored(
                vec![community("c1", "东风社区")],
                changes,
                inspections,
                vec![],
            );
            CommunitySummary::of(&records, &"c1".into())
        })
        .await
        .unwrap()
        .expect("IndexedDB works it out");
    assert_eq!(summary.ratings.len(), 2);
    assert_eq!(storage.load_summaries().await.unwrap(), vec![summary]);
    let memory = Storage::memory();
    let none = memory
        .work_out_summary(&["c1".into()], |_, _| unreachable!("no database"))
        .await
        .unwrap();
    assert_eq!(none, None);
}

/// An import looks up the inspections it brings by id: the communities
/// holding stored inspections with those ids, and none for unknown ids.
#[wasm_bindgen_test]
async fn the_communities_of_stored_inspections_are_found_by_id() {
    let storage = fresh("test-inspection-holders").await;
    let inspection = Inspection {
        id: "i1".into(),
        community_id: "c2".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        inspectors: vec!["王芳".into()],
        started_at: Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap(),
        finished_at: None,
        device_id: "device-a".into(),
    };
    storage.save_inspection(&inspection).await.unwrap();
    let holders = storage
        .communities_of_inspections(&["i1".to_string().into(), "unknown".to_string().into()])
        .await
        .unwrap();
    assert_eq!(holders, vec!["c2"]);
}
