//! Small components several pages share.

pub mod confirm_dialog;
pub mod export_status;
pub mod in_app_notice;
pub mod next_deadline;
pub mod photo_image;
pub mod photo_panel;
pub mod plan_title;
pub mod progress_chart;
pub mod progress_summary;
pub mod show_more;
