//! The office's merges of communities, kept as one list in the meta store.
//! A merge changes which records a community's summary counts, so writing
//! merges forgets the summaries of every community whose grouping changed,
//! in the same transaction (see `summaries.rs`).

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;

use super::json::to_js;
use super::schema::{META, SUMMARIES};
use super::summaries::forget_summary;
use super::{commit, write_transaction, Storage, StorageError, MERGES_KEY};
use crate::community::CommunityMerge;
use crate::ids::CommunityId;

/// Queues, in `tx`, the writing of every merge and the deletion of the
/// summaries of `regrouped`.
pub(super) fn put_merges(
    tx: &Transaction<'_>,
    merges: &[CommunityMerge],
    regrouped: &[CommunityId],
) -> Result<(), StorageError> {
    tx.object_store(META)?
        .put(to_js(merges)?)
        .with_key(MERGES_KEY.to_string())
        .without_key_type()
        .primitive()?;
    for community_id in regrouped {
        forget_summary(tx, community_id)?;
    }
    Ok(())
}

impl Storage {
    /// Stores every merge, done or undone, and forgets the summaries of the
    /// communities whose grouping changed, in one transaction.
    pub async fn save_merges(
        &self,
        merges: &[CommunityMerge],
        regrouped: &[CommunityId],
    ) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[META, SUMMARIES])?;
        put_merges(&tx, merges, regrouped)?;
        commit(tx).await
    }
}
