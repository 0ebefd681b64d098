//! Small wrappers over browser APIs: clock, randomness, hash navigation and
//! local date formatting.

use chrono::{DateTime, Utc};
use wasm_bindgen::JsValue;

/// Now, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A random UUID (v4) from `crypto.getRandomValues`, which, unlike
/// `crypto.randomUUID`, also works on plain-http deployments.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Read by index.html's loader (`src/pwa/loader.js`) too: the root of a
/// device that has never held a community loads the small start bundle.
const HAS_COMMUNITIES_KEY: &str = "danzhou-green-community-has-communities";

/// Whether this device has held a community; without storage to ask, yes
/// (the phone bundle copes with everything).
pub fn device_has_communities() -> bool {
    local_storage()
        .map(|s| s.get_item(HAS_COMMUNITIES_KEY).ok().flatten().as_deref() == Some("1"))
        .unwrap_or(true)
}

pub fn remember_device_has_communities() {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(HAS_COMMUNITIES_KEY, "1");
    }
}

/// Loads the page again, so the loader picks the bundle for the new URL.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

pub fn navigate(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(href.trim_start_matches('#'));
    }
}

/// Removes index.html's splash, once the app is ready to show itself.
pub fn remove_splash() {
    let splash = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("splash"));
    if let Some(splash) = splash {
        splash.remove();
    }
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Scrolls an element into view, if it exists.
pub fn scroll_to_element(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    match element {
        Some(element) => {
            element.scroll_into_view();
            true
        }
        None => false,
    }
}

fn local_date(at: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64))
}

/// Local time, e.g. 14:03:27.
pub fn format_time(at: DateTime<Utc>, lang: &str) -> String {
    local_date(at)
        .to_locale_time_string(lang)
        .as_string()
        .unwrap_or_default()
}

/// Local date and time, e.g. 2026/11/28 14:03.
pub fn format_date_time(at: DateTime<Utc>, lang: &str) -> String {
    let date = local_date(at);
    let day = date
        .to_locale_date_string(lang, &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default();
    format!("{day} {:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// Today's date on the device.
pub fn today() -> chrono::NaiveDate {
    let date = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_default()
}

/// Offers `bytes` as a file download named `file_name`.
pub fn download(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let blob = blob_of(bytes, mime)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.style().set_property("display", "none")?;
    document.body().ok_or(JsValue::NULL)?.append_child(&link)?;
    link.click();
    link.remove();
    // Revoke later: some browsers read the URL after click() returns.
    let _ = web_sys::window().map(|w| {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
    });
    Ok(())
}

pub fn blob_of(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// Shares a file through the Web Share API where the phone can share files;
/// `false` when it cannot (then offer a download instead).
pub async fn share_file(file_name: &str, bytes: &[u8], mime: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let can_share = js_sys::Reflect::get(&navigator, &JsValue::from_str("canShare"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(can_share), Some(share)) = (can_share, share) else {
        return false;
    };
    let Ok(blob) = blob_of(bytes, mime) else {
        return false;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&blob);
    let Ok(file) = web_sys::File::new_with_blob_sequence_and_options(&parts, file_name, &options)
    else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &data,
        &JsValue::from_str("files"),
        &js_sys::Array::of1(&file),
    );
    let allowed = can_share
        .call1(&navigator, &data)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if !allowed {
        return false;
    }
    match share
        .call1(&navigator, &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// The bytes of a file the user picked.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
