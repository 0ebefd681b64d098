//! A stored photo as an image, read from storage by its hash.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::use_app_state;

/// A stored photo as an `<img>`, loaded from storage by hash.
#[component]
pub fn PhotoImage(
    hash: String,
    alt: String,
    /// Called once the picture is shown (`true`) or cannot be (`false`:
    /// not on this device, or unreadable); the printed appendix waits for it.
    #[prop(optional)]
    on_settled: Option<Callback<bool>>,
) -> impl IntoView {
    let state = use_app_state();
    let url = RwSignal::new(None::<String>);
    let hash_attr = hash.clone();
    let settle = move |shown: bool| {
        if let Some(callback) = on_settled {
            callback.run(shown);
        }
    };
    spawn_local(async move {
        match state.storage.get_value().load_photo(&hash).await {
            Ok(Some(blob)) => url.set(web_sys::Url::create_object_url_with_blob(&blob).ok()),
            _ => settle(false),
        }
    });
    on_cleanup(move || {
        if let Some(u) = url.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
    });
    view! {
        <img src=move || url.get() alt=alt decoding="async" data-photo=hash_attr
            on:load=move |_| settle(true) on:error=move |_| settle(false) />
    }
}
