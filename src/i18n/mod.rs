//! Every user-facing string of the app, in one place. A second language is
//! one more `Texts` value.

mod city;
mod dates;
mod desk;
mod display;
mod en;
mod en_city;
mod en_exchange;
mod en_print;
mod evaluation;
mod evaluation_words;
mod exchange;
mod history;
mod in_app;
mod inspection;
mod kiosk;
mod lang;
mod merges;
mod office;
mod print;
mod report;
mod residents;
mod residents_words;
mod scoring;
mod signing;
mod signing_words;
mod wording;
mod zh_cn;
mod zh_cn_city;
mod zh_cn_exchange;
mod zh_cn_print;

pub use city::{city_texts, city_texts_for, CityTexts};
pub use desk::{desk_texts, desk_texts_for, DeskTexts};
pub use en::EN;
pub use evaluation::{evaluation_texts, evaluation_texts_for, EvaluationTexts};
pub use exchange::ExchangeTexts;
pub use inspection::InspectionTexts;
pub use kiosk::KioskTexts;
pub use lang::{current_lang, fill, set_lang, texts, texts_for, Lang};
pub use merges::{merge_texts, merge_texts_for, MergeTexts};
pub use office::{office_texts, office_texts_for, OfficeTexts};
pub use print::PrintTexts;
pub use report::ReportTexts;
pub use residents::{residents_texts, residents_texts_for, ResidentsTexts};
pub use signing::{
    office_key_texts, office_key_texts_for, signing_texts, signing_texts_for, OfficeKeyTexts,
    SigningTexts,
};
pub use zh_cn::ZH_CN;

/// The UI strings. Templates hold `{name}`-style placeholders filled by [`fill`].
#[derive(Debug, serde::Serialize)]
pub struct Texts {
    /// The printed forms' and reports' words.
    pub report: ReportTexts,
    /// The community center display's words (the kiosk).
    pub kiosk: KioskTexts,
    /// A field inspection's words.
    pub inspection: InspectionTexts,
    pub lang: &'static str,
    /// The link into the office's pages.
    pub office_link: &'static str,
    /// A list's name filter's label.
    pub name_filter: &'static str,
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
    /// Added to a failed save when edits queued behind it were dropped.
    pub later_edits_not_saved: &'static str,
    pub quota_exceeded: &'static str,
    /// A write the browser refused for another reason.
    pub storage_refused: &'static str,
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
    /// `{date}`: a month and day
    pub deadline_yearly: &'static str,
    /// `{date}`
    pub deadline_once: &'static str,
    pub deadline_passed: &'static str,
    /// `{label}`, `{date}`, `{days}`
    pub next_deadline: &'static str,
    /// `{label}`, `{date}`
    pub next_deadline_today: &'static str,
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
    pub export_never_short: &'static str,
    pub print: &'static str,
    /// The printed forms' page furniture and photo appendix.
    pub forms: PrintTexts,
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
    /// An import line while its file's records are being written.
    pub import_saving: &'static str,
    /// A community whose records are still being read.
    pub reading_records: &'static str,
    pub language_not_saved: &'static str,
    /// `{file}`
    /// `{office}`, `{located}`
    pub export_recipient: &'static str,
    pub export_send_steps: &'static str,
    pub export_downloaded: &'static str,
    /// `{file}`
    pub export_shared: &'static str,
    pub export_download_failed: &'static str,
    /// `{items}`: the items whose photos could not be read
    pub export_photos_unreadable: &'static str,
    pub export_without_photos_instead: &'static str,
    pub exchange_all_file: &'static str,
    pub import_title: &'static str,
    pub import_explain: &'static str,
    pub import_pick: &'static str,
    pub import_drop: &'static str,
    pub import_busy: &'static str,
    pub import_pick_folder: &'static str,
    pub import_folder_hint: &'static str,
    pub import_skipped: &'static str,
    pub import_done: &'static str,
    pub import_up_to_date: &'static str,
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
    pub inspectors_required: &'static str,
    /// `{max}`, `{n}`
    pub inspector_name_too_long: &'static str,
    pub undo: &'static str,
    pub history_label: &'static str,
    pub scoring_pass_line_label: &'static str,
    pub scoring_col_item: &'static str,
    pub scoring_col_weight: &'static str,
    pub scoring_col_veto: &'static str,
    /// `{version}`
    pub scoring_save_version: &'static str,
    pub scoring_export: &'static str,
    /// `{version}`, `{date}`
    pub scoring_file_name: &'static str,
    pub scoring_file_pick: &'static str,
    /// `{version}`
    pub scoring_file_taken: &'static str,
    /// `{version}`
    pub scoring_file_not_newer: &'static str,
    /// `{file}`, `{reason}`
    pub scoring_file_refused: &'static str,
    pub scoring_file_not_one: &'static str,
    /// `{id}`
    pub scoring_file_other_plan: &'static str,
    pub rules_pass_line: &'static str,
    pub rules_values: &'static str,
    /// `{item}`
    pub rules_weight: &'static str,
    /// `{item}`
    pub rules_unknown_item: &'static str,
    pub rules_version: &'static str,
    pub scoring_defaults_label: &'static str,
    /// `{version}`, `{date}`
    pub scoring_office_label: &'static str,
    pub scoring_default_name: &'static str,
    /// `{version}`
    pub scoring_office_name: &'static str,
    pub scoring_weights_office: &'static str,
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
    pub backup_reminder: &'static str,
    /// `{days}`
    pub backup_days: &'static str,
    pub backup_never: &'static str,
    /// `{n}`: the communities a backup list leaves out, with why.
    pub backup_not_listed: &'static str,
    /// `{n}`
    pub from_files_title: &'static str,
    pub from_files_what: &'static str,
    /// `{matching}`, `{n}`: the communities of a list whose name holds its filter.
    pub names_matching: &'static str,
    /// `{shown}`, `{n}`: the cards a long list shows so far, of all it has.
    pub cards_shown: &'static str,
    /// `{n}`: how many more cards the button adds.
    pub cards_show_more: &'static str,
    pub backup_export_now: &'static str,
    pub storage_what_erases: &'static str,
    pub persisted_yes: &'static str,
    pub persisted_no: &'static str,
    pub request_persist: &'static str,
    pub backup_title: &'static str,
    pub last_change_any: &'static str,
    pub no_data_yet: &'static str,
    /// `{app}` in both.
    pub in_app_title: &'static str,
    pub in_app_why: &'static str,
    pub in_app_step_menu: &'static str,
    pub in_app_step_open: &'static str,
    pub in_app_link_label: &'static str,
    pub in_app_copy: &'static str,
    pub in_app_copied: &'static str,
    pub in_app_copy_failed: &'static str,
    pub in_app_dismiss: &'static str,
    /// `{app}`
    pub in_app_export: &'static str,
    pub offline: &'static str,
    pub update_ready: &'static str,
    pub update_now: &'static str,
    pub update_later: &'static str,
    /// Exporting, importing and the office summary.
    pub exchange: ExchangeTexts,
    /// The community center's display and the photos marked for it.
    pub display: display::DisplayTexts,
}
