use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::assessment::Change;
use crate::i18n::{texts, Texts};
use crate::ids::{CommunityId, ItemId};
use crate::web::format_date_time;

/// Every change of the item, newest first, with who and when; "undo"
/// reverts the latest one (as a new change, so nothing is lost).
#[component]
pub fn HistoryTimeline(community_id: CommunityId, item_id: ItemId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    let entries = move || {
        ids.with_value(|(c, i)| {
            state.workspace.with(|w| {
                w.history(c, i)
                    .into_iter()
                    .rev()
                    .map(|change| (t.describe_change(change), who_and_when(t, change)))
                    .collect::<Vec<_>>()
            })
        })
    };
    let can_undo = move || !entries().is_empty();
    let undo = move |_| ids.with_value(|(c, i)| commands::undo(state, c, i));
    view! {
        <section class="card history">
            <h2>{t.history_label}</h2>
            <Show when=can_undo fallback=move || view! { <p class="muted">{t.history_empty}</p> }>
                <button type="button" class="button" on:click=undo data-testid="undo">{t.undo}</button>
                <ol class="timeline" data-testid="history">
                    {move || entries().into_iter().map(|(what, meta)| view! {
                        <li><span class="timeline-what">{what}</span><span class="muted">{meta}</span></li>
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}

fn who_and_when(t: &Texts, change: &Change) -> String {
    format!(
        "{} · {}",
        format_date_time(change.at, t.lang),
        t.change_author(change)
    )
}
