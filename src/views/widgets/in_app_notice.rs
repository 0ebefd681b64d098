use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{fill, texts};
use crate::web::in_app::{
    copy_text, current_in_app_browser, dismiss_in_app_notice, in_app_notice_dismissed, page_link,
};

/// Inside WeChat's (or another app's) own browser: how to open the app in
/// the phone's browser and why, with the link to copy. Dismissed for the
/// session; it never covers the page.
#[component]
pub fn InAppNotice() -> impl IntoView {
    let t = texts();
    let browser = current_in_app_browser();
    let shown = RwSignal::new(browser.is_some() && !in_app_notice_dismissed());
    let copied = RwSignal::new(None::<bool>);
    let app = browser.map(|b| t.in_app_name(b)).unwrap_or_default();
    let link = page_link();
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            spawn_local(async move { copied.set(Some(copy_text(&link).await)) });
        }
    };
    let dismiss = move |_| {
        dismiss_in_app_notice();
        shown.set(false);
    };
    view! {
        <Show when=move || shown.get()>
            <section class="banner banner-warning in-app-notice" role="region" aria-labelledby="in-app-title" data-testid="in-app-notice">
                <h2 id="in-app-title">{fill(t.in_app_title, &[("app", app)])}</h2>
                <p>{fill(t.in_app_why, &[("app", app)])}</p>
                <ol>
                    <li>{t.in_app_step_menu}</li>
                    <li>{t.in_app_step_open}</li>
                </ol>
                <div class="field">
                    <label for="in-app-link">{t.in_app_link_label}</label>
                    <input id="in-app-link" type="text" readonly prop:value=link.clone() />
                </div>
                <div class="button-row">
                    <button type="button" class="button button-primary" on:click=copy.clone()>{t.in_app_copy}</button>
                    <button type="button" class="button" on:click=dismiss>{t.in_app_dismiss}</button>
                </div>
                <p role="status" data-testid="in-app-copied">{move || copied.get().map(|ok| if ok { t.in_app_copied } else { t.in_app_copy_failed })}</p>
            </section>
        </Show>
    }
}

/// The export panel's line inside an in-app browser: saving a file does
/// not work there, and what to do instead.
#[component]
pub fn InAppExportWarning() -> impl IntoView {
    let t = texts();
    current_in_app_browser().map(|browser| {
        view! {
            <p class="field-error" role="alert" data-testid="in-app-export">
                {fill(t.in_app_export, &[("app", t.in_app_name(browser))])}
            </p>
        }
    })
}
