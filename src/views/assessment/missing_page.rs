use leptos::prelude::*;

use crate::app::commands::satisfaction_today;
use crate::app::state::use_app_state;
use crate::assessment::{missing_items, satisfaction_shortfall};
use crate::i18n::texts;
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::residents::satisfaction_shortfall::SatisfactionShortfall;
use crate::views::shell::not_found::find_community;
use crate::views::widgets::plan_title::PlanTitle;
use crate::web::today;

/// Exactly the items that stand between the community and the verdict, with
/// their open actions.
#[component]
pub fn MissingPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    if let Err(not_found) = find_community(state, &community_id) {
        return not_found;
    }
    let id = StoredValue::new(community_id.clone());
    let rows = move || {
        let c = id.get_value();
        let ratings = state.workspace.with(|w| w.ratings(&c));
        state.plan().with(|plan| {
            missing_items(plan, &ratings)
                .into_iter()
                .filter_map(|m| {
                    let (_, item) = plan.find_item(&m.item_id)?;
                    let actions = state.workspace.with(|w| w.actions(&c, &m.item_id));
                    let open: Vec<_> = actions.into_iter().filter(|a| !a.done).collect();
                    Some((
                        item.clone(),
                        item.display_number(plan),
                        t.missing_reason(&m.why),
                        open,
                    ))
                })
                .collect::<Vec<_>>()
        })
    };
    let scoring = Memo::new(move |_| state.plan().with(|plan| plan.scoring.clone()));
    // "Nothing missing" only when the office's satisfaction line, if any,
    // is reached too (its card above says otherwise).
    let short_of_line = move || {
        let figure = satisfaction_today(state, &id.get_value());
        satisfaction_shortfall(scoring.with(|s| s.satisfaction), &figure).is_some()
    };
    let none_missing = move || {
        (!short_of_line()).then(|| {
            let text = scoring.with(|s| t.with_scoring(t.missing_none, s));
            view! { <p class="card">{text}</p> }
        })
    };
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{t.back_to_checklist}</a></nav>
        <h1>{t.missing_title}</h1>
        <p class="defaults-note">{move || scoring.with(|s| t.scoring_label(s))}</p>
        <SatisfactionShortfall community_id=community_id.clone() />
        <Show when=move || !rows().is_empty() fallback=none_missing>
            <ol class="missing-list" data-testid="missing">
                {move || rows().into_iter().map(|(item, number, why, open)| {
                    let href = Route::Item { community_id: id.get_value(), item_id: item.id.clone() }.href();
                    let today = today();
                    view! {
                        <li class="card" data-item=item.id.to_string()>
                            <a class="item-title" href=href><span class="item-number">{number}</span><PlanTitle title=item.title.clone() gloss=item.title_en.clone() /></a>
                            <p class="missing-why">{why}</p>
                            <ul>
                                {open.into_iter().map(|a| view! {
                                    <li class:overdue=a.is_overdue(today)>{format!("{}{}", a.description, t.aside(&a.due.to_string()))}</li>
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </Show>
    }
    .into_any()
}
