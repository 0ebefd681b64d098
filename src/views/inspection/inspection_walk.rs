use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, InspectionId};
use crate::routing::Route;
use crate::views::assessment::action_list::ActionList;
use crate::views::assessment::note_editor::NoteEditor;
use crate::views::assessment::rating_picker::RatingPicker;
use crate::views::shell::not_found::NotFound;
use crate::views::widgets::photo_panel::PhotoPanel;
use crate::views::widgets::plan_title::PlanTitle;
use crate::web::navigate;

/// One step of a field inspection: the item, its result, note, photos and
/// actions, with large previous and next buttons for one thumb.
#[component]
pub fn InspectionStepPage(
    community_id: CommunityId,
    inspection_id: InspectionId,
    step: usize,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let inspection = state
        .workspace
        .with_untracked(|w| w.inspection(&community_id, &inspection_id).cloned());
    let total = state.plan().with(|p| p.item_count());
    let found = state.plan().with(|plan| {
        let (area, item) = plan.items().nth(step - 1)?;
        Some((area.clone(), item.clone(), item.display_number(plan)))
    });
    let (Some(inspection), Some((area, item, number))) = (inspection, found) else {
        return view! { <NotFound /> }.into_any();
    };
    if !inspection.is_open() {
        navigate(
            &Route::InspectionSummary {
                community_id,
                inspection_id,
            }
            .href(),
        );
        return ().into_any();
    }
    let step_href = {
        let (c, i) = (community_id.clone(), inspection_id.clone());
        move |s: usize| {
            Route::InspectionStep {
                community_id: c.clone(),
                inspection_id: i.clone(),
                step: s,
            }
            .href()
        }
    };
    let prev = (step > 1).then(|| step_href(step - 1));
    let next = (step < total).then(|| step_href(step + 1));
    let finish = {
        let (c, i) = (community_id.clone(), inspection_id.clone());
        move |_| {
            let summary = Route::InspectionSummary {
                community_id: c.clone(),
                inspection_id: i.clone(),
            }
            .href();
            commands::finish_inspection(state, &i, move || navigate(&summary));
        }
    };
    view! {
        <div class="inspection-step" data-item=item.id.to_string()>
            <p class="muted">{fill(t.inspection.step, &[("n", &step.to_string()), ("total", &total.to_string())])}</p>
            <progress class="step-progress" max=total.to_string() value=step.to_string() aria-label=t.inspection.label></progress>
            <p class="muted">{area.number.clone()}" "<PlanTitle title=area.title.clone() gloss=area.title_en.clone() /></p>
            <h1><span class="item-number">{number}</span><PlanTitle title=item.title.clone() gloss=item.title_en.clone() /></h1>
            <section class="card">
                <RatingPicker community_id=community_id.clone() item_id=item.id.clone() item_title=item.title.clone() />
            </section>
            <details class="card">
                <summary>{t.plan_words}" · "{t.guidance}</summary>
                <blockquote>{item.source.clone()}</blockquote>
                <p class="guidance-note">{t.guidance_note}</p>
                <p>{item.guidance.look_for.clone()}</p>
                <p>{t.label_text(t.photo_hint, &item.guidance.photo)}</p>
            </details>
            <section class="card"><NoteEditor community_id=community_id.clone() item_id=item.id.clone() /></section>
            <PhotoPanel community_id=community_id.clone() item_id=item.id.clone() />
            <ActionList community_id=community_id.clone() item_id=item.id.clone() units=area.responsible_units.clone() />
            <button type="button" class="button finish-inspection" on:click=finish>{t.inspection.finish}</button>
        </div>
        <nav class="thumb-bar" aria-label=t.inspection.label>
            {match prev {
                Some(href) => view! { <a class="button big" rel="prev" href=href>{"← "}{t.previous_item}</a> }.into_any(),
                None => view! { <span></span> }.into_any(),
            }}
            {match next {
                Some(href) => view! { <a class="button button-primary big" rel="next" href=href>{t.next_item}{" →"}</a> }.into_any(),
                None => view! { <span></span> }.into_any(),
            }}
        </nav>
    }
    .into_any()
}
