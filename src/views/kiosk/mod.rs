//! The community center's display and the dialog that turns a device into one.

pub mod exit_dialog;
pub mod kiosk_page;
pub mod kiosk_setup;
pub mod slide;
