use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::take_scoring_rules;
use crate::app::state::use_app_state;
use crate::exchange::parse_scoring_file;
use crate::i18n::{fill, texts};
use crate::web::{file_bytes, take_picked_files};

/// Where a phone takes the city office's scoring rules from the file the
/// office sends: newer rules apply at once; anything else changes nothing
/// and says why.
#[component]
pub fn ScoringFileImport() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let outcome = RwSignal::new(None::<(bool, String)>);
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
            let result = match parsed {
                Err(error) => (false, t.scoring_file_error(&name, &error)),
                Ok(rules) => {
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
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <label class="button file-button">
            {t.scoring_file_pick}
            <input type="file" accept=".json,application/json" class="visually-hidden"
                data-testid="scoring-file" on:change=pick />
        </label>
        {move || outcome.get().map(|(taken, text)| if taken {
            view! { <p role="status" data-testid="scoring-file-outcome">{text}</p> }.into_any()
        } else {
            view! { <p class="field-error" role="alert" data-testid="scoring-file-outcome">{text}</p> }.into_any()
        })}
    }
}
