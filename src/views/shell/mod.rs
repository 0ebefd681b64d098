//! The frame every page sits in: mounting, the route switch, the header, banners and the not-found pages.

pub mod app;
pub mod header;
pub mod not_found;
pub mod offline_indicator;
pub mod update_notice;
