//! Every user-facing string of the app, in one place. A second language is
//! one more `Texts` value.

mod zh_cn;

use crate::assessment::Rating;
use crate::community::NameError;

pub use zh_cn::ZH_CN;

/// The UI strings. Templates hold `{name}`-style placeholders filled by [`fill`].
#[derive(Debug)]
pub struct Texts {
    pub lang: &'static str,
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub nav_label: &'static str,
    pub nav_communities: &'static str,
    pub nav_plan: &'static str,
    pub loading: &'static str,
    pub storage_unavailable: &'static str,
    pub welcome_title: &'static str,
    pub welcome_what: &'static str,
    pub welcome_offline: &'static str,
    pub add_your_community: &'static str,
    pub communities_title: &'static str,
    pub add_community: &'static str,
    pub community_name: &'static str,
    pub community_name_hint: &'static str,
    pub community_name_placeholder: &'static str,
    pub add: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub delete: &'static str,
    pub current: &'static str,
    pub delete_title: &'static str,
    /// `{name}`
    pub delete_text: &'static str,
    pub delete_confirm: &'static str,
    pub name_empty: &'static str,
    pub name_too_long: &'static str,
    pub name_control: &'static str,
    pub name_duplicate: &'static str,
    /// `{assessed}`, `{applicable}`
    pub progress_assessed: &'static str,
    /// `{met}`, `{applicable}`
    pub progress_met: &'static str,
    /// `{n}`
    pub not_applicable_count: &'static str,
    pub progress_label: &'static str,
    pub compliance_label: &'static str,
    pub overall: &'static str,
    pub no_applicable: &'static str,
    /// `{date}`
    pub last_change: &'static str,
    pub never_changed: &'static str,
    pub rating_unassessed: &'static str,
    pub rating_met: &'static str,
    pub rating_partial: &'static str,
    pub rating_not_met: &'static str,
    pub rating_not_applicable: &'static str,
    pub rating_group: &'static str,
    pub saving: &'static str,
    /// `{time}`
    pub saved_at: &'static str,
    /// `{reason}`
    pub save_failed: &'static str,
    pub quota_exceeded: &'static str,
    pub plan_words: &'static str,
    pub responsible_units: &'static str,
    pub guidance: &'static str,
    pub guidance_note: &'static str,
    pub look_for: &'static str,
    pub photo_hint: &'static str,
    pub view_in_plan: &'static str,
    pub back_to_checklist: &'static str,
    pub previous_item: &'static str,
    pub next_item: &'static str,
    pub item_position: &'static str,
    pub not_found: &'static str,
    pub community_not_found: &'static str,
    pub item_not_found: &'static str,
    pub back_home: &'static str,
    pub plan_reader: &'static str,
    pub plan_basis: &'static str,
    pub plan_office: &'static str,
    pub plan_office_phone: &'static str,
    pub plan_office_director: &'static str,
    pub plan_items_of_area: &'static str,
    pub open_item: &'static str,
    pub choose_community_for_items: &'static str,
    pub deadline: &'static str,
    /// `{month}`, `{day}`
    pub deadline_yearly: &'static str,
    pub target: &'static str,
    /// `{share}`, `{year}`
    pub target_text: &'static str,
    pub checklist_areas: &'static str,
}

impl Texts {
    pub fn rating(&self, rating: Rating) -> &'static str {
        match rating {
            Rating::Unassessed => self.rating_unassessed,
            Rating::Met => self.rating_met,
            Rating::Partial => self.rating_partial,
            Rating::NotMet => self.rating_not_met,
            Rating::NotApplicable => self.rating_not_applicable,
        }
    }

    pub fn name_error(&self, error: NameError) -> &'static str {
        match error {
            NameError::Empty => self.name_empty,
            NameError::TooLong => self.name_too_long,
            NameError::ControlCharacters => self.name_control,
            NameError::Duplicate => self.name_duplicate,
        }
    }
}

/// The texts in use. zh-CN is the only language so far.
pub fn texts() -> &'static Texts {
    &ZH_CN
}

/// Fills `{key}` placeholders in a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}
