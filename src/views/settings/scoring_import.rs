use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::take_scoring_rules;
use crate::app::state::{use_app_state, AppState};
use crate::exchange::parse_scoring_file;
use crate::i18n::{fill, texts};
use crate::views::settings::office_key_question::{
    check_office_file, OfficeFileCheck, OfficeKeyQuestion,
};
use crate::web::{file_bytes, take_picked_files};

/// Where a phone takes the city office's scoring rules from the file the
/// office sends: signed by the office key this phone trusts (the first one
/// confirmed by its fingerprint), newer rules apply at once; anything else
/// changes nothing and says why.
#[component]
pub fn ScoringFileImport() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let outcome = RwSignal::new(None::<(bool, String)>);
    let asking = RwSignal::new(None::<String>);
    let waiting = StoredValue::new((String::new(), Vec::<u8>::new()));
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = take_picked_files(&ev).into_iter().next() else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let bytes = file_bytes(&file).await.unwrap_or_default();
            let parsed = state
                .plan_untracked()
                .with(|plan| parse_scoring_file(&bytes, plan));
            if let Err(error) = parsed {
                outcome.set(Some((false, t.scoring_file_error(&name, &error))));
                return;
            }
            match check_office_file(state, &name, &bytes).await {
                OfficeFileCheck::Take => outcome.set(Some(take(state, &bytes))),
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
        let bytes = waiting.with_value(|(_, bytes)| bytes.clone());
        outcome.set(Some(take(state, &bytes)));
    });
    view! {
        <label class="button file-button">
            {t.scoring_file_pick}
            <input type="file" accept=".json,application/json" class="visually-hidden"
                data-testid="scoring-file" on:change=pick />
        </label>
        <OfficeKeyQuestion asking=asking on_confirm=confirmed />
        {move || outcome.get().map(|(taken, text)| if taken {
            view! { <p role="status" data-testid="scoring-file-outcome">{text}</p> }.into_any()
        } else {
            view! { <p class="field-error" role="alert" data-testid="scoring-file-outcome">{text}</p> }.into_any()
        })}
    }
}

/// Takes the rules of a checked scoring file signed by the office.
fn take(state: AppState, bytes: &[u8]) -> (bool, String) {
    let t = texts();
    let Ok(rules) = state
        .plan_untracked()
        .with(|plan| parse_scoring_file(bytes, plan))
    else {
        return (false, String::new());
    };
    let version = rules.version.to_string();
    if take_scoring_rules(state, rules) {
        (true, fill(t.scoring_file_taken, &[("version", &version)]))
    } else {
        (
            false,
            fill(t.scoring_file_not_newer, &[("version", &version)]),
        )
    }
}
