use leptos::prelude::*;

use super::actions;
use super::item_row::ItemRow;
use super::not_found::CommunityNotFound;
use super::progress_summary::ProgressSummary;
use super::state::use_app_state;
use crate::assessment::{area_progress, overall_progress};
use crate::i18n::texts;
use crate::plan::Area;

/// A community's checklist: overall progress, then the five areas.
#[component]
pub fn ChecklistPage(community_id: String) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let exists = state
        .workspace
        .with_untracked(|w| w.community(&community_id).is_some());
    if !exists {
        return view! { <CommunityNotFound /> }.into_any();
    }
    actions::select_community(state, Some(community_id.clone()));
    let id = StoredValue::new(community_id.clone());
    let name = move || {
        state
            .workspace
            .with(|w| w.community(&id.get_value()).map(|c| c.name.clone()))
            .unwrap_or_default()
    };
    let overall = Memo::new(move |_| {
        let ratings = state.workspace.with(|w| w.ratings(&id.get_value()));
        state
            .plan
            .with_value(|plan| overall_progress(plan, &ratings))
    });
    let areas = state.plan.with_value(|plan| plan.areas.clone());
    view! {
        <h1 class="community-title">{name}</h1>
        <section class="card" aria-label=t.overall>
            <ProgressSummary progress=overall />
        </section>
        <h2 class="section-title">{t.checklist_areas}</h2>
        {areas
            .into_iter()
            .enumerate()
            .map(|(index, area)| view! { <AreaSection community_id=community_id.clone() area=area index=index /> })
            .collect_view()}
    }
    .into_any()
}

#[component]
fn AreaSection(community_id: String, area: Area, index: usize) -> impl IntoView {
    let state = use_app_state();
    let area_for_memo = StoredValue::new(area.clone());
    let id = StoredValue::new(community_id.clone());
    let progress = Memo::new(move |_| {
        let ratings = state.workspace.with(|w| w.ratings(&id.get_value()));
        area_for_memo.with_value(|a| area_progress(a, &ratings))
    });
    let heading_id = format!("area-{}", area.id);
    let items = area
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            view! {
                <ItemRow
                    community_id=community_id.clone()
                    item=item.clone()
                    number=format!("{}.{}", index + 1, i + 1)
                />
            }
        })
        .collect_view();
    view! {
        <details class="area card" open data-area=area.id.clone()>
            <summary>
                <h3 id=heading_id>{format!("{} {}", area.number, area.title)}</h3>
                <ProgressSummary progress=progress />
            </summary>
            <ul class="item-list">{items}</ul>
        </details>
    }
}
