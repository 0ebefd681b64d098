//! Residents' satisfaction (效果共评) on the phone: the surveys page, the
//! checklist's card, and what the 缺项 page says of the office's line.

pub mod residents_page;
pub mod satisfaction_card;
pub mod satisfaction_shortfall;
pub mod survey_form;
pub mod survey_list;
