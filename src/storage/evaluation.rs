//! The evaluation's records, one stored object each under its kind and id:
//! a new review costs one write however many the device holds.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;

use super::json::to_js;
use super::schema::EVALUATION;
use super::{commit, write_transaction, Storage, StorageError};
use crate::evaluation::EvaluationRecords;

/// Queues, in `tx`, the writing of every record of `records`.
pub(super) fn put_evaluation(
    tx: &Transaction<'_>,
    records: &EvaluationRecords,
) -> Result<(), StorageError> {
    let store = tx.object_store(EVALUATION)?;
    for (key, record) in records.singles() {
        store
            .put(to_js(&record)?)
            .with_key(key)
            .without_key_type()
            .primitive()?;
    }
    Ok(())
}

impl Storage {
    /// Stores the records (new, or in place of those with their ids), in
    /// one transaction.
    pub async fn save_evaluation(&self, records: &EvaluationRecords) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let tx = write_transaction(db, &[EVALUATION])?;
        put_evaluation(&tx, records)?;
        commit(tx).await
    }
}
