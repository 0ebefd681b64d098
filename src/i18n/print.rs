//! The strings of the printed forms' page furniture and photo appendix.

use serde::Serialize;

/// Strings of the printed forms. Templates hold `{name}`-style placeholders.
#[derive(Debug, Serialize)]
pub struct PrintTexts {
    /// `{page}`, `{pages}`: the footer of every printed page.
    pub page_number: &'static str,
    /// `{n}`: photos to a page.
    pub appendix_option: &'static str,
    pub appendix_title: &'static str,
    pub appendix_none: &'static str,
    /// While the appendix's photos are read from storage.
    pub appendix_loading: &'static str,
    pub photo_missing: &'static str,
}
