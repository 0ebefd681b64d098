use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::views::widgets::export_status::{
    export_community_and_tell, ExportStatus, ExportStatusLine,
};
use crate::views::widgets::in_app_notice::InAppExportWarning;
use crate::web::{format_date_time, now};

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
        let at = state
            .workspace
            .with(|w| w.last_exported_at.get(&id.get_value()).copied());
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
    let recipient = state.plan().with(|plan| {
        let office = &plan.organisation.office;
        fill(
            t.export_recipient,
            &[("office", &office.name), ("located", &office.located_in)],
        )
    });
    let status = RwSignal::new(None::<ExportStatus>);
    let run = move |share: bool, photos: bool| {
        busy.set(true);
        status.set(None);
        spawn_local(async move {
            let outcome = export_community_and_tell(state, &id.get_value(), photos, share).await;
            status.set(Some(outcome));
            busy.set(false);
        });
    };
    let without_photos = Callback::new(move |_| {
        with_photos.set(false);
        run(false, false);
    });
    view! {
        <section class="card" data-testid="export">
            <h2>{t.export_title}</h2>
            <InAppExportWarning />
            <p class="muted" data-testid="export-recipient">{recipient}</p>
            <p class="muted" data-testid="last-export">{last}</p>
            <fieldset class="choice">
                <legend>{t.export_photos_question}</legend>
                <label><input type="radio" name="export-photos" prop:checked=move || with_photos.get() on:change=move |_| with_photos.set(true) />{t.export_with_photos}</label>
                <label><input type="radio" name="export-photos" prop:checked=move || !with_photos.get() on:change=move |_| with_photos.set(false) />{t.export_without_photos}</label>
            </fieldset>
            <div class="button-row">
                <button type="button" class="button button-primary" disabled=move || busy.get() on:click=move |_| run(false, with_photos.get_untracked())>{t.export_download}</button>
                <button type="button" class="button" disabled=move || busy.get() on:click=move |_| run(true, with_photos.get_untracked())>{t.export_share}</button>
            </div>
            <ExportStatusLine status=status without_photos=without_photos />
            <Show when=move || status.with(|s| s.as_ref().is_some_and(|s| !s.failed))>
                <p data-testid="export-send-steps">{t.export_send_steps}</p>
            </Show>
        </section>
    }
}
