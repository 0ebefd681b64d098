use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, ItemId};
use crate::routing::Route;
use crate::views::assessment::action_list::ActionList;
use crate::views::assessment::conflict_panel::ConflictPanel;
use crate::views::assessment::history_timeline::HistoryTimeline;
use crate::views::assessment::note_editor::NoteEditor;
use crate::views::assessment::rating_picker::RatingPicker;
use crate::views::shell::not_found::{find_community, ItemNotFound};
use crate::views::widgets::photo_panel::PhotoPanel;
use crate::views::widgets::plan_title::PlanTitle;

/// One item: the plan's own words, who is responsible, field guidance, and
/// the result.
#[component]
pub fn ItemPage(community_id: CommunityId, item_id: ItemId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let community = match find_community(state, &community_id) {
        Ok(community) => community,
        Err(not_found) => return not_found,
    };
    let found = state.plan().with(|plan| {
        plan.find_item(&item_id).map(|(area, item)| {
            let (prev, next) = plan.neighbours(&item_id);
            let position = plan
                .item_ids()
                .iter()
                .position(|i| **i == item_id)
                .unwrap_or(0)
                + 1;
            (
                area.clone(),
                item.clone(),
                item.display_number(plan),
                prev.map(|i| i.id.clone()),
                next.map(|i| i.id.clone()),
                position,
                plan.item_count(),
            )
        })
    });
    let Some((area, item, number, prev, next, position, total)) = found else {
        return view! { <ItemNotFound community_id=community_id /> }.into_any();
    };
    commands::select_community(state, Some(community_id.clone()));
    let checklist_href = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    let link_to = |other: Option<ItemId>| {
        other.map(|item_id| {
            Route::Item {
                community_id: community_id.clone(),
                item_id,
            }
            .href()
        })
    };
    let prev_href = link_to(prev);
    let next_href = link_to(next);
    let plan_href = Route::Plan {
        focus_item: Some(item.id.clone()),
    }
    .href();
    let community_name = move || {
        state
            .workspace
            .with(|w| w.community(&community.id).map(|c| c.name.clone()))
            .unwrap_or_default()
    };
    view! {
        <nav class="breadcrumb" aria-label=t.back_to_checklist>
            <a href=format!("{checklist_href}")>{"← "}{t.back_to_checklist}</a>
            <span class="muted">" · "{community_name}</span>
        </nav>
        <article class="item-page" data-item=item.id.to_string()>
            <p class="muted">{area.number.clone()}" "<PlanTitle title=area.title.clone() gloss=area.title_en.clone() /></p>
            <h1><span class="item-number">{number}</span><PlanTitle title=item.title.clone() gloss=item.title_en.clone() /></h1>
            <p class="muted">{fill(t.item_position, &[("n", &position.to_string()), ("total", &total.to_string())])}</p>
            <ConflictPanel community_id=community_id.clone() item_id=item.id.clone() />
            <section class="card">
                <h2 class="visually-hidden">{t.rating_group}</h2>
                <RatingPicker community_id=community_id.clone() item_id=item.id.clone() item_title=item.title.clone() />
            </section>
            <section class="card plan-words">
                <h2>{t.plan_words}</h2>
                <blockquote lang="zh-CN">{item.source.clone()}</blockquote>
                <a class="text-link" href=plan_href>{t.view_in_plan}" →"</a>
            </section>
            <section class="card">
                <h2>{t.responsible_units}</h2>
                <ul class="chips">
                    {area.responsible_units.iter().map(|u| view! { <li class="chip">{u.clone()}</li> }).collect_view()}
                </ul>
            </section>
            <section class="card guidance">
                <h2>{t.guidance}</h2>
                <p class="guidance-note">{t.guidance_note}</p>
                <h3>{t.look_for}</h3>
                <p>{item.guidance.look_for.clone()}</p>
                <h3>{t.photo_hint}</h3>
                <p>{item.guidance.photo.clone()}</p>
            </section>
            <section class="card">
                <NoteEditor community_id=community_id.clone() item_id=item.id.clone() />
            </section>
            <PhotoPanel community_id=community_id.clone() item_id=item.id.clone() />
            <ActionList community_id=community_id.clone() item_id=item.id.clone() units=area.responsible_units.clone() />
            <HistoryTimeline community_id=community_id.clone() item_id=item.id.clone() />
            <nav class="pager" aria-label=t.item_pager>
                {prev_href.map(|href| view! { <a class="button" rel="prev" href=href>{"← "}{t.previous_item}</a> })}
                {next_href.map(|href| view! { <a class="button button-primary" rel="next" href=href>{t.next_item}{" →"}</a> })}
            </nav>
        </article>
    }
    .into_any()
}
