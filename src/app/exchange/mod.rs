//! Export and import as the user does them: the pure exchange domain does
//! the work; these files gather data from storage and write results.

mod export;
mod hand_over;
mod import;
mod import_signature;

pub use export::{
    export_all, export_community, export_csv, record_export, ExportFile, ExportProblem,
};
pub use hand_over::{hand_over, DownloadFailed, HandedOver};
pub use import::{finish_import, flush_if_large, import_file, start_import, FileResult};

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::records::Records;

/// A copy of the device's records with export times, without photo bytes,
/// for a file to be made from.
pub fn current_dataset(state: AppState) -> Records {
    state.workspace.with_untracked(|w| w.records.clone())
}
