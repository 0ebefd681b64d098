//! The community center display's words (the kiosk).

use serde::Serialize;

/// The community center display's words (the kiosk).
#[derive(Debug, Serialize)]
pub struct KioskTexts {
    pub city: &'static str,
    pub enter: &'static str,
    pub not_set_up: &'static str,
    pub explain: &'static str,
    pub pin: &'static str,
    pub pin_again: &'static str,
    pub pin_mismatch: &'static str,
    pub pin_format: &'static str,
    pub pin_wrong: &'static str,
    pub seconds: &'static str,
    pub seconds_option: &'static str,
    pub start: &'static str,
    pub exit: &'static str,
    pub last_updated: &'static str,
    pub score: &'static str,
    pub area_counts: &'static str,
    pub recent: &'static str,
    pub recent_none: &'static str,
    pub actions: &'static str,
    pub goal: &'static str,
    pub city_pending: &'static str,
}
