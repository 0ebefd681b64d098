use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, InspectionId};
use crate::routing::Route;
use crate::views::shell::not_found::find_community;
use crate::web::{navigate, today};

/// Start a field inspection (实地检查); continue the open one; past ones.
#[component]
pub fn InspectionsPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    if let Err(not_found) = find_community(state, &community_id) {
        return not_found;
    }
    let id = StoredValue::new(community_id.clone());
    let date = RwSignal::new(today().to_string());
    let inspectors = RwSignal::new(state.preferences.with_untracked(|p| p.user_name.clone()));
    let error = RwSignal::new(None::<String>);
    let open = move || {
        state
            .workspace
            .with(|w| w.open_inspection(&id.get_value()).cloned())
    };
    let past = move || {
        state.workspace.with(|w| {
            w.inspections(&id.get_value())
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(day) = date.get_untracked().parse::<NaiveDate>() else {
            error.set(Some(t.inspection.date_required.to_string()));
            return;
        };
        let names: Vec<String> = inspectors
            .get_untracked()
            .split(['、', ',', '，', ';', '；', '\n'])
            .map(str::to_string)
            .collect();
        let community_id = id.get_value();
        let open_first_step = move |inspection_id: InspectionId| {
            let first = Route::InspectionStep {
                community_id,
                inspection_id,
                step: 1,
            };
            navigate(&first.href())
        };
        let started =
            commands::start_inspection(state, &id.get_value(), day, &names, open_first_step);
        if let Err(e) = started {
            error.set(Some(t.assessment_error(&e)));
        }
    };
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{t.back_to_checklist}</a></nav>
        <h1>{t.inspection.label}</h1>
        {move || match open() {
            Some(inspection) => view! {
                <section class="card">
                    <h2>{t.inspection.open}</h2>
                    <p>{format!("{} · {}", inspection.date, t.list(&inspection.inspectors))}</p>
                    <a class="button button-primary" href=Route::InspectionStep { community_id: id.get_value(), inspection_id: inspection.id.clone(), step: 1 }.href()>
                        {t.inspection.resume}
                    </a>
                </section>
            }.into_any(),
            None => view! {
                <form class="card" on:submit=start novalidate>
                    <h2>{t.inspection.start}</h2>
                    <div class="field">
                        <label for="inspection-date">{t.inspection.date}</label>
                        <input id="inspection-date" type="date" prop:value=move || date.get()
                            on:input=move |ev| { date.set(event_target_value(&ev)); error.set(None); } />
                    </div>
                    <div class="field">
                        <label for="inspection-inspectors">{t.inspection.inspectors}</label>
                        <input id="inspection-inspectors" type="text" prop:value=move || inspectors.get()
                            aria-describedby="inspectors-hint"
                            on:input=move |ev| { inspectors.set(event_target_value(&ev)); error.set(None); } />
                        <p class="field-hint" id="inspectors-hint">{t.inspection.inspectors_hint}</p>
                    </div>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                    <button type="submit" class="button button-primary">{t.inspection.start}</button>
                </form>
            }.into_any(),
        }}
        <section>
            <h2>{t.inspection.past}</h2>
            <ul class="inspection-list" data-testid="inspections">
                {move || past().into_iter().map(|inspection| {
                    let href = Route::InspectionSummary { community_id: id.get_value(), inspection_id: inspection.id.clone() }.href();
                    let touched = state.workspace.with(|w| w.inspection_summary(&inspection.id).items_touched.len());
                    view! {
                        <li class="card">
                            <a class="text-link" href=href>{format!("{} · {}", inspection.date, t.list(&inspection.inspectors))}</a>
                            <p class="muted">
                                {fill(t.inspection.items_touched, &[("n", &touched.to_string())])}
                                {inspection.is_open().then_some(" · ")}
                                {inspection.is_open().then_some(t.inspection.open)}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
