//! The printable forms: the community self-assessment form (自评表) and the office's yearly summary.

pub mod narrative;
pub mod self_assessment_report;
pub mod yearly_report;
