use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::take_review_file;
use crate::app::state::{use_app_state, AppState};
use crate::i18n::{evaluation_texts, fill, texts};
use crate::views::settings::office_key_question::{
    check_office_file, OfficeFileCheck, OfficeKeyQuestion,
};
use crate::web::{file_bytes, take_picked_files};

type Outcome = RwSignal<Option<(bool, String)>>;

/// Where a phone takes the office's review file: signed by the office key
/// the phone trusts (the first confirmed by its fingerprint) and taken
/// whole, or refused with the file's name and why, changing nothing.
#[component]
pub fn ReviewFileImport() -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let outcome: Outcome = RwSignal::new(None);
    let asking = RwSignal::new(None::<String>);
    let waiting = StoredValue::new((String::new(), Vec::<u8>::new()));
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = take_picked_files(&ev).into_iter().next() else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let bytes = file_bytes(&file).await.unwrap_or_default();
            match check_office_file(state, &name, &bytes).await {
                OfficeFileCheck::Take => take(state, &name, &bytes, outcome),
                OfficeFileCheck::Refuse(message) => outcome.set(Some((false, message))),
                OfficeFileCheck::Ask(key) => {
                    outcome.set(None);
                    waiting.set_value((name, bytes));
                    asking.set(Some(key));
                }
            }
        });
    };
    let confirmed = Callback::new(move |()| {
        let (name, bytes) = waiting.get_value();
        take(state, &name, &bytes, outcome);
    });
    view! {
        <label class="button file-button">
            {e.import_review_file}
            <input type="file" accept=".json,application/json" class="visually-hidden"
                data-testid="review-file" on:change=pick />
        </label>
        <OfficeKeyQuestion asking=asking on_confirm=confirmed />
        {move || outcome.get().map(|(taken, text)| if taken {
            view! { <p role="status" data-testid="review-file-outcome">{text}</p> }.into_any()
        } else {
            view! { <p class="field-error" role="alert" data-testid="review-file-outcome">{text}</p> }.into_any()
        })}
    }
}

/// Takes a review file signed by the office.
fn take(state: AppState, name: &str, bytes: &[u8], outcome: Outcome) {
    let e = evaluation_texts();
    let taken = take_review_file(state, bytes, true, move |n| {
        let text = match n {
            0 => e.review_file_up_to_date.to_string(),
            n => fill(e.review_file_taken, &[("n", &n.to_string())]),
        };
        outcome.set(Some((true, text)));
    });
    if let Err(error) = taken {
        outcome.set(Some((false, texts().import_error_in_file(name, &error))));
    }
}
