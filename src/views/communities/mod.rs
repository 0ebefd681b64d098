//! The community list, the first-run welcome, and adding, renaming and deleting communities.

pub mod backup_reminder;
pub mod community_card;
pub mod community_cards;
pub mod community_form;
pub mod first_run;
pub mod home;
pub mod start_page;
