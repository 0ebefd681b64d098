//! The printed forms' and reports' words.

use serde::Serialize;

/// The printed forms' and reports' words.
#[derive(Debug, Serialize)]
pub struct ReportTexts {
    pub date_blank: &'static str,
    pub self_link: &'static str,
    pub yearly_link: &'static str,
    pub self_title: &'static str,
    pub date: &'static str,
    pub col_number: &'static str,
    pub col_content: &'static str,
    pub col_points: &'static str,
    pub col_result: &'static str,
    pub col_score: &'static str,
    pub col_evidence: &'static str,
    pub col_remarks: &'static str,
    pub photos: &'static str,
    pub total: &'static str,
    pub verdict: &'static str,
    pub pass_line: &'static str,
    pub sign: &'static str,
    pub seal: &'static str,
    pub sign_date: &'static str,
    pub yearly_title: &'static str,
    pub by_area: &'static str,
    pub year_label: &'static str,
    /// `{year}`
    pub year_option: &'static str,
    /// `{date}`
    pub as_of: &'static str,
    pub demonstration: &'static str,
    pub none: &'static str,
    pub progress: &'static str,
    pub problems: &'static str,
    pub next_steps: &'static str,
    /// `{max}`, `{n}`
    pub narrative_too_long: &'static str,
    pub behind: &'static str,
    pub none_behind: &'static str,
    pub no_communities: &'static str,
}
