use leptos::prelude::*;

use crate::app::commands::{has_survey_change, satisfaction_item, save_survey, undo_survey};
use crate::app::state::use_app_state;
use crate::assessment::Survey;
use crate::i18n::{residents_texts, texts};
use crate::ids::CommunityId;

/// The surveys recorded, newest first, each with its rate; correct one in
/// the form above, delete one, or undo the last survey change.
#[component]
pub fn SurveyList(community_id: CommunityId, editing: RwSignal<Option<Survey>>) -> impl IntoView {
    let r = residents_texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let item = StoredValue::new(satisfaction_item(state));
    let surveys = move || {
        let mut surveys = match item.get_value() {
            Some(item) => state
                .workspace
                .with(|w| w.item_state(&id.get_value(), &item).surveys),
            None => Vec::new(),
        };
        crate::sorting::sort_by(&mut surveys, |a, b| b.state.date.cmp(&a.state.date));
        surveys
    };
    let delete = move |survey: Survey| {
        let _ = save_survey(state, &id.get_value(), &survey.id, None);
        if editing.with_untracked(|e| e.as_ref().is_some_and(|e| e.id == survey.id)) {
            editing.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="surveys-heading">
            <h2 id="surveys-heading">{r.list_heading}</h2>
            <Show when=move || !surveys().is_empty() fallback=move || view! { <p class="muted">{r.none}</p> }>
                <ul class="plain-list" data-testid="surveys">
                    {move || surveys().into_iter().map(|survey| {
                        let line = texts().survey_line(&survey.state);
                        let (to_edit, to_delete) = (survey.clone(), survey);
                        view! {
                            <li data-testid="survey">
                                <p>{line}</p>
                                <div class="button-row">
                                    <button type="button" class="button"
                                        on:click=move |_| editing.set(Some(to_edit.clone()))>{r.edit}</button>
                                    <button type="button" class="button"
                                        on:click=move |_| delete(to_delete.clone())>{r.delete}</button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <Show when=move || has_survey_change(state, &id.get_value())>
                <button type="button" class="button" data-testid="undo-survey"
                    on:click=move |_| undo_survey(state, &id.get_value())>{r.undo}</button>
            </Show>
        </section>
    }
}
