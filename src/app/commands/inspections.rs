use super::saving::finish;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::{AppState, SaveStatus};
use crate::ids::{CommunityId, InspectionId};
use crate::web::{now, random_id};
use chrono::NaiveDate;

use crate::assessment::{AssessmentError, Inspection};

/// Starts a field inspection; `on_saved` gets its id once it is stored.
pub fn start_inspection(
    state: AppState,
    community_id: &CommunityId,
    date: NaiveDate,
    inspectors: &[String],
    on_saved: impl FnOnce(InspectionId) + 'static,
) -> Result<(), AssessmentError> {
    let inspection = state
        .workspace
        .with_untracked(|w| w.new_inspection(community_id, date, inspectors, random_id(), now()))?;
    let id = inspection.id.clone();
    store_inspection(state, inspection, move || on_saved(id));
    Ok(())
}

/// Marks an inspection finished; `on_saved` runs once that is stored.
pub fn finish_inspection(
    state: AppState,
    inspection_id: &InspectionId,
    on_saved: impl FnOnce() + 'static,
) {
    if let Some(inspection) = state
        .workspace
        .with_untracked(|w| w.finished_inspection(inspection_id, now()))
    {
        store_inspection(state, inspection, on_saved);
    }
}

fn store_inspection(state: AppState, inspection: Inspection, on_saved: impl FnOnce() + 'static) {
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let storage = state.storage.get_value();
        let result = storage.save_inspection(&inspection).await;
        if finish(state, result).await {
            state.workspace.update(|w| w.put_inspection(inspection));
            on_saved();
        }
    });
}
