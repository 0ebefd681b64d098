//! A storage failure in the words of the person using the app.

use crate::i18n::{fill, texts};
use crate::storage::StorageError;

/// A failed write in the user's words: a full storage says so and what to
/// do; anything else says the browser did not write, never a library's
/// own message.
pub async fn failure_message(error: StorageError) -> String {
    let t = texts();
    let reason = match error.explained().await {
        StorageError::QuotaExceeded => t.quota_exceeded,
        StorageError::Other(_) => t.storage_refused,
    };
    fill(t.save_failed, &[("reason", reason)])
}
