use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::set_scoring_rules;
use crate::app::exchange::ExportFile;
use crate::app::signing::{known_rotations, office_signature, signing_error_message};
use crate::app::state::use_app_state;
use crate::exchange::ScoringFile;
use crate::figures::percent;
use crate::i18n::{fill, texts};
use crate::plan::{Plan, ScoringRules};
use crate::views::office::satisfaction_line_fields::SatisfactionLineFields;
use crate::views::widgets::export_status::{hand_over_and_tell, ExportStatus, ExportStatusLine};
use crate::web::{now, today};

/// The office's scoring rules: the pass line, each item's weight and the
/// veto items, saved as a new version that every verdict then names, and
/// sent to the phones as a small file.
#[component]
pub fn ScoringPanel() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let current = move || {
        state
            .plan_untracked()
            .with(|plan| ScoringRules::from_plan(plan, today()))
    };
    let draft = RwSignal::new(current());
    let refused = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<ExportStatus>);
    let scoring = move || state.plan().with(|plan| plan.scoring.clone());
    let next_version = move || scoring().version + 1;
    let save = move |_| {
        let rules = ScoringRules {
            version: next_version(),
            set_on: today(),
            ..draft.get_untracked()
        };
        match state.plan().with(|plan| rules.check(plan)) {
            Err(error) => refused.set(Some(t.rules_error(&error))),
            Ok(()) => {
                refused.set(None);
                set_scoring_rules(state, rules);
            }
        }
    };
    let export = move |_| {
        status.set(None);
        let Some((name, mut file)) = state.plan().with(rules_file) else {
            return;
        };
        spawn_local(async move {
            file.key_rotations = known_rotations(state);
            match office_signature(state, &file).await {
                Ok(signature) => file.signature = Some(signature),
                Err(error) => {
                    let text = signing_error_message(&error);
                    status.set(Some(ExportStatus::failed(text, false)));
                    return;
                }
            }
            let file = ExportFile {
                name,
                bytes: crate::exchange::to_indented_json(&file).into_bytes(),
                mime: "application/json",
                exported_at: now(),
            };
            let outcome = hand_over_and_tell(&file, false).await.unwrap_or_else(|s| s);
            status.set(Some(outcome));
        });
    };
    let items: Vec<(String, String)> = state.plan().with(|plan| {
        plan.items()
            .map(|(_, item)| {
                (
                    item.id.to_string(),
                    format!("{} {}", item.display_number(plan), item.title),
                )
            })
            .collect()
    });
    view! {
        <section class="card" data-testid="scoring">
            <h2>{move || t.with_scoring(t.scoring_title, &scoring())}</h2>
            <p class="muted">{move || t.scoring_label(&scoring())}</p>
            <div class="field">
                <label for="pass-line">{t.scoring_pass_line_label}</label>
                <input id="pass-line" type="number" min="1" max="100" step="1" inputmode="numeric"
                    prop:value=move || percent(draft.with(|d| d.pass_share)).to_string()
                    on:change=move |ev| {
                        let value = event_target_value(&ev).trim().parse::<f64>().unwrap_or(f64::NAN);
                        draft.update(|d| d.pass_share = value / 100.0);
                    } />
            </div>
            <SatisfactionLineFields draft=draft />
            <div class="table-scroll">
                <table class="office-table">
                    <thead><tr>
                        <th scope="col">{t.scoring_col_item}</th>
                        <th scope="col">{t.scoring_col_weight}</th>
                        <th scope="col">{t.scoring_col_veto}</th>
                    </tr></thead>
                    <tbody>
                        {items.into_iter().map(|(id, title)| item_row(draft, id, title)).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="field-error" role="alert">{move || refused.get()}</p>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>
                    {move || fill(t.scoring_save_version, &[("version", &next_version().to_string())])}
                </button>
                <button type="button" class="button" on:click=export data-testid="export-scoring"
                    disabled=move || scoring().version == 0>{t.scoring_export}</button>
            </div>
            <ExportStatusLine status=status without_photos=Callback::new(|_| {}) />
        </section>
    }
}

fn item_row(draft: RwSignal<ScoringRules>, id: String, title: String) -> impl IntoView {
    let t = texts();
    let key = StoredValue::new(id.clone());
    let weight = move || draft.with(|d| d.weights.get(&key.get_value()).copied().unwrap_or(1.0));
    let veto = move || draft.with(|d| d.veto.contains(&key.get_value()));
    let label = |column: &str| format!("{id} {column}");
    view! {
        <tr data-item=id.clone()>
            <th scope="row">{title}</th>
            <td><input type="number" min="0.1" step="0.5" inputmode="decimal" prop:value=move || weight().to_string()
                aria-label=label(t.scoring_col_weight)
                on:change=move |ev| {
                    let value = event_target_value(&ev).trim().parse::<f64>().unwrap_or(f64::NAN);
                    draft.update(|d| { d.weights.insert(key.get_value(), value); });
                } /></td>
            <td><input type="checkbox" prop:checked=veto aria-label=label(t.scoring_col_veto)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    draft.update(|d| {
                        d.veto.retain(|v| *v != key.get_value());
                        if on { d.veto.push(key.get_value()); }
                    });
                } /></td>
        </tr>
    }
}

/// The scoring file of the rules in force, for the phones, with its name;
/// signed before it is handed over.
fn rules_file(plan: &Plan) -> Option<(String, ScoringFile)> {
    if plan.scoring.version == 0 {
        return None;
    }
    let rules = ScoringRules::from_plan(plan, plan.scoring.set_on.unwrap_or_else(today));
    let name = fill(
        texts().scoring_file_name,
        &[
            ("version", &rules.version.to_string()),
            ("date", &today().to_string()),
        ],
    );
    Some((name, ScoringFile::of(plan, &rules)))
}
