use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::texts;

/// "A new version is available": shown when `src/pwa/register.js` reports a
/// waiting service worker. Nothing reloads until the user taps "update".
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let t = texts();
    let ready = RwSignal::new(update_already_waiting());
    let handle = window_event_listener_untyped("pwa:update-ready", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    let apply = move |_| {
        if let Ok(event) = web_sys::CustomEvent::new("pwa:apply-update") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="update-notice" role="status" data-testid="update-notice">
                <p>{t.update_ready}</p>
                <div class="button-row">
                    <button type="button" class="button button-primary" on:click=apply>{t.update_now}</button>
                    <button type="button" class="button" on:click=move |_| ready.set(false)>{t.update_later}</button>
                </div>
            </div>
        </Show>
    }
}

/// The update may have been found before the app started listening.
fn update_already_waiting() -> bool {
    js_sys::Reflect::get(&window(), &JsValue::from_str("__pwaWaiting"))
        .map(|w| !w.is_undefined() && !w.is_null())
        .unwrap_or(false)
}
