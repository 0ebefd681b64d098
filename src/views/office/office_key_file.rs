use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::{office_key_file, take_office_key_file};
use crate::app::state::use_app_state;
use crate::i18n::{fill, office_key_texts};
use crate::signing::MIN_PASSPHRASE_CHARS;
use crate::web::{download, file_bytes, take_picked_files, today};

/// Writes the office key to a file, wrapped under a passphrase typed twice.
#[component]
pub fn KeyFileExport() -> impl IntoView {
    let s = office_key_texts();
    let state = use_app_state();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(bool, String)>);
    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            let made =
                office_key_file(state, &passphrase.get_untracked(), &again.get_untracked()).await;
            outcome.set(Some(match made {
                Ok(text) => {
                    let name = fill(s.key_file_name, &[("date", &today().to_string())]);
                    let _ = download(&name, text.as_bytes(), "application/json");
                    passphrase.set(String::new());
                    again.set(String::new());
                    (true, fill(s.exported, &[("file", &name)]))
                }
                Err(error) => (false, error.message("")),
            }));
        });
    };
    let explain = fill(
        s.export_explain,
        &[("n", &MIN_PASSPHRASE_CHARS.to_string())],
    );
    view! {
        <section class="card">
            <h2>{s.export_heading}</h2>
            <p class="muted">{explain}</p>
            <form on:submit=export novalidate>
                <div class="field">
                    <label for="key-passphrase">{s.passphrase}</label>
                    <input id="key-passphrase" type="password" autocomplete="new-password"
                        prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="key-passphrase-again">{s.passphrase_again}</label>
                    <input id="key-passphrase-again" type="password" autocomplete="new-password"
                        prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button">{s.export_button}</button>
                <Outcome outcome=outcome test_id="key-export-outcome" />
            </form>
        </section>
    }
}

/// Takes the office key from a key file and its passphrase.
#[component]
pub fn KeyFileImport(on_taken: Callback<()>) -> impl IntoView {
    let s = office_key_texts();
    let state = use_app_state();
    let picked = StoredValue::new_local(None::<web_sys::File>);
    let passphrase = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(bool, String)>);
    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(file) = picked.get_value() else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let bytes = file_bytes(&file).await.unwrap_or_default();
            let taken = take_office_key_file(state, &bytes, &passphrase.get_untracked()).await;
            outcome.set(Some(match taken {
                Ok(fingerprint) => {
                    passphrase.set(String::new());
                    on_taken.run(());
                    (true, fill(s.imported, &[("fingerprint", &fingerprint)]))
                }
                Err(error) => (false, error.message(&name)),
            }));
        });
    };
    view! {
        <section class="card">
            <h2>{s.import_heading}</h2>
            <form on:submit=take novalidate>
                <div class="field">
                    <label for="key-file">{s.import_pick}</label>
                    <input id="key-file" type="file" accept=".json,application/json" data-testid="key-file"
                        on:change=move |ev| picked.set_value(take_picked_files(&ev).into_iter().next()) />
                </div>
                <div class="field">
                    <label for="key-file-passphrase">{s.file_passphrase}</label>
                    <input id="key-file-passphrase" type="password" autocomplete="off"
                        prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button">{s.import_button}</button>
                <Outcome outcome=outcome test_id="key-import-outcome" />
            </form>
        </section>
    }
}

/// A form's outcome: a status when it worked, an alert when it did not.
#[component]
fn Outcome(outcome: RwSignal<Option<(bool, String)>>, test_id: &'static str) -> impl IntoView {
    move || {
        outcome.get().map(|(done, text)| {
            if done {
                view! { <p role="status" data-testid=test_id>{text}</p> }.into_any()
            } else {
                view! { <p class="field-error" role="alert" data-testid=test_id>{text}</p> }
                    .into_any()
            }
        })
    }
}
