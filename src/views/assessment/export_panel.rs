use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::exchange::export_community;
use crate::app::state::{use_app_state, SaveStatus};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::web::{download, format_date_time, now, share_file};

/// Export one community as a file: download everywhere, share on phones
/// that can share files. Shows when it was last exported.
#[component]
pub fn ExportPanel(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let with_photos = RwSignal::new(true);
    let busy = RwSignal::new(false);
    let last = move || {
        let at = state.exports.with(|log| log.get(&id.get_value()).copied());
        match at {
            Some(at) => {
                let days = (now() - at).num_days();
                fill(
                    t.export_last,
                    &[
                        ("date", &format_date_time(at, t.lang)),
                        ("days", &days.to_string()),
                    ],
                )
            }
            None => t.export_never.to_string(),
        }
    };
    let run = move |share: bool| {
        busy.set(true);
        spawn_local(async move {
            match export_community(state, &id.get_value(), with_photos.get_untracked()).await {
                Ok((name, bytes)) => {
                    let shared = share && share_file(&name, &bytes, "application/json").await;
                    if !shared {
                        let _ = download(&name, &bytes, "application/json");
                    }
                    state.save_status.set(SaveStatus::Saved(now()));
                }
                Err(error) => state.save_status.set(SaveStatus::Failed(fill(
                    t.save_failed,
                    &[("reason", &error.to_string())],
                ))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card" data-testid="export">
            <h2>{t.export_title}</h2>
            <p class="muted" data-testid="last-export">{last}</p>
            <fieldset class="choice">
                <legend>{t.export_photos_question}</legend>
                <label><input type="radio" name="export-photos" prop:checked=move || with_photos.get() on:change=move |_| with_photos.set(true) />{t.export_with_photos}</label>
                <label><input type="radio" name="export-photos" prop:checked=move || !with_photos.get() on:change=move |_| with_photos.set(false) />{t.export_without_photos}</label>
            </fieldset>
            <div class="button-row">
                <button type="button" class="button button-primary" disabled=move || busy.get() on:click=move |_| run(false)>{t.export_download}</button>
                <button type="button" class="button" disabled=move || busy.get() on:click=move |_| run(true)>{t.export_share}</button>
            </div>
        </section>
    }
}
