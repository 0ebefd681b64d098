//! The browser glue of the in-app browser notice: the user agent, the
//! session's "dismissed" flag, the page's link and copying it.

use crate::in_app_browser::{in_app_browser, InAppBrowser};

const DISMISSED_KEY: &str = "danzhou-green-community-in-app-notice-dismissed";

/// The app whose built-in browser this page runs in, if any.
pub fn current_in_app_browser() -> Option<InAppBrowser> {
    let agent = web_sys::window()?.navigator().user_agent().ok()?;
    in_app_browser(&agent)
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Whether the notice was dismissed in this session (it comes back in the
/// next).
pub fn in_app_notice_dismissed() -> bool {
    session_storage()
        .and_then(|s| s.get_item(DISMISSED_KEY).ok().flatten())
        .is_some()
}

pub fn dismiss_in_app_notice() {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(DISMISSED_KEY, "1");
    }
}

/// The page's address, to open in the phone's browser.
pub fn page_link() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies `text` to the clipboard; `false` where the browser does not let
/// the page (the link stays shown to copy by hand).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
