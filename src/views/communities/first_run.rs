use leptos::prelude::*;

use crate::community::NameError;
use crate::i18n::texts;
use crate::routing::{OfficePage, Route};
use crate::views::communities::community_form::AddCommunityForm;

/// What the app is, and "add your community": the home page of a device
/// with no community yet. `add` stores the new community and opens it.
#[component]
pub fn FirstRun(add: Callback<String, Result<(), NameError>>) -> impl IntoView {
    let t = texts();
    view! {
        <section class="welcome">
            <h1>{t.welcome_title}</h1>
            <p>{t.welcome_what}</p>
            <p>{t.welcome_offline}</p>
        </section>
        <section class="card">
            <h2>{t.add_your_community}</h2>
            <AddCommunityForm add=add />
        </section>
        <p><a class="button" href=Route::Office(OfficePage::Overview).href()>{t.office_link}</a></p>
    }
}
