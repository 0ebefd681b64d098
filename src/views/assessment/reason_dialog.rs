use leptos::html;
use leptos::prelude::*;

use crate::assessment::{AssessmentError, MAX_REASON_CHARS};
use crate::i18n::{fill, texts};
use crate::web::modal_focus::{modal_keys, return_focus_on_close};

/// Asks why an item does not apply. Saving without a reason is refused with
/// a message in the dialog; cancel leaves the result as it was.
#[component]
pub fn ReasonDialog(
    initial: String,
    /// Stores the reason; an error keeps the dialog open and is shown.
    on_save: Callback<String, Result<(), AssessmentError>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let t = texts();
    let text = RwSignal::new(initial);
    let error = RwSignal::new(None::<String>);
    let field = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(field) = field.get() {
            let _ = field.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Err(e) = on_save.run(text.get_untracked()) {
            error.set(Some(t.assessment_error(&e)));
        }
    };
    return_focus_on_close();
    let on_key = modal_keys(move || on_cancel.run(()));
    view! {
        <div class="dialog-backdrop" on:keydown=on_key>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="reason-title">
                <form on:submit=submit novalidate>
                <h2 id="reason-title">{t.na_reason_label}</h2>
                <div class="field">
                    <label for="na-reason-text">{t.na_reason_prompt}</label>
                    <textarea
                        id="na-reason-text"
                        rows="3"
                        node_ref=field
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby="na-reason-error"
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            text.set(event_target_value(&ev));
                            error.set(None);
                        }
                    ></textarea>
                    <p class="field-hint">{fill(t.reason_hint, &[("max", &MAX_REASON_CHARS.to_string())])}</p>
                    <p class="field-error" id="na-reason-error" role="alert">{move || error.get()}</p>
                </div>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| on_cancel.run(())>{t.cancel}</button>
                    <button type="submit" class="button button-primary">{t.save}</button>
                </div>
            </form>
            </div>
        </div>
    }
}
