use leptos::html;
use leptos::prelude::*;

use crate::i18n::texts;
use crate::web::modal_focus::{modal_keys, return_focus_on_close};

/// A modal question with a safe default: focus starts on "cancel", and
/// Escape cancels.
#[component]
pub fn ConfirmDialog(
    title: &'static str,
    text: String,
    confirm_label: &'static str,
    /// A line to read carefully (a key's fingerprint), shown large.
    #[prop(optional)]
    detail: Option<String>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let cancel_ref = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = cancel_ref.get() {
            let _ = button.focus();
        }
    });
    return_focus_on_close();
    let on_key = modal_keys(move || on_cancel.run(()));
    view! {
        <div class="dialog-backdrop" on:keydown=on_key>
            <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" aria-describedby="dialog-text">
                <h2 id="dialog-title">{title}</h2>
                <p id="dialog-text">{text}</p>
                {detail.map(|detail| view! { <p class="fingerprint" data-testid="dialog-detail">{detail}</p> })}
                <div class="button-row">
                    <button type="button" class="button" node_ref=cancel_ref on:click=move |_| on_cancel.run(())>
                        {texts().cancel}
                    </button>
                    <button type="button" class="button button-danger" on:click=move |_| on_confirm.run(())>
                        {confirm_label}
                    </button>
                </div>
            </div>
        </div>
    }
}
