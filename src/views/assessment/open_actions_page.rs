use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::shell::not_found::find_community;
use crate::web::today;

/// All open rectification actions of a community, by due date; overdue
/// ones stand out.
#[component]
pub fn OpenActionsPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    if let Err(not_found) = find_community(state, &community_id) {
        return not_found;
    }
    let id = StoredValue::new(community_id.clone());
    let rows = move || {
        state.plan().with(|plan| {
            state
                .workspace
                .with(|w| w.open_actions(&id.get_value(), &plan.item_ids()))
        })
    };
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{t.back_to_checklist}</a></nav>
        <h1>{t.open_actions_title}</h1>
        <Show when=move || !rows().is_empty() fallback=move || view! { <p class="card">{t.open_actions_none}</p> }>
            <ol class="action-list" data-testid="open-actions">
                {move || rows().into_iter().map(|(item_id, action)| {
                    let overdue = action.is_overdue(today());
                    let title = state.plan().with(|p| p.find_item(&item_id).map(|(_, i)| format!("{} {}", i.display_number(p), i.title)).unwrap_or_default());
                    let href = Route::Item { community_id: id.get_value(), item_id }.href();
                    view! {
                        <li class="action card" class:overdue=overdue data-testid="action">
                            <p class="action-description">{action.description.clone()}</p>
                            <p class="muted">
                                {action.responsible.name().to_string()}" · "
                                {fill(t.action_due, &[("date", &action.due.to_string())])}
                                {overdue.then(|| view! { " · " <strong class="action-status">{t.action_overdue}</strong> })}
                            </p>
                            <a class="text-link" href=href>{title}</a>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </Show>
    }
    .into_any()
}
