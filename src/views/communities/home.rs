use leptos::prelude::*;

use crate::views::widgets::next_deadline::NextDeadline;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::app::summaries::show_unread_from_summaries;
use crate::i18n::texts;
use crate::views::communities::backup_reminder::BackupReminder;
use crate::views::communities::community_card::CommunityCard;
use crate::views::communities::community_form::AddCommunityForm;
use crate::views::communities::first_run::FirstRun;

/// The community list, or on first run what the app is and "add your community".
#[component]
pub fn HomePage() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    show_unread_from_summaries(state);
    let add = Callback::new(move |name: String| commands::add_community(state, &name));
    let is_empty = move || state.workspace.with(|w| w.communities.is_empty());
    let ids = move || {
        state.workspace.with(|w| {
            w.communities_in_order()
                .into_iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show
            when=is_empty
            fallback=move || view! {
                <h1>{t.communities_title}</h1>
                <NextDeadline />
                <BackupReminder />
                <ul class="community-list">
                    <For each=ids key=|id| id.clone() let:id>
                        <CommunityCard community_id=id />
                    </For>
                </ul>
                <section class="card">
                    <h2>{t.add_community}</h2>
                    <AddCommunityForm add=add />
                </section>
                <p><a class="button" href=crate::routing::Route::Office.href()>{t.office_link}</a></p>
            }
        >
            <FirstRun add=add />
        </Show>
    }
}
