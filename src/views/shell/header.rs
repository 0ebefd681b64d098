use leptos::prelude::*;

use crate::app::state::{use_app_state, SaveStatus};
use crate::i18n::{fill, texts};
use crate::routing::{Bundle, Route};
use crate::web::format_time;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="top-bar">
            <AppBar current=state.route />
            <SaveIndicator />
        </div>
    }
}

/// The app's name and its main navigation, `current` marked as the page
/// the user is on.
#[component]
pub fn AppBar(#[prop(into)] current: Signal<Route>) -> impl IntoView {
    let t = texts();
    let is_plan = move || matches!(current.get(), Route::Plan { .. });
    let is_settings = move || current.get() == Route::Settings;
    // The office's pages have their own menu; none of these is theirs.
    let in_office = move || current.get().bundle(true) == Bundle::Office;
    let is_home = move || !is_plan() && !is_settings() && !in_office();
    view! {
        <header class="app-header">
            <a class="app-name" href=Route::Home.href()>
                <span class="app-logo" aria-hidden="true">"绿"</span>
                <span>{t.app_name}</span>
            </a>
            <nav aria-label=t.nav_label>
                <a href=Route::Home.href() aria-current=move || is_home().then_some("page")>
                    {t.nav_communities}
                </a>
                <a href=Route::Plan { focus_item: None }.href() aria-current=move || is_plan().then_some("page")>
                    {t.nav_plan}
                </a>
                <a href=Route::Settings.href() aria-current=move || is_settings().then_some("page")>
                    {t.nav_settings}
                </a>
            </nav>
        </header>
    }
}

/// Says "saved" only after storage has committed; announced to screen readers.
#[component]
fn SaveIndicator() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let text = move || match state.save_status.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saving => t.saving.to_string(),
        SaveStatus::Saved(at) => fill(t.saved_at, &[("time", &format_time(at, t.lang))]),
        SaveStatus::Failed(message) => message,
    };
    let failed = move || matches!(state.save_status.get(), SaveStatus::Failed(_));
    view! {
        <p class="save-status" class:save-failed=failed role="status" aria-live="polite" data-testid="save-status">
            {text}
        </p>
    }
}
