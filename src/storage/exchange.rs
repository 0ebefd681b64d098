//! Writing an import all at once, and what exports need from storage.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use indexed_db_futures::prelude::*;
use wasm_bindgen::JsValue;

use super::batches::put_batches;
use super::evaluation::put_evaluation;
use super::json::to_js;
use super::merges::put_merges;
use super::schema::{
    CHANGE_BATCHES, COMMUNITIES, EVALUATION, INSPECTIONS, META, PHOTOS, SUMMARIES,
};
use super::summaries::put_summaries;
use super::{commit, photo_record_of, read_transaction, write_transaction, Storage, StorageError};
use crate::city::CitySetup;
use crate::community::CommunityMerge;
use crate::ids::CommunityId;
use crate::office::CommunitySummary;
use crate::records::Records;

/// When each community was last exported, by its id: from this device's
/// own exports and from the files the office imported.
pub type ExportLog = BTreeMap<CommunityId, DateTime<Utc>>;

pub(super) const EXPORTS_KEY: &str = "exports";

fn bytes_to_blob(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, StorageError> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| StorageError::Other("cannot make a photo blob".into()))
}

impl Storage {
    /// Writes everything an import adds, the export log and the summaries
    /// of the communities it touched (and, when it brought merges, every
    /// merge with the summaries of the communities regrouped forgotten), in
    /// one transaction: a failure or a closed tab leaves the data as it was.
    pub async fn write_import(
        &self,
        parts: &[Records],
        exports: &ExportLog,
        summaries: &[CommunitySummary],
        city: Option<&CitySetup>,
        merges: Option<(&[CommunityMerge], &[CommunityId])>,
    ) -> Result<(), StorageError> {
        match self {
            Storage::Memory(memory) => {
                for (hash, photo) in parts.iter().flat_map(|new| &new.photos) {
                    memory
                        .borrow_mut()
                        .insert(hash.clone(), bytes_to_blob(&photo.data, &photo.mime)?);
                }
                Ok(())
            }
            Storage::IndexedDb(db) => {
                let tx = write_transaction(
                    db,
                    &[
                        COMMUNITIES,
                        CHANGE_BATCHES,
                        INSPECTIONS,
                        PHOTOS,
                        META,
                        SUMMARIES,
                        EVALUATION,
                    ],
                )?;
                // Every write is queued in the transaction without waiting
                // for each: the transaction runs them in order, and any that
                // fails aborts it whole, which `commit` reports.
                let communities = tx.object_store(COMMUNITIES)?;
                for community in parts.iter().flat_map(|new| new.communities.values()) {
                    communities.put(to_js(community)?).primitive()?;
                }
                put_batches(&tx, parts.iter().flat_map(|new| new.changes().values()))?;
                let inspections = tx.object_store(INSPECTIONS)?;
                for inspection in parts.iter().flat_map(|new| new.inspections.values()) {
                    inspections.put(to_js(inspection)?).primitive()?;
                }
                let photos = tx.object_store(PHOTOS)?;
                for (hash, photo) in parts.iter().flat_map(|new| &new.photos) {
                    let blob = bytes_to_blob(&photo.data, &photo.mime)?;
                    let record =
                        photo_record_of(hash, &photo.mime, photo.data.len() as u64, &blob)?;
                    photos.put(record).with_key(hash.clone()).primitive()?;
                }
                tx.object_store(META)?
                    .put(to_js(exports)?)
                    .with_key(EXPORTS_KEY.to_string())
                    .without_key_type()
                    .primitive()?;
                if let Some((merges, regrouped)) = merges {
                    put_merges(&tx, merges, regrouped)?;
                }
                put_summaries(&tx, summaries)?;
                for part in parts {
                    put_evaluation(&tx, &part.evaluation)?;
                }
                if let Some(city) = city {
                    tx.object_store(META)?
                        .put(to_js(city)?)
                        .with_key(super::CITY_KEY.to_string())
                        .without_key_type()
                        .primitive()?;
                }
                commit(tx).await
            }
        }
    }

    pub async fn save_export_log(&self, exports: &ExportLog) -> Result<(), StorageError> {
        self.put_meta(EXPORTS_KEY, exports).await
    }

    /// The hashes of every stored photo image.
    pub async fn photo_hashes(&self) -> Result<Vec<String>, StorageError> {
        match self {
            Storage::Memory(memory) => Ok(memory.borrow().keys().cloned().collect()),
            Storage::IndexedDb(db) => {
                let tx = read_transaction(db, &[PHOTOS])?;
                let keys: Vec<JsValue> = tx
                    .object_store(PHOTOS)?
                    .get_all_keys()
                    .primitive()?
                    .await?
                    .collect::<Result<_, _>>()?;
                Ok(keys.iter().filter_map(|k| k.as_string()).collect())
            }
        }
    }

    /// A stored photo's bytes.
    pub async fn photo_bytes(&self, hash: &str) -> Result<Option<(String, Vec<u8>)>, StorageError> {
        let Some(blob) = self.load_photo(hash).await? else {
            return Ok(None);
        };
        let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
            .await
            .map_err(|_| StorageError::Other("cannot read a photo".into()))?;
        Ok(Some((
            blob.type_(),
            js_sys::Uint8Array::new(&buffer).to_vec(),
        )))
    }
}
