//! The settings page.

pub mod scoring_import;
pub mod settings_page;
