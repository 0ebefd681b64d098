//! The browser's clock and randomness, and dates in the device's local time.

use chrono::{DateTime, Utc};
use wasm_bindgen::JsValue;

/// Now, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A random UUID (v4) from `crypto.getRandomValues`, which, unlike
/// `crypto.randomUUID`, also works on plain-http deployments.
pub fn random_id<Id: From<String>>() -> Id {
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
    Id::from(
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .to_string(),
    )
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
