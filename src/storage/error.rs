use std::fmt;

use super::persistence::estimate;

/// A storage failure, sorted into what the user can act on. The detail of
/// any other failure is for the browser's console, never for the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The device's storage (or the browser's share of it) is full.
    QuotaExceeded,
    Other(String),
}

/// Below this much free space a refused write is taken for a full disk:
/// browsers often abort the transaction without naming the quota.
const NEARLY_FULL_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

impl StorageError {
    /// The failure as the user should hear of it: a write the browser
    /// aborted without a reason while the storage is (nearly) full is a
    /// full storage. The detail is logged to the console.
    pub async fn explained(self) -> StorageError {
        if let StorageError::Other(detail) = &self {
            web_sys::console::warn_1(&format!("storage: {detail}").into());
            if let Some(space) = estimate().await {
                if space.quota > 0.0 && space.quota - space.used < NEARLY_FULL_BYTES {
                    return StorageError::QuotaExceeded;
                }
            }
        }
        self
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::QuotaExceeded => f.write_str("QuotaExceededError"),
            StorageError::Other(message) => f.write_str(message),
        }
    }
}

impl From<indexed_db_futures::error::Error> for StorageError {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        let message = error.to_string();
        if message.contains("QuotaExceeded") {
            StorageError::QuotaExceeded
        } else {
            StorageError::Other(message)
        }
    }
}

impl From<indexed_db_futures::error::OpenDbError> for StorageError {
    fn from(error: indexed_db_futures::error::OpenDbError) -> Self {
        StorageError::Other(error.to_string())
    }
}
