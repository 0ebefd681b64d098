//! The city office's pages' words.

use serde::Serialize;

/// The city office's pages' words.
#[derive(Debug, Serialize)]
pub struct OfficeTexts {
    pub read_only: &'static str,
    pub link: &'static str,
    pub title: &'static str,
    /// While the office's overview is being read.
    pub summing_up: &'static str,
    pub city: &'static str,
    pub in_scope: &'static str,
    pub taking_part: &'static str,
    pub meeting: &'static str,
    pub target: &'static str,
    pub communities: &'static str,
    pub filter: &'static str,
    pub behind_only: &'static str,
    pub col_name: &'static str,
    pub col_progress: &'static str,
    pub col_score: &'static str,
    pub col_verdict: &'static str,
    pub col_inspection: &'static str,
    pub col_export: &'static str,
    pub col_conflicts: &'static str,
    pub col_actions: &'static str,
    pub actions_cell: &'static str,
    pub meets: &'static str,
    pub not_yet: &'static str,
    pub heat_map: &'static str,
    pub heat_map_hint: &'static str,
    pub fail_counts: &'static str,
    pub units: &'static str,
    pub units_hint: &'static str,
    /// The row of actions given to anyone else.
    pub units_other: &'static str,
    pub export: &'static str,
    pub export_json: &'static str,
    pub export_json_photos: &'static str,
    pub export_csv: &'static str,
}
