use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::backups::CommunitiesByOrigin;
use crate::app::state::use_app_state;
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::views::widgets::export_status::{
    export_community_and_tell, ExportStatus, ExportStatusLine,
};
use crate::web::now;

/// Where the browser has not promised to keep the data: for each
/// community holding something entered on this device, the days since its
/// last export and a one-tap export (without photos, small enough for
/// WeChat). Communities that only came in files are counted, not listed.
#[component]
pub fn BackupReminder(
    /// The list's communities by origin: those entered here are listed.
    communities: Memo<CommunitiesByOrigin>,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let at_risk = move || state.persisted.get() != Some(true);
    let rows = move || {
        let listed = communities.with(|c| c.entered_here.clone());
        state.workspace.with(|w| {
            listed
                .into_iter()
                .map(|c| {
                    let days = w
                        .last_exported_at
                        .get(&c.id)
                        .map(|at| (now() - *at).num_days());
                    (c.id, c.name, days)
                })
                .collect::<Vec<_>>()
        })
    };
    let shown = move || at_risk() && communities.with(|c| !c.entered_here.is_empty());
    let status = RwSignal::new(None::<ExportStatus>);
    let export = move |id: CommunityId| {
        status.set(None);
        spawn_local(async move {
            // Without photos: small enough to send through WeChat.
            let outcome = export_community_and_tell(state, &id, false, false).await;
            status.set(Some(outcome));
        });
    };
    view! {
        <Show when=shown>
            <section class="card backup-reminder" data-testid="backup-reminder">
                <p>{t.backup_reminder}</p>
                <ul>
                    {move || rows().into_iter().map(|(id, name, days)| {
                        let when = match days {
                            Some(days) => fill(t.backup_days, &[("days", &days.to_string())]),
                            None => t.backup_never.to_string(),
                        };
                        let id = StoredValue::new(id);
                        view! {
                            <li>
                                {t.label_text(&name, &when)}" "
                                <button type="button" class="button" on:click=move |_| export(id.get_value())>{t.backup_export_now}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <NotListedNote communities=communities />
                <ExportStatusLine status=status without_photos=Callback::new(|_| {}) />
            </section>
        </Show>
    }
}

/// Under a backup list: how many communities it leaves out, and why.
#[component]
pub fn NotListedNote(communities: Memo<CommunitiesByOrigin>) -> impl IntoView {
    let t = texts();
    move || match communities.with(|c| c.from_files.len()) {
        0 => None,
        n => Some(view! {
            <p class="muted" data-testid="backup-not-listed">
                {fill(t.backup_not_listed, &[("n", &n.to_string())])}
            </p>
        }),
    }
}
