//! The strings of the office's roster and the definitions of the city
//! figures, and the messages for refused roster rows. Apart from
//! [`super::Texts`], which every bundle carries: only the office's code
//! reads these, so only the office bundle ships them.

use serde::Serialize;

use super::fill;
use super::lang::{current_lang, Lang};
use crate::city::{CityDefinitions, Meeting, RosterColumn, RowError, RowProblem, TakingPart};
use crate::community::{NameError, MAX_NAME_CHARS};

/// The roster's and definitions' words in the language in use.
pub fn city_texts() -> &'static CityTexts {
    city_texts_for(current_lang())
}

pub fn city_texts_for(lang: Lang) -> &'static CityTexts {
    match lang {
        Lang::ZhCn => &super::zh_cn_city::ZH_CN_CITY,
        Lang::En => &super::en_city::EN_CITY,
    }
}

/// Strings of the roster and definitions. Templates hold `{name}`-style
/// placeholders.
#[derive(Debug, Serialize)]
pub struct CityTexts {
    pub roster_title: &'static str,
    pub roster_explain: &'static str,
    pub roster_empty: &'static str,
    pub roster_paste_label: &'static str,
    pub roster_paste_add: &'static str,
    pub roster_csv_pick: &'static str,
    pub roster_csv_hint: &'static str,
    /// `{added}`, `{updated}`
    pub roster_added: &'static str,
    /// `{file}`
    pub roster_refused_file: &'static str,
    pub roster_refused_list: &'static str,
    pub roster_unreadable_file: &'static str,
    /// `{row}`, `{problem}`
    pub row_error: &'static str,
    pub problem_name_empty: &'static str,
    /// `{max}`
    pub problem_name_too_long: &'static str,
    pub problem_name_control: &'static str,
    /// `{first}`
    pub problem_repeated: &'static str,
    /// `{column}`, `{value}`
    pub problem_yes_no: &'static str,
    /// `{value}`
    pub problem_date: &'static str,
    pub problem_unreadable: &'static str,
    pub col_name: &'static str,
    pub col_street: &'static str,
    pub col_in_scope: &'static str,
    pub col_joined: &'static str,
    pub col_demonstration: &'static str,
    pub col_communities: &'static str,
    pub remove: &'static str,
    /// `{name}`
    pub remove_label: &'static str,
    pub unmatched_title: &'static str,
    pub unmatched_explain: &'static str,
    pub unmatched_match_label: &'static str,
    pub unmatched_match: &'static str,
    pub unmatched_add: &'static str,
    /// `{name}`: the community the row's button matches.
    pub unmatched_match_aria: &'static str,
    /// `{name}`: the community the row's button adds to the roster.
    pub unmatched_add_aria: &'static str,
    /// Why the entries offered are fewer than the roster's.
    pub unmatched_open_only: &'static str,
    pub unit_plans_title: &'static str,
    /// `{n}`
    pub unit_plans_missing: &'static str,
    pub unit_plans_all_in: &'static str,
    pub col_unit: &'static str,
    pub col_received: &'static str,
    pub col_received_on: &'static str,
    pub col_document_number: &'static str,
    pub col_note: &'static str,
    pub not_received: &'static str,
    pub definitions_title: &'static str,
    pub definitions_explain: &'static str,
    pub taking_part_label: &'static str,
    pub taking_part_joined: &'static str,
    pub taking_part_assessed: &'static str,
    pub meeting_label: &'static str,
    pub meeting_verdict: &'static str,
    pub meeting_taking_part: &'static str,
    pub meeting_review: &'static str,
    pub meeting_named: &'static str,
    pub default_marker: &'static str,
    pub scope_definition: &'static str,
    /// `{definition}`
    pub counted_as: &'static str,
    /// `{n}`
    pub not_on_roster: &'static str,
}

impl CityTexts {
    /// One refused row: "第 3 行：…".
    pub fn roster_row_error(&self, error: &RowError) -> String {
        let t = self;
        let problem = match &error.problem {
            RowProblem::Name(NameError::Empty) => t.problem_name_empty.to_string(),
            RowProblem::Name(NameError::TooLong) => fill(
                t.problem_name_too_long,
                &[("max", &MAX_NAME_CHARS.to_string())],
            ),
            RowProblem::Name(NameError::ControlCharacters | NameError::Duplicate) => {
                t.problem_name_control.to_string()
            }
            RowProblem::Repeated { first_row } => {
                fill(t.problem_repeated, &[("first", &first_row.to_string())])
            }
            RowProblem::NotYesOrNo { column, value } => fill(
                t.problem_yes_no,
                &[("column", self.roster_column(*column)), ("value", value)],
            ),
            RowProblem::NotADate { value } => fill(t.problem_date, &[("value", value)]),
            RowProblem::Unreadable => t.problem_unreadable.to_string(),
        };
        fill(
            t.row_error,
            &[("row", &error.row.to_string()), ("problem", &problem)],
        )
    }

    pub fn roster_column(&self, column: RosterColumn) -> &'static str {
        let t = self;
        match column {
            RosterColumn::Name => t.col_name,
            RosterColumn::Street => t.col_street,
            RosterColumn::InScope => t.col_in_scope,
            RosterColumn::JoinedOn => t.col_joined,
            RosterColumn::Demonstration => t.col_demonstration,
        }
    }

    /// "Counted: …" for "taking part", with "(default)" when it is.
    pub fn taking_part_counted(&self, definitions: CityDefinitions) -> String {
        let definition = match definitions.taking_part {
            TakingPart::JoinedOnRoster => self.taking_part_joined,
            TakingPart::AnyItemAssessed => self.taking_part_assessed,
        };
        self.counted_as(definition, definitions.taking_part == TakingPart::default())
    }

    /// "Counted: …" for "meeting the requirements".
    pub fn meeting_counted(&self, definitions: CityDefinitions) -> String {
        let definition = match definitions.meeting {
            Meeting::VerdictByScoring => self.meeting_verdict,
            Meeting::TakingPartAndVerdict => self.meeting_taking_part,
            Meeting::ReviewPassed => self.meeting_review,
            Meeting::Named => self.meeting_named,
        };
        self.counted_as(definition, definitions.meeting == Meeting::default())
    }

    /// "Counted: …" for the communities in scope.
    pub fn scope_counted(&self) -> String {
        fill(self.counted_as, &[("definition", self.scope_definition)])
    }

    fn counted_as(&self, definition: &str, is_default: bool) -> String {
        let marker = if is_default { self.default_marker } else { "" };
        fill(
            self.counted_as,
            &[("definition", &format!("{definition}{marker}"))],
        )
    }
}
