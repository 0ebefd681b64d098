//! A field inspection's words.

use serde::Serialize;

/// A field inspection's words.
#[derive(Debug, Serialize)]
pub struct InspectionTexts {
    pub actions_raised: &'static str,
    pub changes: &'static str,
    pub resume: &'static str,
    pub date: &'static str,
    pub date_required: &'static str,
    pub finish: &'static str,
    pub finished_at: &'static str,
    pub inspectors: &'static str,
    pub inspectors_hint: &'static str,
    pub items_touched: &'static str,
    pub notes_changed: &'static str,
    pub open: &'static str,
    pub past: &'static str,
    pub photos_taken: &'static str,
    pub results_changed: &'static str,
    pub start: &'static str,
    pub step: &'static str,
    pub summary: &'static str,
    pub label: &'static str,
    pub already_open: &'static str,
}
