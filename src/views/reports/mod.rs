//! The printable forms: the community self-assessment form (自评表) and the office's yearly summary.

pub mod form_satisfaction;
pub mod form_section;
pub mod funnel_card;
pub mod narrative;
pub mod page_furniture;
pub mod photo_appendix;
pub mod report_satisfaction;
pub mod self_assessment_report;
pub mod yearly_report;
