use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::{fill, signing_texts};
use crate::signing::fingerprint_of;

/// Which office key this device takes office files from, or that it has
/// confirmed none yet.
#[component]
pub fn PinnedKey() -> impl IntoView {
    let s = signing_texts();
    let state = use_app_state();
    let line = move || {
        state.key_book.with(|book| match &book.trusted_office_key {
            None => s.not_pinned.to_string(),
            Some(key) => fill(
                s.pinned_line,
                &[
                    ("fingerprint", &fingerprint_of(&key.public_key)),
                    ("date", &key.since.to_string()),
                ],
            ),
        })
    };
    view! {
        <h3>{s.pinned_heading}</h3>
        <p data-testid="pinned-key">{line}</p>
    }
}
