//! The user interface (browser only). Each file is one component or concept;
//! the domain logic they call lives in the pure modules.

mod action_list;
mod actions;
mod app;
mod browser;
mod checklist;
mod community_card;
mod community_form;
mod confirm_dialog;
mod header;
mod history_timeline;
mod home;
mod inspection_summary;
mod inspection_walk;
mod inspections_page;
mod item_page;
mod item_row;
mod kiosk_page;
mod kiosk_setup;
mod missing_page;
mod not_found;
mod note_editor;
mod offline_indicator;
mod open_actions_page;
mod photo_panel;
mod photo_processing;
mod plan_reader;
mod progress_summary;
mod rating_picker;
mod reason_dialog;
mod settings_page;
mod state;
mod update_notice;
mod verdict_card;

pub use app::App;
