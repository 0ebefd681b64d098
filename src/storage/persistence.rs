//! Asking the browser to keep our data (`navigator.storage.persist()`) and
//! reading how much space is used.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Space used and available to this app, in bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StorageUse {
    pub used: f64,
    pub quota: f64,
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Old browsers have no StorageManager; the property is then undefined.
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    (!storage.is_undefined()).then(|| navigator.storage())
}

async fn resolve_bool(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser has promised not to evict our data.
pub async fn is_persisted() -> Option<bool> {
    resolve_bool(manager()?.persisted()).await
}

/// Asks for persistent storage; returns whether it is granted.
pub async fn request_persistence() -> Option<bool> {
    resolve_bool(manager()?.persist()).await
}

pub async fn estimate() -> Option<StorageUse> {
    let estimate = JsFuture::from(manager()?.estimate().ok()?).await.ok()?;
    let number = |key: &str| {
        js_sys::Reflect::get(&estimate, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some(StorageUse {
        used: number("usage")?,
        quota: number("quota")?,
    })
}
