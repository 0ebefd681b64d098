//! The city office's workspace (a menu and its pages, each with its own
//! URL) and the read-only look into one community.

pub mod city_totals;
pub mod communities_page;
pub mod definitions_panel;
pub mod exports_page;
pub mod import_panel;
pub mod merge_panel;
pub mod notice_list;
pub mod notices_page;
pub mod office_community;
pub mod office_devices_panel;
pub mod office_frame;
pub mod office_key_file;
pub mod office_key_page;
pub mod office_pages;
pub mod overview_page;
pub mod review_form;
pub mod review_satisfaction;
pub mod reviews_page;
pub mod roster_panel;
pub mod roster_table;
pub mod satisfaction_cells;
pub mod satisfaction_line_fields;
pub mod scoring_panel;
pub mod seen_devices_table;
pub mod unit_plans_panel;
pub mod units_page;
pub mod unmatched_communities;
