use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::assessment::{Change, ChangeKind, Responsible};
use crate::i18n::{fill, texts, Texts};
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
                    .map(|change| (describe(t, change), who_and_when(t, change)))
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
    let who = if change.author.is_empty() {
        fill(
            t.by_device,
            &[("device", &change.device_id[..8.min(change.device_id.len())])],
        )
    } else {
        change.author.clone()
    };
    format!("{} · {}", format_date_time(change.at, t.lang), who)
}

/// One line saying what a change did, in plain words.
pub fn describe(t: &Texts, change: &Change) -> String {
    let prefix = if change.undoes.is_some() {
        t.undone_prefix
    } else {
        ""
    };
    let what = match &change.kind {
        ChangeKind::Result { old, new, reason } => {
            let mut text = t.label_text(
                t.rating_group,
                &format!("{} → {}", t.rating(*old), t.rating(*new)),
            );
            if let Some(reason) = reason {
                text.push_str(&t.aside(reason));
            }
            text
        }
        ChangeKind::Note { new, .. } if new.is_empty() => t.note_cleared.to_string(),
        ChangeKind::Note { .. } => t.note_changed.to_string(),
        ChangeKind::PhotoAdded { .. } => t.photo_added.to_string(),
        ChangeKind::PhotoRemoved { .. } => t.photo_removed.to_string(),
        ChangeKind::Action {
            old: None,
            new: Some(s),
            ..
        } => t.label_text(t.action_created, &s.description),
        ChangeKind::Action {
            new: None,
            old: Some(s),
            ..
        } => t.label_text(t.action_deleted, &s.description),
        ChangeKind::Action { new: Some(s), .. } => {
            let state = if s.done { t.action_done } else { t.action_open };
            t.label_text(t.action_changed, &s.description) + &t.aside(state)
        }
        ChangeKind::Action { .. } => t.action_changed.to_string(),
    };
    format!("{prefix}{what}")
}

/// "市住建局" or the free text.
pub fn responsible_name(responsible: &Responsible) -> &str {
    match responsible {
        Responsible::Unit(name) | Responsible::Other(name) => name,
    }
}
