//! The user interface (browser only). Each file is one component or concept;
//! the domain logic they call lives in the pure modules.

mod actions;
mod app;
mod browser;
mod checklist;
mod community_card;
mod community_form;
mod confirm_dialog;
mod header;
mod home;
mod item_page;
mod item_row;
mod not_found;
mod plan_reader;
mod progress_summary;
mod rating_picker;
mod state;

pub use app::App;
