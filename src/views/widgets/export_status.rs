//! What an export did, said where the user tapped: the file's name and
//! where it went, or why there is no file.

use leptos::prelude::*;

use crate::app::exchange::{
    export_community, hand_over, record_export, DownloadFailed, ExportFile, ExportProblem,
    HandedOver,
};
use crate::app::failure::failure_message;
use crate::app::state::{AppState, SaveStatus};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;

/// The outcome of one export, as shown under its buttons.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportStatus {
    pub text: String,
    pub failed: bool,
    /// The export stopped on photos; offer to export without them.
    pub offer_without_photos: bool,
}

impl ExportStatus {
    fn done(text: String) -> Self {
        ExportStatus {
            text,
            failed: false,
            offer_without_photos: false,
        }
    }

    pub fn failed(text: String, offer_without_photos: bool) -> Self {
        ExportStatus {
            text,
            failed: true,
            offer_without_photos,
        }
    }
}

/// Hands the file over and says how; `Err` when nothing left the app.
pub async fn hand_over_and_tell(
    file: &ExportFile,
    share: bool,
) -> Result<ExportStatus, ExportStatus> {
    let t = texts();
    match hand_over(file, share).await {
        Ok(HandedOver::Shared) => Ok(ExportStatus::done(fill(
            t.export_shared,
            &[("file", &file.name)],
        ))),
        Ok(HandedOver::Downloaded) => Ok(ExportStatus::done(fill(
            t.export_downloaded,
            &[("file", &file.name)],
        ))),
        Err(DownloadFailed) => Err(ExportStatus::failed(
            t.export_download_failed.to_string(),
            false,
        )),
    }
}

/// Makes one community's file, hands it over and, once it is handed over,
/// records the export (the backup reminder); what happened, as shown.
pub async fn export_community_and_tell(
    state: AppState,
    id: &CommunityId,
    with_photos: bool,
    share: bool,
) -> ExportStatus {
    let file = match export_community(state, id, with_photos).await {
        Ok(file) => file,
        Err(problem) => return problem_status(state, &problem),
    };
    match hand_over_and_tell(&file, share).await {
        Err(failed) => failed,
        Ok(done) => {
            if let Err(error) = record_export(state, id, file.exported_at).await {
                let message = failure_message(error).await;
                state.save_status.set(SaveStatus::Failed(message));
            }
            done
        }
    }
}

/// Why no file was made, naming the items whose photos could not be read.
pub fn problem_status(state: AppState, problem: &ExportProblem) -> ExportStatus {
    let t = texts();
    match problem {
        ExportProblem::UnreadablePhotos(items) => {
            let names: Vec<String> = state.plan().with(|plan| {
                items
                    .iter()
                    .map(|(_, item)| match plan.find_item(item) {
                        Some((_, found)) => {
                            format!("{} {}", found.display_number(plan), found.title)
                        }
                        None => item.to_string(),
                    })
                    .collect()
            });
            let text = fill(t.export_photos_unreadable, &[("items", &t.list(&names))]);
            ExportStatus::failed(text, true)
        }
    }
}

/// The status line, with "export without photos" when that would help.
#[component]
pub fn ExportStatusLine(
    status: RwSignal<Option<ExportStatus>>,
    /// Runs the export again without photos.
    without_photos: Callback<()>,
) -> impl IntoView {
    let t = texts();
    view! {
        <div data-testid="export-status" role="status" aria-live="polite">
            {move || status.get().map(|s| view! {
                <p class=if s.failed { "field-error" } else { "ok" }>{s.text.clone()}</p>
                {s.offer_without_photos.then(|| view! {
                    <button type="button" class="button" on:click=move |_| without_photos.run(())>
                        {t.export_without_photos_instead}
                    </button>
                })}
            })}
        </div>
    }
}
