//! Small components several pages share.

pub mod confirm_dialog;
pub mod plan_title;
pub mod progress_summary;
