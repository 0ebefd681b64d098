use leptos::prelude::*;

use crate::app::state::AppState;
use crate::community::Community;
use crate::i18n::texts;
use crate::ids::CommunityId;
use crate::routing::Route;

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Missing message=texts().not_found /> }
}

#[component]
pub fn CommunityNotFound() -> impl IntoView {
    view! { <Missing message=texts().community_not_found /> }
}

/// The stored community a page is about, or the page to show instead when
/// the device does not hold it (a stale link, a deleted community).
pub fn find_community(state: AppState, id: &CommunityId) -> Result<Community, AnyView> {
    state
        .workspace
        .with_untracked(|w| w.community(id).cloned())
        .ok_or_else(|| view! { <CommunityNotFound /> }.into_any())
}

#[component]
pub fn ItemNotFound(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    view! {
        <section class="card">
            <h1>{t.item_not_found}</h1>
            <a class="button" href=Route::Community { community_id }.href()>{t.back_to_checklist}</a>
        </section>
    }
}

#[component]
fn Missing(message: &'static str) -> impl IntoView {
    view! {
        <section class="card">
            <h1>{message}</h1>
            <a class="button" href=Route::Home.href()>{texts().back_home}</a>
        </section>
    }
}
