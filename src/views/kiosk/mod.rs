//! The community center's display and the dialog that turns a device into one.

pub mod area_chart;
pub mod exit_dialog;
pub mod goal_chart;
pub mod kiosk_page;
pub mod kiosk_setup;
pub mod poll_screen;
pub mod residents_chart;
pub mod score_ring;
pub mod slide;
