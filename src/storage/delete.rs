//! Deleting a community with everything only it holds.

use indexed_db_futures::prelude::*;

use super::batches::delete_batches_of;
use super::schema::{
    CHANGES, CHANGE_BATCHES, COMMUNITIES, EVALUATION, INSPECTIONS, PHOTOS, SUMMARIES,
};
use super::summaries::forget_summary;
use super::{commit, write_transaction, Storage, StorageError};
use crate::records::CommunityRecords;

impl Storage {
    /// Deletes a community (with those merged into it), its change
    /// records, its inspections and the images only it shows, in one
    /// transaction.
    pub async fn delete_community(&self, records: &CommunityRecords) -> Result<(), StorageError> {
        let db = match self {
            Storage::IndexedDb(db) => db,
            Storage::Memory(photos) => {
                let mut photos = photos.borrow_mut();
                records.photo_hashes.iter().for_each(|hash| {
                    photos.remove(hash);
                });
                return Ok(());
            }
        };
        let tx = write_transaction(
            db,
            &[
                COMMUNITIES,
                CHANGES,
                CHANGE_BATCHES,
                INSPECTIONS,
                PHOTOS,
                SUMMARIES,
                EVALUATION,
            ],
        )?;
        for community_id in &records.community_ids {
            forget_summary(&tx, community_id)?;
            delete_batches_of(&tx, community_id).await?;
            tx.object_store(COMMUNITIES)?
                .delete(community_id.as_str())
                .primitive()?
                .await?;
        }
        let inspections = tx.object_store(INSPECTIONS)?;
        for id in &records.inspection_ids {
            inspections.delete(id.as_str()).primitive()?.await?;
        }
        let photos = tx.object_store(PHOTOS)?;
        for hash in &records.photo_hashes {
            photos.delete(hash.as_str()).primitive()?.await?;
        }
        let changes = tx.object_store(CHANGES)?;
        for id in &records.change_ids {
            changes.delete(id.as_str()).primitive()?.await?;
        }
        let evaluation = tx.object_store(EVALUATION)?;
        for key in &records.evaluation_keys {
            evaluation.delete(key.as_str()).primitive()?.await?;
        }
        commit(tx).await
    }
}
