//! The office's per-community summaries. A stored summary is always that
//! of every record stored for its community: an import writes the
//! summaries of the communities it touched with their records, and any
//! other write of a community's records deletes its summary in the same
//! transaction, so a missing summary is the only kind of stale one.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};

use super::json::to_js;
use super::schema::SUMMARIES;
use super::{commit, read_all, write_transaction, Storage, StorageError};
use crate::ids::CommunityId;
use crate::office::CommunitySummary;

/// Queues, in `tx`, the deletion of a community's summary: its records
/// are about to change.
pub(super) fn forget_summary(
    tx: &Transaction<'_>,
    community_id: &CommunityId,
) -> Result<(), StorageError> {
    tx.object_store(SUMMARIES)?
        .delete(community_id.as_str())
        .primitive()?;
    Ok(())
}

/// Queues, in `tx`, the writing of summaries.
pub(super) fn put_summaries(
    tx: &Transaction<'_>,
    summaries: &[CommunitySummary],
) -> Result<(), StorageError> {
    let store = tx.object_store(SUMMARIES)?;
    for summary in summaries {
        store.put(to_js(summary)?).primitive()?;
    }
    Ok(())
}

impl Storage {
    /// Every stored summary (those of communities changed since are absent).
    pub async fn load_summaries(&self) -> Result<Vec<CommunitySummary>, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(Vec::new());
        };
        let tx = db
            .transaction(SUMMARIES)
            .with_mode(TransactionMode::Readonly)
            .build()?;
        read_all(&tx, SUMMARIES).await
    }

    /// Stores summaries worked out from the stored records, in one
    /// transaction.
    pub async fn save_summaries(&self, summaries: &[CommunitySummary]) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[SUMMARIES])?;
        put_summaries(&tx, summaries)?;
        commit(tx).await
    }
}
