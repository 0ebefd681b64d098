use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::exchange::{export_all, export_csv};
use crate::app::state::use_app_state;
use crate::app::summaries::office_overview;
use crate::i18n::{desk_texts, office_texts, texts};
use crate::routing::Route;
use crate::views::widgets::export_status::{
    hand_over_and_tell, problem_status, ExportStatus, ExportStatusLine,
};

/// The office's files and reports: the merged file (for phones, kiosks
/// and a second office laptop), the table as CSV and the yearly report.
#[component]
pub fn ExportsPage() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let overview = office_overview(state);
    let status = RwSignal::new(None::<ExportStatus>);
    let export_json = move |with_photos: bool| {
        status.set(None);
        spawn_local(async move {
            let outcome = match export_all(state, with_photos).await {
                Ok(file) => hand_over_and_tell(&file, false).await.unwrap_or_else(|s| s),
                Err(problem) => problem_status(state, &problem),
            };
            status.set(Some(outcome));
        })
    };
    let export_table = move |_| {
        let Some(summary) = overview.get_untracked() else {
            return;
        };
        status.set(None);
        spawn_local(async move {
            let file = export_csv(&summary);
            let outcome = hand_over_and_tell(&file, false).await.unwrap_or_else(|s| s);
            status.set(Some(outcome));
        })
    };
    view! {
        <h1>{desk_texts().page_exports}</h1>
        <section class="card">
            <h2>{t.report.yearly_link}</h2>
            <p class="muted">{desk_texts().exports_report_hint}</p>
            <p><a class="button button-primary" href=Route::YearlyReport.href()>{t.report.yearly_link}</a></p>
        </section>
        <section class="card">
            <h2>{office_texts().export}</h2>
            <p class="muted">{desk_texts().exports_file_hint}</p>
            <p class="muted">{desk_texts().exports_file_hint}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| export_json(false)>{office_texts().export_json}</button>
                <button type="button" class="button" on:click=move |_| export_json(true)>{office_texts().export_json_photos}</button>
                <button type="button" class="button" on:click=export_table data-testid="export-csv"
                    disabled=move || overview.with(Option::is_none)>{office_texts().export_csv}</button>
            </div>
            <ExportStatusLine status=status without_photos=Callback::new(move |_| export_json(false)) />
        </section>
    }
}
