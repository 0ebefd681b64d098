use leptos::prelude::*;

use crate::i18n::texts;

/// A calm note while the device is offline; nothing in the app needs the
/// network, so nothing is disabled.
#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let on = window_event_listener_untyped("online", move |_| online.set(true));
    let off = window_event_listener_untyped("offline", move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    view! {
        <Show when=move || !online.get()>
            <p class="offline-indicator" role="status" data-testid="offline">
                <span aria-hidden="true">"● "</span>{texts().offline}
            </p>
        </Show>
    }
}
