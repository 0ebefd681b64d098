//! A community's checklist and one item's page: result, reason, note, photos, actions, history, conflicts, and what is still missing.

pub mod action_list;
pub mod checklist;
pub mod conflict_panel;
pub mod export_panel;
pub mod history_timeline;
pub mod item_page;
pub mod item_row;
pub mod missing_page;
pub mod note_editor;
pub mod open_actions_page;
pub mod rating_picker;
pub mod reason_dialog;
pub mod verdict_card;
