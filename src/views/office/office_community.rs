use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::assessment::{score, verdict, Rating, Verdict};
use crate::figures::percent;
use crate::i18n::{desk_texts, office_texts, texts};
use crate::ids::CommunityId;
use crate::office::TableQuery;
use crate::routing::{OfficePage, Route};
use crate::views::residents::satisfaction_card::SatisfactionCard;
use crate::views::shell::not_found::find_community;
use crate::views::widgets::photo_image::PhotoImage;
use crate::web::format_date_time;

/// The office's read-only look into one community: every item's result,
/// reason, note, photos and history. Nothing here edits.
#[component]
pub fn OfficeCommunityView(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let community = match find_community(state, &community_id) {
        Ok(community) => community,
        Err(not_found) => return not_found,
    };
    let id = StoredValue::new(community_id);
    let summary = move || {
        let day = crate::web::today();
        let (ratings, satisfaction) = state.workspace.with(|w| {
            let c = id.get_value();
            (w.ratings(&c), w.satisfaction(&c, day.year(), day))
        });
        state.plan().with(|plan| {
            let s = score(plan, &ratings);
            (
                verdict(plan, &ratings, &satisfaction) == Verdict::Meets,
                s.share,
            )
        })
    };
    let areas = state.plan().with(|p| p.areas.clone());
    view! {
        <nav class="breadcrumb"><a href=Route::Office(OfficePage::Communities(TableQuery::default())).href()>{"← "}{desk_texts().page_communities}</a></nav>
        <h1>{community.name.clone()}</h1>
        <p class="muted">{office_texts().read_only}</p>
        <p class="card" data-testid="office-verdict">
            {move || t.verdict_text(summary().0, &state.plan().with(|plan| plan.scoring.clone()))}
            {move || summary().1.map(|s| format!(" · {}%", percent(s)))}
        </p>
        <SatisfactionCard community_id=id.get_value() linked=false />
        <div data-testid="office-community">
            {areas.into_iter().map(|area| view! {
                <section class="card">
                    <h2>{format!("{}{}", area.number, area.title)}</h2>
                    <ul class="item-list">
                        {area.items.into_iter().map(|item| {
                            let item_key = StoredValue::new(item.id.clone());
                            let state_of = move || {
                                state.workspace.with(|w| w.item_state(&id.get_value(), &item_key.get_value()))
                            };
                            let history_id = item.id.clone();
                            let history = move || state.workspace.with(|w| {
                                w.history(&id.get_value(), &history_id)
                                    .into_iter()
                                    .rev()
                                    .map(|c| format!("{} · {} · {}", t.describe_change(c), format_date_time(c.at, t.lang), t.change_author(c)))
                                    .collect::<Vec<_>>()
                            });
                            view! {
                                <li class="item-row" data-item=item.id.to_string()>
                                    <p class="item-title">{item.title.clone()}</p>
                                    <p><strong>{move || t.rating(state_of().rating)}</strong>
                                        {move || (state_of().rating == Rating::NotApplicable).then(|| t.aside(&state_of().na_reason.unwrap_or_default()))}</p>
                                    {move || (!state_of().note.is_empty()).then(|| view! { <p class="note-text">{state_of().note}</p> })}
                                    <ul class="thumbnails">
                                        {move || state_of().photos.into_iter().map(|p| view! {
                                            <li><span class="thumbnail"><PhotoImage hash=p.hash.clone() alt=p.caption.clone() /></span></li>
                                        }).collect_view()}
                                    </ul>
                                    <details>
                                        <summary>{t.history_label}</summary>
                                        <ol class="timeline">{move || history().into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ol>
                                    </details>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </div>
    }
    .into_any()
}
