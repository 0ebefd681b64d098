//! IndexedDB persistence, thin on purpose: it stores and loads the plain
//! records of [`crate::workspace`]. Each write is one transaction with strict
//! durability and is awaited until committed, so nothing is shown as saved
//! before it is on disk.
//!
//! When IndexedDB cannot be opened (private mode, blocked by the browser) the
//! app keeps working with [`Storage::Memory`] and says so.

mod batches;
mod broadcast;
mod change_write;
mod delete;
mod error;
mod evaluation;
mod exchange;
mod json;
mod keys;
mod loaded;
mod merges;
mod persistence;
mod photos;
mod schema;
mod summaries;

pub use broadcast::{announce_change, ChangeListener};
pub use change_write::{ChangeBuilder, ChangeWrite, PhotoBytes};
pub use error::StorageError;
pub use exchange::ExportLog;
pub use keys::{StoredKey, DEVICE_KEY_NAME, OFFICE_KEY_NAME};
pub use loaded::{DeviceRecord, Loaded, Preferences};
pub use persistence::{estimate, is_persisted, request_persistence, StorageUse};
pub(crate) use photos::photo_record_of;
pub use schema::{open, open_at_version, DB_NAME, SCHEMA_VERSION};

use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use serde::Serialize;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;

use json::{from_js, to_js};

use crate::assessment::{Change, Inspection};
use crate::city::CitySetup;
use crate::community::{Community, CommunityMerge};
use crate::evaluation::{EvaluationRecords, OfficeDevice};
use crate::ids::{CommunityId, InspectionId};
use crate::signing::KeyBook;
use batches::{read_all_batches, read_batches_of};
use schema::{
    BY_COMMUNITY, CHANGES, CHANGE_BATCHES, COMMUNITIES, EVALUATION, INSPECTIONS, META, SUMMARIES,
};
use summaries::forget_summary;

const DEVICE_KEY: &str = "device";
const PREFERENCES_KEY: &str = "preferences";
pub(crate) const CITY_KEY: &str = "city";
/// Every merge of communities, done or undone, as one list: an office
/// makes a handful, and a device reads them all at start.
pub(crate) const MERGES_KEY: &str = "community_merges";
const OFFICE_DEVICES_KEY: &str = "office_devices";
const KEY_BOOK_KEY: &str = "key_book";

#[derive(Clone, Debug)]
pub enum Storage {
    IndexedDb(Database),
    /// Nothing is kept beyond this page; photos are held here meanwhile.
    Memory(Rc<RefCell<HashMap<String, web_sys::Blob>>>),
}

impl Storage {
    pub fn memory() -> Storage {
        Storage::Memory(Rc::default())
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self, Storage::IndexedDb(_))
    }

    pub async fn load(&self) -> Result<Loaded, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(Loaded::default());
        };
        let tx = read_transaction(
            db,
            &[
                META,
                COMMUNITIES,
                CHANGES,
                CHANGE_BATCHES,
                INSPECTIONS,
                EVALUATION,
            ],
        )?;
        let mut changes: Vec<Change> = read_all(&tx, CHANGES).await?;
        changes.extend(read_all_batches(&tx).await?);
        Ok(Loaded {
            changes,
            inspections: read_all(&tx, INSPECTIONS).await?,
            ..read_meta(&tx).await?
        })
    }

    /// Everything but the change records and inspections: the device, the
    /// preferences, the export log and the communities themselves.
    pub async fn load_meta(&self) -> Result<Loaded, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(Loaded::default());
        };
        let tx = read_transaction(db, &[META, COMMUNITIES, EVALUATION])?;
        read_meta(&tx).await
    }

    /// One community's change records and inspections, read through the
    /// community index: their cost is that community's size.
    pub async fn load_community(
        &self,
        community_id: &CommunityId,
    ) -> Result<(Vec<Change>, Vec<Inspection>), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok((Vec::new(), Vec::new()));
        };
        let tx = read_transaction(db, &[CHANGES, CHANGE_BATCHES, INSPECTIONS])?;
        community_records_in(&tx, community_id).await
    }

    /// The change records and inspections of a community and of those
    /// merged into it (`members`, from [`Loaded::members_of`]).
    pub async fn load_members(
        &self,
        members: &[CommunityId],
    ) -> Result<(Vec<Change>, Vec<Inspection>), StorageError> {
        let (mut changes, mut inspections) = (Vec::new(), Vec::new());
        for member in members {
            let (more_changes, more_inspections) = self.load_community(member).await?;
            changes.extend(more_changes);
            inspections.extend(more_inspections);
        }
        Ok((changes, inspections))
    }

    /// The communities whose stored inspections have these ids: an
    /// inspection is stored under its id, so an import that brings one with
    /// an id already used must see the one stored, whichever community it
    /// belongs to.
    pub async fn communities_of_inspections(
        &self,
        ids: &[InspectionId],
    ) -> Result<Vec<CommunityId>, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(Vec::new());
        };
        let tx = read_transaction(db, &[INSPECTIONS])?;
        let store = tx.object_store(INSPECTIONS)?;
        let mut communities = Vec::new();
        for id in ids {
            let stored: Option<JsValue> = store.get(id.as_str()).primitive()?.await?;
            if let Some(stored) = stored {
                communities.push(from_js::<Inspection>(&stored)?.community_id);
            }
        }
        Ok(communities)
    }

    /// How many communities are stored, without reading them.
    pub async fn community_count(&self) -> Result<u32, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(0);
        };
        let tx = read_transaction(db, &[COMMUNITIES])?;
        Ok(tx.object_store(COMMUNITIES)?.count().primitive()?.await?)
    }

    pub async fn save_device(&self, device: &DeviceRecord) -> Result<(), StorageError> {
        self.put_meta(DEVICE_KEY, device).await
    }

    pub async fn save_preferences(&self, preferences: &Preferences) -> Result<(), StorageError> {
        self.put_meta(PREFERENCES_KEY, preferences).await
    }

    pub async fn save_office_devices(&self, devices: &[OfficeDevice]) -> Result<(), StorageError> {
        self.put_meta(OFFICE_DEVICES_KEY, &devices).await
    }

    pub async fn save_key_book(&self, book: &KeyBook) -> Result<(), StorageError> {
        self.put_meta(KEY_BOOK_KEY, book).await
    }

    pub async fn save_city(&self, city: &CitySetup) -> Result<(), StorageError> {
        self.put_meta(CITY_KEY, city).await
    }

    pub async fn save_community(&self, community: &Community) -> Result<(), StorageError> {
        self.put_record(COMMUNITIES, community).await
    }

    pub async fn save_inspection(&self, inspection: &Inspection) -> Result<(), StorageError> {
        self.put_community_record(INSPECTIONS, inspection, &inspection.community_id)
            .await
    }

    /// Writes one record of a community, keyed by its own `id`, and drops
    /// the community's summary, in one transaction.
    async fn put_community_record<T: Serialize>(
        &self,
        store: &str,
        record: &T,
        community_id: &CommunityId,
    ) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[store, SUMMARIES])?;
        tx.object_store(store)?.put(to_js(record)?).primitive()?;
        forget_summary(&tx, community_id)?;
        commit(tx).await
    }

    /// Writes one record, keyed by its own `id`, in its own transaction.
    async fn put_record<T: Serialize>(&self, store: &str, record: &T) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[store])?;
        tx.object_store(store)?
            .put(to_js(record)?)
            .primitive()?
            .await?;
        commit(tx).await
    }

    pub(crate) async fn put_meta<T: Serialize>(
        &self,
        key: &str,
        value: &T,
    ) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[META])?;
        tx.object_store(META)?
            .put(to_js(value)?)
            .with_key(key.to_string())
            .without_key_type()
            .primitive()?
            .await?;
        commit(tx).await
    }
}

/// Commits a write transaction. A transaction the browser aborts says why
/// only on itself (`transaction.error`), not in the error the commit
/// returns: a full disk is read from there.
pub(crate) async fn commit(tx: Transaction<'_>) -> Result<(), StorageError> {
    let handle = tx.as_sys().clone();
    match tx.commit().await {
        Ok(()) => Ok(()),
        Err(error) => match handle.error() {
            Some(reason) if reason.name() == "QuotaExceededError" => {
                Err(StorageError::QuotaExceeded)
            }
            _ => Err(error.into()),
        },
    }
}

/// The device, preferences, export log and communities, read in `tx`.
async fn read_meta(tx: &Transaction<'_>) -> Result<Loaded, StorageError> {
    let meta = tx.object_store(META)?;
    let device: Option<DeviceRecord> = read_meta_value(&meta, DEVICE_KEY).await?;
    let preferences: Option<Preferences> = read_meta_value(&meta, PREFERENCES_KEY).await?;
    let exports: Option<ExportLog> = read_meta_value(&meta, exchange::EXPORTS_KEY).await?;
    let city: Option<CitySetup> = read_meta_value(&meta, CITY_KEY).await?;
    let merges: Option<Vec<CommunityMerge>> = read_meta_value(&meta, MERGES_KEY).await?;
    let evaluation: Vec<EvaluationRecords> = read_all(tx, EVALUATION).await?;
    let office_devices: Option<Vec<OfficeDevice>> =
        read_meta_value(&meta, OFFICE_DEVICES_KEY).await?;
    let key_book: Option<KeyBook> = read_meta_value(&meta, KEY_BOOK_KEY).await?;
    Ok(Loaded {
        key_book: key_book.unwrap_or_default(),
        office_devices: office_devices.unwrap_or_default(),
        evaluation: EvaluationRecords::from_sets(evaluation),
        merges: merges.unwrap_or_default(),
        device,
        preferences: preferences.unwrap_or_default(),
        city: city.unwrap_or_default(),
        communities: read_all(tx, COMMUNITIES).await?,
        exports: exports.unwrap_or_default(),
        ..Loaded::default()
    })
}

/// The value kept under `key` in the meta store, if any.
async fn read_meta_value<T: serde::de::DeserializeOwned>(
    meta: &ObjectStore<'_>,
    key: &str,
) -> Result<Option<T>, StorageError> {
    let stored: Option<JsValue> = meta.get(key).primitive()?.await?;
    stored.as_ref().map(from_js).transpose()
}

/// Every record of a store, read in `tx`.
async fn read_all<T: serde::de::DeserializeOwned>(
    tx: &Transaction<'_>,
    store: &str,
) -> Result<Vec<T>, StorageError> {
    let stored = tx.object_store(store)?.get_all().primitive()?.await?;
    records_of(stored)
}

/// The records of stored objects, as IndexedDB hands them back.
fn records_of<T: serde::de::DeserializeOwned>(
    stored: impl Iterator<Item = indexed_db_futures::Result<JsValue>>,
) -> Result<Vec<T>, StorageError> {
    stored.map(|object| from_js(&object?)).collect()
}

/// One community's change records (stored one by one and in an import's
/// batches) and inspections, read in `tx`.
async fn community_records_in(
    tx: &Transaction<'_>,
    community_id: &CommunityId,
) -> Result<(Vec<Change>, Vec<Inspection>), StorageError> {
    let mut changes: Vec<Change> = read_of_community(tx, CHANGES, community_id).await?;
    changes.extend(read_batches_of(tx, community_id).await?);
    let inspections = read_of_community(tx, INSPECTIONS, community_id).await?;
    Ok((changes, inspections))
}

/// The records of one community in a store with the community index, read
/// in `tx`.
async fn read_of_community<T: serde::de::DeserializeOwned>(
    tx: &Transaction<'_>,
    store: &str,
    community_id: &CommunityId,
) -> Result<Vec<T>, StorageError> {
    let stored = tx
        .object_store(store)?
        .index(BY_COMMUNITY)?
        .get_all()
        .with_query(community_id.as_str())
        .primitive()?
        .await?;
    records_of(stored)
}

/// A transaction that only reads `stores`.
pub(crate) fn read_transaction<'a>(
    db: &'a Database,
    stores: &[&str],
) -> Result<Transaction<'a>, StorageError> {
    Ok(db
        .transaction(stores)
        .with_mode(TransactionMode::Readonly)
        .build()?)
}

pub(crate) fn write_transaction<'a>(
    db: &'a Database,
    stores: &[&str],
) -> Result<Transaction<'a>, StorageError> {
    let mut options = TransactionOptions::new();
    options.set_durability(TransactionDurability::Strict);
    Ok(db
        .transaction(stores)
        .with_mode(TransactionMode::Readwrite)
        .with_options(options)
        .build()?)
}
