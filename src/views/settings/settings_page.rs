use leptos::prelude::*;

use crate::figures::fixed;

use crate::plan::Scoring;
use crate::views::settings::pinned_key::PinnedKey;
use crate::views::settings::scoring_import::ScoringFileImport;
use leptos::task::spawn_local;

use crate::app::backups::communities_by_origin;
use crate::app::state::use_app_state;
use crate::app::summaries::{show_unread_from_summaries, shown_of};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::storage::{self, StorageUse};
use crate::views::communities::backup_reminder::NotListedNote;
use crate::web::format_date_time;

/// This device: its id, how much storage is used, whether the browser keeps
/// the data for good, and when anything last changed.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let usage = RwSignal::new(None::<StorageUse>);
    spawn_local(async move { usage.set(storage::estimate().await) });
    // The communities whose records are not read count by their summaries.
    show_unread_from_summaries(state);
    let last_change = move || {
        let ids: Vec<CommunityId> = state
            .workspace
            .with(|w| w.shown_communities().map(|c| c.id.clone()).collect());
        let latest = ids
            .iter()
            .filter_map(|id| {
                shown_of(state, id, |r| r.last_change_at(id), |s| s.last_change_at).flatten()
            })
            .max();
        match latest {
            Some(at) => fill(
                t.last_change_any,
                &[("date", &format_date_time(at, t.lang))],
            ),
            None => t.no_data_yet.to_string(),
        }
    };
    // Per community holding something entered here: when it was last
    // exported (the backup), or never.
    let backups = Memo::new(move |_| communities_by_origin(state));
    let export_reminders = move || {
        backups
            .get()
            .entered_here
            .into_iter()
            .map(|c| {
                let at = state
                    .workspace
                    .with(|w| w.last_exported_at.get(&c.id).copied());
                let text = match at {
                    Some(at) => fill(
                        t.export_last,
                        &[
                            ("date", &format_date_time(at, t.lang)),
                            ("days", &(crate::web::now() - at).num_days().to_string()),
                        ],
                    ),
                    None => t.export_never_short.to_string(),
                };
                view! { <li><strong>{t.label_text(&c.name, "")}</strong>{text}</li> }
            })
            .collect_view()
    };
    let usage_text = move || match usage.get() {
        Some(u) => fill(
            t.storage_used,
            &[("used", &megabytes(u.used)), ("quota", &megabytes(u.quota))],
        ),
        None => t.storage_unknown.to_string(),
    };
    let ask = move |_| {
        spawn_local(async move {
            let granted = storage::request_persistence().await;
            state.persisted.set(granted);
        })
    };
    let name = RwSignal::new(state.preferences.with_untracked(|p| p.user_name.clone()));
    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        crate::app::commands::set_user_name(state, &name.get_untracked());
    };
    let language_refused = RwSignal::new(false);
    let choose_language = move |ev: leptos::ev::Event| {
        if let Some(lang) = crate::i18n::Lang::from_code(&event_target_value(&ev)) {
            language_refused.set(crate::web::language::switch_language(lang).is_err());
        }
    };
    let current = crate::i18n::current_lang();
    view! {
        <h1>{t.settings_title}</h1>
        <section class="card">
            <h2>{t.language_title}</h2>
            <div class="field">
                <label for="language">{t.language_label}</label>
                <select id="language" on:change=choose_language>
                    {crate::i18n::Lang::ALL.iter().map(|lang| view! {
                        <option value=lang.as_str() selected=*lang == current>{lang.native_name()}</option>
                    }).collect_view()}
                </select>
                <p class="field-error" role="alert">{move || language_refused.get().then_some(t.language_not_saved)}</p>
            </div>
        </section>
        <form class="card" on:submit=save_name>
            <h2>{t.user_title}</h2>
            <div class="field">
                <label for="user-name">{t.user_name}</label>
                <input id="user-name" type="text" maxlength="40" autocomplete="name"
                    aria-describedby="user-name-hint"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <p class="field-hint" id="user-name-hint">{t.user_name_hint}</p>
            </div>
            <button type="submit" class="button button-primary">{t.save}</button>
        </form>
        <section class="card" data-testid="scoring-defaults">
            {move || state.plan().with(|p| scoring_facts(&p.scoring))}
            <ScoringFileImport />
            <PinnedKey />
        </section>
        <section class="card">
            <h2>{t.device_title}</h2>
            <p>{t.label_text(t.device_id, "")}<code data-testid="device-id">{device_id.to_string()}</code></p>
        </section>
        <section class="card">
            <h2>{t.storage_title}</h2>
            <p data-testid="what-erases">{t.storage_what_erases}</p>
            <p data-testid="storage-use">{usage_text}</p>
            {move || match state.persisted.get() {
                Some(true) => view! { <p class="ok">{t.persisted_yes}</p> }.into_any(),
                _ => view! {
                    <p class="warning" data-testid="not-persisted">{t.persisted_no}</p>
                    <button type="button" class="button" on:click=ask>{t.request_persist}</button>
                }.into_any(),
            }}
        </section>
        <section class="card">
            <h2>{t.backup_title}</h2>
            <p data-testid="last-change">{last_change}</p>
            <ul data-testid="export-reminders">{export_reminders}</ul>
            <NotListedNote communities=backups />
        </section>
    }
}

/// What the scoring in force is: whose, the points, the pass line.
fn scoring_facts(scoring: &Scoring) -> impl IntoView {
    let t = texts();
    let note = if scoring.version > 0 {
        t.scoring_label(scoring)
    } else if t.lang == "en" {
        scoring.note_en.clone()
    } else {
        scoring.note_zh.clone()
    };
    view! {
        <h2>{t.with_scoring(t.scoring_title, scoring)}</h2>
        <p class="defaults-note">{note}</p>
        <dl class="facts">
            <dt>{t.rating_met}</dt><dd>{scoring.values.met.to_string()}</dd>
            <dt>{t.rating_partial}</dt><dd>{scoring.values.partial.to_string()}</dd>
            <dt>{t.rating_not_met}</dt><dd>{scoring.values.not_met.to_string()}</dd>
            <dt>{t.scoring_pass}</dt><dd>{format!("{}%", crate::figures::percent(scoring.pass_share))}</dd>
            <dt>{t.scoring_all_assessed}</dt><dd>{if scoring.require_all_assessed { t.yes } else { t.no }}</dd>
            <dt>{t.scoring_weights}</dt><dd>{if scoring.version > 0 { t.scoring_weights_office } else { t.scoring_weights_text }}</dd>
        </dl>
    }
}

fn megabytes(bytes: f64) -> String {
    if bytes >= 1024.0 * 1024.0 * 1024.0 {
        format!("{} GB", fixed(bytes / 1024.0 / 1024.0 / 1024.0, 1))
    } else {
        format!("{} MB", fixed(bytes / 1024.0 / 1024.0, 1))
    }
}
