//! IndexedDB persistence, thin on purpose: it stores and loads the plain
//! records of [`crate::workspace`]. Each write is one transaction with strict
//! durability and is awaited until committed, so nothing is shown as saved
//! before it is on disk.
//!
//! When IndexedDB cannot be opened (private mode, blocked by the browser) the
//! app keeps working with [`Storage::Memory`] and says so.

mod error;
mod schema;

pub use error::StorageError;
pub use schema::{open, open_at_version, DB_NAME, SCHEMA_VERSION};

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{TransactionDurability, TransactionMode, TransactionOptions};
use serde::{Deserialize, Serialize};

use crate::assessment::Change;
use crate::community::Community;
use schema::{CHANGES, COMMUNITIES, META};

/// This device: its random id, made on first run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeviceRecord {
    pub device_id: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Small preferences kept with the data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// The community last opened, offered first.
    pub current_community: Option<String>,
}

/// Everything stored, as loaded at start.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub device: Option<DeviceRecord>,
    pub preferences: Preferences,
    pub communities: Vec<Community>,
    pub changes: Vec<Change>,
}

const DEVICE_KEY: &str = "device";
const PREFERENCES_KEY: &str = "preferences";

#[derive(Clone, Debug)]
pub enum Storage {
    IndexedDb(Database),
    /// Nothing is kept beyond this page.
    Memory,
}

impl Storage {
    pub fn is_persistent(&self) -> bool {
        matches!(self, Storage::IndexedDb(_))
    }

    pub async fn load(&self) -> Result<Loaded, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(Loaded::default());
        };
        let tx = db
            .transaction([META, COMMUNITIES, CHANGES])
            .with_mode(TransactionMode::Readonly)
            .build()?;
        let meta = tx.object_store(META)?;
        let device: Option<DeviceRecord> = meta.get(DEVICE_KEY).serde()?.await?;
        let preferences: Option<Preferences> = meta.get(PREFERENCES_KEY).serde()?.await?;
        let communities: Vec<Community> = tx
            .object_store(COMMUNITIES)?
            .get_all()
            .serde()?
            .await?
            .collect::<Result<_, _>>()?;
        let changes: Vec<Change> = tx
            .object_store(CHANGES)?
            .get_all()
            .serde()?
            .await?
            .collect::<Result<_, _>>()?;
        Ok(Loaded {
            device,
            preferences: preferences.unwrap_or_default(),
            communities,
            changes,
        })
    }

    pub async fn save_device(&self, device: &DeviceRecord) -> Result<(), StorageError> {
        self.put_meta(DEVICE_KEY, device).await
    }

    pub async fn save_preferences(&self, preferences: &Preferences) -> Result<(), StorageError> {
        self.put_meta(PREFERENCES_KEY, preferences).await
    }

    pub async fn save_community(&self, community: &Community) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[COMMUNITIES])?;
        tx.object_store(COMMUNITIES)?
            .put(community)
            .serde()?
            .await?;
        Ok(tx.commit().await?)
    }

    pub async fn save_change(&self, change: &Change) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[CHANGES])?;
        tx.object_store(CHANGES)?.put(change).serde()?.await?;
        Ok(tx.commit().await?)
    }

    /// Deletes a community and its change records in one transaction.
    pub async fn delete_community(
        &self,
        community_id: &str,
        change_ids: &[String],
    ) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[COMMUNITIES, CHANGES])?;
        tx.object_store(COMMUNITIES)?
            .delete(community_id)
            .primitive()?
            .await?;
        let changes = tx.object_store(CHANGES)?;
        for id in change_ids {
            changes.delete(id.as_str()).primitive()?.await?;
        }
        Ok(tx.commit().await?)
    }

    async fn put_meta<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[META])?;
        tx.object_store(META)?
            .put(value)
            .with_key(key.to_string())
            .without_key_type()
            .serde()?
            .await?;
        Ok(tx.commit().await?)
    }
}

fn write_transaction<'a>(
    db: &'a Database,
    stores: &[&str],
) -> Result<indexed_db_futures::transaction::Transaction<'a>, StorageError> {
    let mut options = TransactionOptions::new();
    options.set_durability(TransactionDurability::Strict);
    Ok(db
        .transaction(stores)
        .with_mode(TransactionMode::Readwrite)
        .with_options(options)
        .build()?)
}
