use leptos::prelude::*;

use crate::community::{NameError, MAX_NAME_CHARS};
use crate::i18n::texts;

/// A name field with its rule and, when refused, the reason right beside it.
#[component]
pub fn NameField(
    /// `id` of the input, unique on the page.
    id: String,
    value: RwSignal<String>,
    error: RwSignal<Option<NameError>>,
) -> impl IntoView {
    let t = texts();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{error_id} {hint_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{t.community_name}</label>
            <input
                id=id
                type="text"
                name="community-name"
                autocomplete="off"
                enterkeyhint="done"
                placeholder=t.community_name_placeholder
                // A little room over the limit so that overlong input gets a message, not a silent cut.
                maxlength=(MAX_NAME_CHARS * 2).to_string()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    error.set(None);
                }
            />
            <p class="field-hint" id=hint_id>{t.community_name_hint}</p>
            <p class="field-error" id=error_id role="alert">
                {move || error.get().map(|e| t.name_error(e))}
            </p>
        </div>
    }
}

/// The "add a community" form. `add` stores the community (and opens it)
/// or refuses the name, which then shows beside the field.
#[component]
pub fn AddCommunityForm(add: Callback<String, Result<(), NameError>>) -> impl IntoView {
    let t = texts();
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<NameError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match add.run(value.get_untracked()) {
            Ok(()) => value.set(String::new()),
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="community-form" on:submit=submit novalidate>
            <NameField id="new-community-name".to_string() value=value error=error />
            <button type="submit" class="button button-primary">{t.add}</button>
        </form>
    }
}
