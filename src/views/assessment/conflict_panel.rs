use leptos::prelude::*;

use std::rc::Rc;

use crate::app::commands::queue_edit;
use crate::app::state::use_app_state;
use crate::exchange::{conflicts, kept_value, resolution_change, Conflict, ResolutionStamp};
use crate::i18n::texts;
use crate::ids::{ChangeId, CommunityId, ItemId};
use crate::web::format_date_time;
use crate::workspace::Edit;

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
        let community_id = conflict.community_id.clone();
        let settle: Edit = Rc::new(move |w, stamp| {
            let resolution_stamp = ResolutionStamp {
                id: stamp.id,
                device_id: w.device_id.clone(),
                seq: w.next_seq(),
                now: stamp.now,
                author: stamp.author,
            };
            Ok(resolution_change(
                &conflict,
                value.clone(),
                resolution_stamp,
            ))
        });
        let _ = queue_edit(state, &community_id, settle);
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
