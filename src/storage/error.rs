use std::fmt;

/// A storage failure, sorted into what the user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The device's storage is full.
    QuotaExceeded,
    Other(String),
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
