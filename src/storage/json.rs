//! How records cross into IndexedDB: serde_json writes a record's text, the
//! browser's own `JSON.parse` makes the plain object that is stored, and
//! `JSON.stringify` gives the text back for serde_json to read. The stored
//! objects are the same as those the app wrote through serde-wasm-bindgen
//! before (a `None` then was a missing property, now it is `null`; both read
//! back as `None`), and serde_json is the one serde back end of the bundle:
//! each record type's (de)serialising code is built once, not once per back
//! end.

use js_sys::JSON;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::StorageError;

/// The object stored for `record`.
pub(crate) fn to_js<T: Serialize + ?Sized>(record: &T) -> Result<JsValue, StorageError> {
    let text = serde_json::to_string(record).map_err(|e| StorageError::Other(e.to_string()))?;
    JSON::parse(&text).map_err(|_| StorageError::Other("JSON.parse refused a record".into()))
}

/// The record a stored object holds.
pub(crate) fn from_js<T: DeserializeOwned>(stored: &JsValue) -> Result<T, StorageError> {
    let text: String = JSON::stringify(stored)
        .map_err(|_| StorageError::Other("JSON.stringify refused a stored record".into()))?
        .into();
    serde_json::from_slice(text.as_bytes()).map_err(|e| StorageError::Other(e.to_string()))
}
