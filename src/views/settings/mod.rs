//! The settings page.

pub mod office_key_question;
pub mod pinned_key;
pub mod scoring_import;
pub mod settings_page;
