//! Signing keys in the meta store: each kept as the browser's own key
//! object (IndexedDB stores a `CryptoKey` as it is, so a key made not
//! extractable never exists as bytes) beside its public key in base64.

use indexed_db_futures::prelude::*;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

use super::{commit, read_transaction, write_transaction, Storage, StorageError, META};

/// The device's own key, which signs its files.
pub const DEVICE_KEY_NAME: &str = "device_signing_key";
/// The office's key, on the office's computers.
pub const OFFICE_KEY_NAME: &str = "office_signing_key";

/// A private key and its public key (base64).
pub struct StoredKey {
    pub private_key: CryptoKey,
    pub public_key: String,
}

impl Storage {
    pub async fn save_key(&self, name: &str, key: &StoredKey) -> Result<(), StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(());
        };
        let object = Object::new();
        let _ = Reflect::set(&object, &"private_key".into(), &key.private_key);
        let _ = Reflect::set(
            &object,
            &"public_key".into(),
            &key.public_key.as_str().into(),
        );
        let tx = write_transaction(db, &[META])?;
        tx.object_store(META)?
            .put(JsValue::from(object))
            .with_key(name.to_string())
            .without_key_type()
            .primitive()?
            .await?;
        commit(tx).await
    }

    pub async fn load_key(&self, name: &str) -> Result<Option<StoredKey>, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(None);
        };
        let tx = read_transaction(db, &[META])?;
        let stored: Option<JsValue> = tx.object_store(META)?.get(name).primitive()?.await?;
        Ok(stored.and_then(|object| {
            let private_key = Reflect::get(&object, &"private_key".into()).ok()?;
            let public_key = Reflect::get(&object, &"public_key".into())
                .ok()?
                .as_string()?;
            Some(StoredKey {
                private_key: private_key.dyn_into().ok()?,
                public_key,
            })
        }))
    }
}
