//! The evaluation on the phone: 申报, what the office's checks found, and
//! its review file taken in.

pub mod evaluation_card;
pub mod evaluation_page;
pub mod review_file_import;
pub mod review_results;
pub mod submission_form;
