//! Every user-facing string of the app, in one place. A second language is
//! one more `Texts` value.

mod en;
mod en_exchange;
mod exchange;
mod history;
mod zh_cn;
mod zh_cn_exchange;

use std::sync::atomic::{AtomicU8, Ordering};

use crate::assessment::{AssessmentError, MissingReason, NotYetReason, Rating};
use crate::community::NameError;
use crate::figures::{format_points, percent, percent_text};

pub use en::EN;
pub use exchange::ExchangeTexts;
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
    /// "{label}：{text}": a label and what follows it.
    pub labelled: &'static str,
    /// "（{text}）": an aside after a word.
    pub bracketed: &'static str,
    /// Between the items of a list in running text.
    pub list_separator: &'static str,
    /// Between two clauses of one sentence.
    pub clause_separator: &'static str,
    /// After a sentence, before the next one.
    pub sentence_end: &'static str,
    pub report_date_blank: &'static str,
    pub office_read_only: &'static str,
    pub export_never_short: &'static str,
    pub kiosk_city: &'static str,
    pub print: &'static str,
    pub report_self_link: &'static str,
    pub report_yearly_link: &'static str,
    pub report_self_title: &'static str,
    pub report_date: &'static str,
    pub report_col_number: &'static str,
    pub report_col_content: &'static str,
    pub report_col_points: &'static str,
    pub report_col_result: &'static str,
    pub report_col_score: &'static str,
    pub report_col_evidence: &'static str,
    pub report_col_remarks: &'static str,
    pub report_photos: &'static str,
    pub report_total: &'static str,
    pub report_verdict: &'static str,
    pub report_pass_line: &'static str,
    pub report_sign: &'static str,
    pub report_seal: &'static str,
    pub report_sign_date: &'static str,
    pub report_yearly_title: &'static str,
    pub report_yearly_due: &'static str,
    pub report_by_area: &'static str,
    pub report_behind: &'static str,
    pub report_none_behind: &'static str,
    pub language_title: &'static str,
    pub language_label: &'static str,
    pub item_pager: &'static str,
    pub conflict_title: &'static str,
    pub conflict_explain: &'static str,
    pub conflict_keep: &'static str,
    pub export_title: &'static str,
    pub export_last: &'static str,
    pub export_never: &'static str,
    pub export_photos_question: &'static str,
    pub export_with_photos: &'static str,
    pub export_without_photos: &'static str,
    pub export_download: &'static str,
    pub export_share: &'static str,
    pub exchange_all_file: &'static str,
    pub import_title: &'static str,
    pub import_explain: &'static str,
    pub import_pick: &'static str,
    pub import_drop: &'static str,
    pub import_busy: &'static str,
    pub import_done: &'static str,
    pub import_up_to_date: &'static str,
    pub office_link: &'static str,
    pub office_title: &'static str,
    pub office_city: &'static str,
    pub office_roster: &'static str,
    pub office_roster_hint: &'static str,
    pub office_roster_missing: &'static str,
    pub office_in_scope: &'static str,
    pub office_taking_part: &'static str,
    pub office_meeting: &'static str,
    pub office_target: &'static str,
    pub office_communities: &'static str,
    pub office_filter: &'static str,
    pub office_behind_only: &'static str,
    pub office_col_name: &'static str,
    pub office_col_progress: &'static str,
    pub office_col_score: &'static str,
    pub office_col_verdict: &'static str,
    pub office_col_inspection: &'static str,
    pub office_col_export: &'static str,
    pub office_col_conflicts: &'static str,
    pub office_col_actions: &'static str,
    pub office_actions_cell: &'static str,
    pub office_meets: &'static str,
    pub office_not_yet: &'static str,
    pub office_heat_map: &'static str,
    pub office_heat_map_hint: &'static str,
    pub office_fail_counts: &'static str,
    pub office_units: &'static str,
    pub office_units_hint: &'static str,
    pub office_export: &'static str,
    pub office_export_json: &'static str,
    pub office_export_json_photos: &'static str,
    pub office_export_csv: &'static str,
    pub kiosk_enter: &'static str,
    pub kiosk_not_set_up: &'static str,
    pub kiosk_explain: &'static str,
    pub kiosk_pin: &'static str,
    pub kiosk_pin_again: &'static str,
    pub kiosk_pin_mismatch: &'static str,
    pub kiosk_pin_format: &'static str,
    pub kiosk_pin_wrong: &'static str,
    pub kiosk_seconds: &'static str,
    pub kiosk_seconds_option: &'static str,
    pub kiosk_start: &'static str,
    pub kiosk_exit: &'static str,
    pub kiosk_last_updated: &'static str,
    pub kiosk_score: &'static str,
    pub kiosk_area_counts: &'static str,
    pub kiosk_recent: &'static str,
    pub kiosk_recent_none: &'static str,
    pub kiosk_actions: &'static str,
    pub kiosk_goal: &'static str,
    pub kiosk_city_pending: &'static str,
    pub action_add: &'static str,
    pub action_changed: &'static str,
    pub action_created: &'static str,
    pub action_delete_title: &'static str,
    pub action_deleted: &'static str,
    pub action_description: &'static str,
    pub action_due: &'static str,
    pub action_due_label: &'static str,
    pub action_due_required: &'static str,
    pub action_mark_done: &'static str,
    pub action_open: &'static str,
    pub action_other: &'static str,
    pub action_other_name: &'static str,
    pub action_reopen: &'static str,
    pub action_responsible: &'static str,
    pub area_score: &'static str,
    pub by_device: &'static str,
    pub close: &'static str,
    pub edit: &'static str,
    pub history_empty: &'static str,
    pub inspection_actions_raised: &'static str,
    pub inspection_changes: &'static str,
    pub inspection_continue: &'static str,
    pub inspection_date: &'static str,
    pub inspection_date_required: &'static str,
    pub inspection_finish: &'static str,
    pub inspection_finished_at: &'static str,
    pub inspection_inspectors: &'static str,
    pub inspection_inspectors_hint: &'static str,
    pub inspection_items_touched: &'static str,
    pub inspection_notes_changed: &'static str,
    pub inspection_open: &'static str,
    pub inspection_past: &'static str,
    pub inspection_photos_taken: &'static str,
    pub inspection_results_changed: &'static str,
    pub inspection_start: &'static str,
    pub inspection_step: &'static str,
    pub inspection_summary: &'static str,
    pub missing_none: &'static str,
    pub missing_title: &'static str,
    pub na_reason_prompt: &'static str,
    pub no: &'static str,
    pub yes: &'static str,
    pub note_changed: &'static str,
    pub note_cleared: &'static str,
    pub note_count: &'static str,
    pub open_actions_count: &'static str,
    pub open_actions_none: &'static str,
    pub open_actions_title: &'static str,
    pub photo_added: &'static str,
    pub photo_alt: &'static str,
    pub photo_caption: &'static str,
    pub photo_delete_text: &'static str,
    pub photo_delete_title: &'static str,
    pub photo_pick: &'static str,
    pub photo_processing: &'static str,
    pub photo_removed: &'static str,
    pub photo_take: &'static str,
    pub photo_unreadable: &'static str,
    pub photo_viewer: &'static str,
    pub reason_hint: &'static str,
    pub save_note: &'static str,
    pub score_line: &'static str,
    pub scoring_all_assessed: &'static str,
    pub scoring_pass: &'static str,
    pub scoring_title: &'static str,
    pub scoring_weights: &'static str,
    pub scoring_weights_text: &'static str,
    pub undone_prefix: &'static str,
    pub user_name: &'static str,
    pub user_name_hint: &'static str,
    pub user_title: &'static str,
    pub na_reason_label: &'static str,
    pub na_reason_required: &'static str,
    /// `{max}`, `{n}`
    pub na_reason_too_long: &'static str,
    pub note_label: &'static str,
    /// `{max}`, `{n}`
    pub note_too_long: &'static str,
    pub photos_label: &'static str,
    pub photo_not_image: &'static str,
    /// `{max}` in MB
    pub photo_too_large: &'static str,
    pub photo_bad_record: &'static str,
    /// `{max}`, `{n}`
    pub caption_too_long: &'static str,
    pub actions_label: &'static str,
    pub action_description_required: &'static str,
    /// `{max}`, `{n}`
    pub action_description_too_long: &'static str,
    pub action_responsible_required: &'static str,
    /// `{max}`, `{n}`
    pub action_responsible_too_long: &'static str,
    /// `{name}`
    pub action_unknown_unit: &'static str,
    pub action_overdue: &'static str,
    pub action_done: &'static str,
    pub inspection_label: &'static str,
    pub inspectors_required: &'static str,
    /// `{max}`, `{n}`
    pub inspector_name_too_long: &'static str,
    pub inspection_already_open: &'static str,
    pub undo: &'static str,
    pub history_label: &'static str,
    pub scoring_defaults_label: &'static str,
    pub verdict_meets: &'static str,
    pub verdict_not_yet: &'static str,
    pub verdict_nothing_applicable: &'static str,
    /// `{n}`
    pub verdict_unassessed: &'static str,
    /// `{share}`, `{needed}` in whole percent
    pub verdict_below_threshold: &'static str,
    /// `{n}`
    pub verdict_veto_failed: &'static str,
    pub missing_unassessed: &'static str,
    pub missing_veto_not_met: &'static str,
    /// `{points}`
    pub missing_could_gain: &'static str,
    pub nav_settings: &'static str,
    pub settings_title: &'static str,
    pub device_title: &'static str,
    pub device_id: &'static str,
    pub storage_title: &'static str,
    pub storage_used: &'static str,
    pub storage_unknown: &'static str,
    pub persisted_yes: &'static str,
    pub persisted_no: &'static str,
    pub request_persist: &'static str,
    pub backup_title: &'static str,
    pub last_change_any: &'static str,
    pub no_data_yet: &'static str,
    pub offline: &'static str,
    pub update_ready: &'static str,
    pub update_now: &'static str,
    pub update_later: &'static str,
    /// Exporting, importing and the office summary.
    pub exchange: ExchangeTexts,
}

impl Texts {
    /// `label` followed by `text`, punctuated for the language.
    pub fn label_text(&self, label: &str, text: &str) -> String {
        fill(self.labelled, &[("label", label), ("text", text)])
    }

    /// `text` as an aside in brackets, punctuated for the language.
    pub fn aside(&self, text: &str) -> String {
        fill(self.bracketed, &[("text", text)])
    }

    /// Names in running text: 王芳、李明 or 王芳, 李明.
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.list_separator)
    }

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

impl Texts {
    /// The message for a refused edit, in words a committee member
    /// understands.
    pub fn assessment_error(&self, error: &AssessmentError) -> String {
        use AssessmentError as E;
        let counted = |template: &str, max: usize, n: usize| {
            fill(
                template,
                &[("max", &max.to_string()), ("n", &n.to_string())],
            )
        };
        match error {
            E::ReasonRequired => self.na_reason_required.to_string(),
            E::ReasonTooLong { max, actual } => counted(self.na_reason_too_long, *max, *actual),
            E::NoteTooLong { max, actual } => counted(self.note_too_long, *max, *actual),
            E::NotAnImage => self.photo_not_image.to_string(),
            E::PhotoTooLarge { max_bytes, .. } => fill(
                self.photo_too_large,
                &[("max", &(max_bytes / (1024 * 1024)).to_string())],
            ),
            E::BadPhotoHash => self.photo_bad_record.to_string(),
            E::CaptionTooLong { max, actual } => counted(self.caption_too_long, *max, *actual),
            E::ActionDescriptionRequired => self.action_description_required.to_string(),
            E::ActionDescriptionTooLong { max, actual } => {
                counted(self.action_description_too_long, *max, *actual)
            }
            E::ResponsibleRequired => self.action_responsible_required.to_string(),
            E::ResponsibleTooLong { max, actual } => {
                counted(self.action_responsible_too_long, *max, *actual)
            }
            E::UnknownResponsibleUnit(name) => fill(self.action_unknown_unit, &[("name", name)]),
            E::InspectorRequired => self.inspectors_required.to_string(),
            E::InspectorNameTooLong { max, actual } => {
                counted(self.inspector_name_too_long, *max, *actual)
            }
            E::InspectionAlreadyOpen => self.inspection_already_open.to_string(),
        }
    }

    /// One reason the verdict is not yet 达到创建要求.
    pub fn not_yet_reason(&self, reason: &NotYetReason) -> String {
        match reason {
            NotYetReason::NothingApplicable => self.verdict_nothing_applicable.to_string(),
            NotYetReason::Unassessed(items) => {
                fill(self.verdict_unassessed, &[("n", &items.len().to_string())])
            }
            NotYetReason::BelowThreshold { share, needed } => fill(
                self.verdict_below_threshold,
                &[
                    ("share", &percent(*share).to_string()),
                    ("needed", &percent(*needed).to_string()),
                ],
            ),
            NotYetReason::VetoFailed(items) => {
                fill(self.verdict_veto_failed, &[("n", &items.len().to_string())])
            }
        }
    }

    /// A share as a whole percent ("70%"), or "—" when there is nothing to
    /// measure it against.
    pub fn share(&self, share: Option<f64>) -> String {
        percent_text(share, self.no_applicable)
    }

    /// Why an item stands between the community and the verdict.
    pub fn missing_reason(&self, why: &MissingReason) -> String {
        match why {
            MissingReason::Unassessed => self.missing_unassessed.to_string(),
            MissingReason::VetoNotMet => self.missing_veto_not_met.to_string(),
            MissingReason::CouldGain(points) => fill(
                self.missing_could_gain,
                &[("points", &format_points(*points))],
            ),
        }
    }
}

/// A UI language. zh-CN is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    ZhCn,
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 code, as in `Texts::lang`: "zh-CN", "en".
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language for a code such as "zh-CN", "zh", "en" or "en-US"
    /// (case-insensitive, `_` taken as `-`); `None` for other languages.
    /// The language's name in itself, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::ZhCn => "中文",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase().replace('_', "-");
        let primary = code.split('-').next().unwrap_or_default();
        match primary {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn to_u8(self) -> u8 {
        match self {
            Lang::ZhCn => 0,
            Lang::En => 1,
        }
    }

    fn from_u8(value: u8) -> Lang {
        match value {
            1 => Lang::En,
            _ => Lang::ZhCn,
        }
    }
}

/// The language in use, process-wide.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Switches the UI language for the whole app. Views read [`texts`] when
/// they render, so a switch shows on the next render.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.to_u8(), Ordering::Relaxed);
}

/// The language in use; zh-CN until [`set_lang`] is called.
pub fn current_lang() -> Lang {
    Lang::from_u8(CURRENT.load(Ordering::Relaxed))
}

/// The texts of one language, whatever the current one is.
pub fn texts_for(lang: Lang) -> &'static Texts {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

/// The texts in use: those of [`current_lang`].
pub fn texts() -> &'static Texts {
    texts_for(current_lang())
}

/// Fills `{key}` placeholders in a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}
