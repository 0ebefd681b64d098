use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::{create_office_key, rotate_office_key};
use crate::app::signing::office_key;
use crate::app::state::use_app_state;
use crate::i18n::{fill, office_key_texts};
use crate::signing::fingerprint_of;
use crate::views::office::office_key_file::{KeyFileExport, KeyFileImport};
use crate::views::office::seen_devices_table::SeenDevicesTable;
use crate::views::settings::office_key_question::office_phone;

/// The office's signing key: made once, its fingerprint to read out beside
/// the office's telephone, moved to a new key, written to and taken from
/// the passphrase file; and where each community's files came from.
#[component]
pub fn OfficeKeyPage() -> impl IntoView {
    let s = office_key_texts();
    let state = use_app_state();
    // The office key this computer holds (its public key), read at open.
    let held = RwSignal::new(None::<String>);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let read_key = move || {
        spawn_local(async move {
            held.set(office_key(state).await.map(|k| k.public_key));
        })
    };
    read_key();
    let act = move |rotate: bool| {
        spawn_local(async move {
            let done = if rotate {
                rotate_office_key(state).await
            } else {
                create_office_key(state).await
            };
            let key = office_key(state).await.map(|k| k.public_key);
            outcome.set(Some(match (&done, &key) {
                (Ok(()), Some(key)) if rotate => (
                    true,
                    fill(s.rotated, &[("fingerprint", &fingerprint_of(key))]),
                ),
                (Ok(()), _) => (true, String::new()),
                (Err(error), _) => (false, error.message("")),
            }));
            held.set(key);
        })
    };
    let phone = fill(s.phone_line, &[("phone", &office_phone(state))]);
    view! {
        <section class="card" data-testid="office-key">
            <h2>{s.office_title}</h2>
            <p class="muted">{s.office_explain}</p>
            {move || match held.get() {
                None => view! {
                    <p>{s.no_key}</p>
                    <button type="button" class="button button-primary" on:click=move |_| act(false)>{s.create}</button>
                }.into_any(),
                Some(key) => view! {
                    <p>{crate::i18n::texts().label_text(s.fingerprint, "")}<strong class="fingerprint" data-testid="office-fingerprint">{fingerprint_of(&key)}</strong></p>
                    <p>{phone.clone()}</p>
                }.into_any(),
            }}
            <p role="status" data-testid="office-key-outcome">{move || outcome.get().map(|(_, text)| text)}</p>
        </section>
        <Show when=move || held.with(Option::is_some)>
            <KeyFileExport />
            <section class="card">
                <h2>{s.rotate_heading}</h2>
                <p class="muted">{s.rotate_explain}</p>
                <button type="button" class="button" on:click=move |_| act(true)>{s.rotate_button}</button>
            </section>
        </Show>
        <KeyFileImport on_taken=Callback::new(move |()| read_key()) />
        <SeenDevicesTable />
    }
}
