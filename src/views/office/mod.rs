//! The city office's pages: import, the city overview, and the read-only look into one community.

pub mod definitions_panel;
pub mod import_panel;
pub mod merge_panel;
pub mod office_community;
pub mod office_page;
pub mod roster_panel;
pub mod roster_table;
pub mod scoring_panel;
pub mod unit_plans_panel;
pub mod unmatched_communities;
