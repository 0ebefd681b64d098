use leptos::prelude::*;

use super::community_card::CommunityCard;
use super::community_form::AddCommunityForm;
use super::state::use_app_state;
use crate::i18n::texts;

/// The community list, or on first run what the app is and "add your community".
#[component]
pub fn HomePage() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let is_empty = move || state.workspace.with(|w| w.communities.is_empty());
    let ids = move || {
        state.workspace.with(|w| {
            w.communities
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show
            when=is_empty
            fallback=move || view! {
                <h1>{t.communities_title}</h1>
                <ul class="community-list">
                    <For each=ids key=|id| id.clone() let:id>
                        <CommunityCard community_id=id />
                    </For>
                </ul>
                <section class="card">
                    <h2>{t.add_community}</h2>
                    <AddCommunityForm />
                </section>
                <p><a class="button" href=crate::routing::Route::Office.href()>{t.office_link}</a></p>
            }
        >
            <section class="welcome">
                <h1>{t.welcome_title}</h1>
                <p>{t.welcome_what}</p>
                <p>{t.welcome_offline}</p>
            </section>
            <section class="card">
                <h2>{t.add_your_community}</h2>
                <AddCommunityForm />
            </section>
            <p><a class="button" href=crate::routing::Route::Office.href()>{t.office_link}</a></p>
        </Show>
    }
}
