//! Photo images as blobs, keyed by hash, written in the same transaction as
//! the change record that references them.

use indexed_db_futures::prelude::*;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::schema::PHOTOS;
use super::{read_transaction, Storage, StorageError};
use crate::assessment::PhotoRef;

pub(super) fn photo_record(
    photo: &PhotoRef,
    blob: &web_sys::Blob,
) -> Result<JsValue, StorageError> {
    photo_record_of(&photo.hash, &photo.mime, photo.bytes, blob)
}

/// The stored form of a photo image: `{hash, mime, bytes, blob}`.
pub(crate) fn photo_record_of(
    hash: &str,
    mime: &str,
    bytes: u64,
    blob: &web_sys::Blob,
) -> Result<JsValue, StorageError> {
    let record = Object::new();
    let set = |key: &str, value: &JsValue| {
        Reflect::set(&record, &JsValue::from_str(key), value)
            .map(|_| ())
            .map_err(|_| StorageError::Other("cannot build the photo record".into()))
    };
    set("hash", &JsValue::from_str(hash))?;
    set("mime", &JsValue::from_str(mime))?;
    set("bytes", &JsValue::from_f64(bytes as f64))?;
    set("blob", blob)?;
    Ok(record.into())
}

impl Storage {
    /// The stored image of a photo.
    pub async fn load_photo(&self, hash: &str) -> Result<Option<web_sys::Blob>, StorageError> {
        match self {
            Storage::Memory(memory) => Ok(memory.borrow().get(hash).cloned()),
            Storage::IndexedDb(db) => {
                let tx = read_transaction(db, &[PHOTOS])?;
                let record: Option<JsValue> = tx
                    .object_store(PHOTOS)?
                    .get(hash.to_string())
                    .primitive()?
                    .await?;
                Ok(record
                    .and_then(|r| Reflect::get(&r, &JsValue::from_str("blob")).ok())
                    .and_then(|b| b.dyn_into::<web_sys::Blob>().ok()))
            }
        }
    }

    /// Stores a photo image that no change record references: a
    /// reviewer's evidence, or one a review file brought.
    pub async fn save_loose_photo(
        &self,
        hash: &str,
        mime: &str,
        blob: &web_sys::Blob,
    ) -> Result<(), StorageError> {
        match self {
            Storage::Memory(memory) => {
                memory.borrow_mut().insert(hash.to_string(), blob.clone());
                Ok(())
            }
            Storage::IndexedDb(db) => {
                let tx = super::write_transaction(db, &[PHOTOS])?;
                let record = photo_record_of(hash, mime, blob.size() as u64, blob)?;
                tx.object_store(PHOTOS)?
                    .put(record)
                    .with_key(hash.to_string())
                    .primitive()?
                    .await?;
                super::commit(tx).await
            }
        }
    }

    /// How many images are stored (tests use it to see deduplication).
    pub async fn photo_count(&self) -> Result<u32, StorageError> {
        match self {
            Storage::Memory(memory) => Ok(memory.borrow().len() as u32),
            Storage::IndexedDb(db) => {
                let tx = read_transaction(db, &[PHOTOS])?;
                Ok(tx.object_store(PHOTOS)?.count().primitive()?.await?)
            }
        }
    }
}
