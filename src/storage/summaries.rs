//! The office's per-community summaries. A stored summary is always that
//! of every record stored for its community: an import writes the
//! summaries of the communities it touched with their records, and any
//! other write of a community's records deletes its summary in the same
//! transaction, so a missing summary is the only kind of stale one.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;

use super::json::to_js;
use super::schema::{CHANGES, CHANGE_BATCHES, INSPECTIONS, SUMMARIES};
use super::{
    commit, community_records_in, read_all, read_transaction, write_transaction, Storage,
    StorageError,
};
use crate::assessment::{Change, Inspection};
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
        let tx = read_transaction(db, &[SUMMARIES])?;
        read_all(&tx, SUMMARIES).await
    }

    /// Reads the records of `members` (a community and those merged into
    /// it), works out its summary with `summary_of` and stores it, all in
    /// one transaction: no write of those records can come between the
    /// reading and the storing, so the summary stored is of the records
    /// stored. `None` without IndexedDB.
    pub async fn work_out_summary(
        &self,
        members: &[CommunityId],
        summary_of: impl FnOnce(Vec<Change>, Vec<Inspection>) -> CommunitySummary,
    ) -> Result<Option<CommunitySummary>, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(None);
        };
        let tx = write_transaction(db, &[CHANGES, CHANGE_BATCHES, INSPECTIONS, SUMMARIES])?;
        let (mut changes, mut inspections) = (Vec::new(), Vec::new());
        for member in members {
            let (more_changes, more_inspections) = community_records_in(&tx, member).await?;
            changes.extend(more_changes);
            inspections.extend(more_inspections);
        }
        let summary = summary_of(changes, inspections);
        put_summaries(&tx, std::slice::from_ref(&summary))?;
        commit(tx).await?;
        Ok(Some(summary))
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
