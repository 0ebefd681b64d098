//! The database schema and its upgrade path. Each version adds to the one
//! before; an upgrade runs every step the stored database has not seen, so
//! data written by an older app version is kept.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyPath;

use super::StorageError;

pub const DB_NAME: &str = "danzhou-green-community";

/// The schema version this app writes.
pub const SCHEMA_VERSION: u32 = 6;

pub(super) const COMMUNITIES: &str = "communities";
pub(super) const CHANGES: &str = "changes";
/// Key-value records: the device id and preferences (added in version 2).
pub(super) const META: &str = "meta";
/// Evidence photo images, keyed by the SHA-256 of their bytes (version 3).
pub(super) const PHOTOS: &str = "photos";
/// Field inspections (version 3).
pub(super) const INSPECTIONS: &str = "inspections";
/// Per-community summaries (version 4), for the office's overview without
/// reading every record (see `summaries.rs`); its creation gives the
/// upgrade the transaction that indexes the stores above.
pub(super) const SUMMARIES: &str = "summaries";
/// Change records an import brought, one record per community per write
/// (version 5), keyed by a number the database counts up: a browser writes
/// and reads a few hundred such records much faster than the tens of
/// thousands of change records in them, one by one.
pub(super) const CHANGE_BATCHES: &str = "change_batches";
/// The evaluation's records (version 6): submissions, reviews, 公示,
/// objections and namings, each under its kind and id
/// (`EvaluationRecord::storage_key`).
pub(super) const EVALUATION: &str = "evaluation";
/// The index of `changes`, `inspections` and `change_batches` by community
/// (version 4, 5): a device reads one community's records without reading
/// the others'.
pub(super) const BY_COMMUNITY: &str = "by_community";

/// Opens (creating or upgrading) the app's database.
pub async fn open(name: &str) -> Result<Database, StorageError> {
    open_at_version(name, SCHEMA_VERSION).await
}

/// Opens the database at a given schema version; tests use it to create an
/// older database and check that the upgrade keeps its data.
pub async fn open_at_version(name: &str, version: u32) -> Result<Database, StorageError> {
    let db = Database::open(name)
        .with_version(version)
        .with_on_upgrade_needed(move |event, db| {
            let old = event.old_version() as u32;
            upgrade(&db, old, version)
        })
        .await?;
    Ok(db)
}

fn upgrade(db: &Database, old: u32, new: u32) -> indexed_db_futures::Result<()> {
    if old < 1 && new >= 1 {
        db.create_object_store(COMMUNITIES)
            .with_key_path(KeyPath::One("id"))
            .build()?;
        db.create_object_store(CHANGES)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    if old < 2 && new >= 2 {
        db.create_object_store(META).build()?;
    }
    if old < 3 && new >= 3 {
        db.create_object_store(PHOTOS).build()?;
        db.create_object_store(INSPECTIONS)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    if old < 4 && new >= 4 {
        // Existing stores are reached through the upgrade's own
        // transaction, which a store created now hands over.
        let summaries = db
            .create_object_store(SUMMARIES)
            .with_key_path(KeyPath::One("community_id"))
            .build()?;
        let upgrade = summaries.transaction();
        for store in [CHANGES, INSPECTIONS] {
            upgrade
                .object_store(store)?
                .create_index(BY_COMMUNITY, KeyPath::One("community_id"))
                .build()?;
        }
    }
    if old < 5 && new >= 5 {
        db.create_object_store(CHANGE_BATCHES)
            .with_auto_increment(true)
            .build()?
            .create_index(BY_COMMUNITY, KeyPath::One("community_id"))
            .build()?;
    }
    if old < 6 && new >= 6 {
        db.create_object_store(EVALUATION).build()?;
    }
    Ok(())
}
