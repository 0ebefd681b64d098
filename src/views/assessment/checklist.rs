use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::assessment::{area_progress, area_score, overall_progress, Ratings};
use crate::figures::format_points;
use crate::i18n::fill;
use crate::i18n::texts;
use crate::ids::CommunityId;
use crate::plan::Area;
use crate::views::assessment::export_panel::ExportPanel;
use crate::views::assessment::item_row::ItemRow;
use crate::views::assessment::verdict_card::VerdictCard;
use crate::views::evaluation::evaluation_card::EvaluationCard;
use crate::views::residents::satisfaction_card::SatisfactionCard;
use crate::views::shell::not_found::find_community;
use crate::views::widgets::plan_title::PlanTitle;
use crate::views::widgets::progress_summary::ProgressSummary;

/// A community's checklist: overall progress, then the five areas.
#[component]
pub fn ChecklistPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    if let Err(not_found) = find_community(state, &community_id) {
        return not_found;
    }
    commands::select_community(state, Some(community_id.clone()));
    let id = StoredValue::new(community_id.clone());
    let name = move || {
        state
            .workspace
            .with(|w| w.community(&id.get_value()).map(|c| c.name.clone()))
            .unwrap_or_default()
    };
    // One reading of the community's results per change, shared by every
    // figure of the page.
    let ratings = Memo::new(move |_| state.workspace.with(|w| w.ratings(&id.get_value())));
    let overall = Memo::new(move |_| {
        ratings.with(|ratings| state.plan().with(|plan| overall_progress(plan, ratings)))
    });
    let areas = state.plan().with(|plan| plan.areas.clone());
    view! {
        <h1 class="community-title">{name}</h1>
        <section class="card" aria-label=t.overall>
            <ProgressSummary progress=overall />
        </section>
        <VerdictCard community_id=community_id.clone() ratings=ratings />
        <EvaluationCard community_id=community_id.clone() />
        <SatisfactionCard community_id=community_id.clone() />
        <ExportPanel community_id=community_id.clone() />
        <h2 class="section-title">{t.checklist_areas}</h2>
        {areas
            .into_iter()
            .enumerate()
            .map(|(index, area)| view! { <AreaSection community_id=community_id.clone() area=area index=index ratings=ratings /> })
            .collect_view()}
    }
    .into_any()
}

/// One area of the checklist: its progress, score and items. `ratings`
/// are the community's results, read once for the whole page.
#[component]
fn AreaSection(
    community_id: CommunityId,
    area: Area,
    index: usize,
    ratings: Memo<Ratings>,
) -> impl IntoView {
    let state = use_app_state();
    let area_for_memo = StoredValue::new(area.clone());
    let progress =
        Memo::new(move |_| ratings.with(|r| area_for_memo.with_value(|a| area_progress(a, r))));
    let score_text = move || {
        let s = ratings.with(|r| {
            state
                .plan()
                .with(|plan| area_for_memo.with_value(|area| area_macro_score(plan, area, r)))
        });
        fill(
            texts().area_score,
            &[
                ("earned", &format_points(s.0)),
                ("weight", &format_points(s.1)),
            ],
        )
    };
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
                <h3 id=heading_id>{area.number.clone()}" "<PlanTitle title=area.title.clone() gloss=area.title_en.clone() /></h3>
                <ProgressSummary progress=progress />
                <p class="area-score" data-testid="area-score">{score_text}</p>
            </summary>
            <ul class="item-list">{items}</ul>
        </details>
    }
}

fn area_macro_score(plan: &crate::plan::Plan, area: &Area, ratings: &Ratings) -> (f64, f64) {
    let s = area_score(plan, area, ratings);
    (s.earned, s.applicable_weight)
}
