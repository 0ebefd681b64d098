//! The screen of a display: kept on, and out of full screen when leaving.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

/// Keeps the screen on where the Screen Wake Lock API exists; the lock is
/// taken again whenever the page becomes visible.
pub fn keep_screen_on() {
    let request = || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else {
            return;
        };
        if wake_lock.is_undefined() {
            return;
        }
        if let Ok(request) = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request")) {
            if let Ok(request) = request.dyn_into::<js_sys::Function>() {
                if let Ok(promise) = request.call1(&wake_lock, &JsValue::from_str("screen")) {
                    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                        spawn_local(async move {
                            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                        });
                    }
                }
            }
        }
    };
    request();
    let handle = window_event_listener_untyped("visibilitychange", move |_| request());
    on_cleanup(move || handle.remove());
}

pub fn exit_fullscreen() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}
