use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, InspectionId, ItemId};
use crate::routing::Route;
use crate::views::shell::not_found::NotFound;
use crate::web::format_date_time;

/// What an inspection did: items touched, results changed, photos taken,
/// actions raised, notes written.
#[component]
pub fn InspectionSummaryPage(
    community_id: CommunityId,
    inspection_id: InspectionId,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let inspection = state
        .workspace
        .with_untracked(|w| w.inspection(&community_id, &inspection_id).cloned());
    let Some(inspection) = inspection else {
        return view! { <NotFound /> }.into_any();
    };
    let id = StoredValue::new(inspection_id.clone());
    let summary = move || {
        state
            .workspace
            .with(|w| w.inspection_summary(&id.get_value()))
    };
    let title_of = move |item_id: &ItemId| {
        state.plan().with(|p| {
            p.find_item(item_id)
                .map(|(_, i)| format!("{} {}", i.display_number(p), i.title))
                .unwrap_or_else(|| item_id.to_string())
        })
    };
    let back = Route::Inspections {
        community_id: community_id.clone(),
    }
    .href();
    let finished = inspection
        .finished_at
        .map(|at| format_date_time(at, t.lang))
        .unwrap_or_else(|| t.inspection.open.to_string());
    let cid = community_id.clone();
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{t.inspection.label}</a></nav>
        <h1>{t.inspection.summary}</h1>
        <section class="card">
            <p>{t.label_text(t.inspection.date, &inspection.date.to_string())}</p>
            <p>{t.label_text(t.inspection.inspectors, &t.list(&inspection.inspectors))}</p>
            <p>{t.label_text(t.inspection.finished_at, &finished)}</p>
        </section>
        <section class="card" data-testid="inspection-summary">
            <ul class="summary-counts">
                <li>{move || fill(t.inspection.items_touched, &[("n", &summary().items_touched.len().to_string())])}</li>
                <li>{move || fill(t.inspection.results_changed, &[("n", &summary().result_changes.len().to_string())])}</li>
                <li>{move || fill(t.inspection.photos_taken, &[("n", &summary().photos_taken.to_string())])}</li>
                <li>{move || fill(t.inspection.actions_raised, &[("n", &summary().actions_raised.to_string())])}</li>
                <li>{move || fill(t.inspection.notes_changed, &[("n", &summary().notes_changed.to_string())])}</li>
            </ul>
            <h2>{t.inspection.changes}</h2>
            <ul>
                {move || summary().result_changes.into_iter().map(|(item_id, old, new)| {
                    let href = Route::Item { community_id: cid.clone(), item_id: item_id.clone() }.href();
                    view! {
                        <li><a href=href>{title_of(&item_id)}</a>{t.label_text("", &format!("{} → {}", t.rating(old), t.rating(new)))}</li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
