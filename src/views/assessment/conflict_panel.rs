use leptos::prelude::*;

use crate::app::commands::{record_change, stamp};
use crate::app::state::use_app_state;
use crate::exchange::{conflicts, kept_value, resolution_change, Conflict, ResolutionStamp};
use crate::i18n::texts;
use crate::ids::{ChangeId, CommunityId, ItemId};
use crate::web::format_date_time;

/// Edits made on two devices without seeing each other: both values side
/// by side, and a person picks one. The choice is itself a change record.
#[component]
pub fn ConflictPanel(community_id: CommunityId, item_id: ItemId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    let open = move || {
        ids.with_value(|(c, i)| {
            state.workspace.with(|w| {
                conflicts(w.history(c, i), c)
                    .into_iter()
                    .filter(|conflict| &conflict.item_id == i)
                    .collect::<Vec<Conflict>>()
            })
        })
    };
    let keep = move |conflict: Conflict, head_id: ChangeId| {
        let Some(value) = kept_value(&conflict, &head_id) else {
            return;
        };
        let base = stamp(state);
        let resolution_stamp = state.workspace.with_untracked(|w| ResolutionStamp {
            id: base.id.clone(),
            device_id: w.device_id.clone(),
            seq: w.next_seq(),
            now: base.now,
            author: base.author.clone(),
        });
        record_change(state, resolution_change(&conflict, value, resolution_stamp));
    };
    view! {
        {move || open().into_iter().map(|conflict| {
            let heads = conflict.heads.clone();
            view! {
                <section class="card conflict" role="region" aria-label=t.conflict_title data-testid="conflict">
                    <h2>{t.conflict_title}</h2>
                    <p>{t.conflict_explain}</p>
                    <ul class="conflict-heads">
                        {heads.into_iter().map(|head| {
                            let conflict = conflict.clone();
                            let head_id = head.id.clone();
                            let who = t.change_author(&head);
                            view! {
                                <li class="conflict-head">
                                    <p class="conflict-value">{t.describe_change(&head)}</p>
                                    <p class="muted">{format!("{} · {}", who, format_date_time(head.at, t.lang))}</p>
                                    <button type="button" class="button button-primary" on:click=move |_| keep(conflict.clone(), head_id.clone())>
                                        {t.conflict_keep}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
    }
}
