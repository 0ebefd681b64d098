//! How a figure names the scoring it used: the app's defaults, or the city
//! office's rules with their version.

use super::{fill, Texts};
use crate::exchange::ScoringFileError;
use crate::plan::{RulesError, Scoring};

impl Texts {
    /// 默认评分, or 市办公室评分规则第 2 版.
    pub fn scoring_name(&self, scoring: &Scoring) -> String {
        if scoring.version == 0 {
            self.scoring_default_name.to_string()
        } else {
            let version = scoring.version.to_string();
            fill(self.scoring_office_name, &[("version", &version)])
        }
    }

    /// The line under a verdict or a form saying whose scoring it is.
    pub fn scoring_label(&self, scoring: &Scoring) -> String {
        match scoring.set_on.filter(|_| scoring.version > 0) {
            None => self.scoring_defaults_label.to_string(),
            Some(day) => fill(
                self.scoring_office_label,
                &[
                    ("version", &scoring.version.to_string()),
                    ("date", &self.long_date(day)),
                ],
            ),
        }
    }

    /// "按默认评分，已达到创建要求" and the like.
    pub fn verdict_text(&self, meets: bool, scoring: &Scoring) -> String {
        let template = if meets {
            self.verdict_meets
        } else {
            self.verdict_not_yet
        };
        fill(template, &[("scoring", &self.scoring_name(scoring))])
    }

    /// Why a scoring file was refused, naming the file.
    pub fn scoring_file_error(&self, file: &str, error: &ScoringFileError) -> String {
        let reason = match error {
            ScoringFileError::NotAScoringFile => self.scoring_file_not_one.to_string(),
            ScoringFileError::OtherPlan(id) => fill(self.scoring_file_other_plan, &[("id", id)]),
            ScoringFileError::Invalid(rules) => self.rules_error(rules),
        };
        fill(
            self.scoring_file_refused,
            &[("file", file), ("reason", &reason)],
        )
    }

    /// What is wrong with scoring rules, in the office's words.
    pub fn rules_error(&self, error: &RulesError) -> String {
        match error {
            RulesError::PassLine => self.rules_pass_line.to_string(),
            RulesError::Values => self.rules_values.to_string(),
            RulesError::Weight(item) => fill(self.rules_weight, &[("item", item)]),
            RulesError::UnknownItem(item) => fill(self.rules_unknown_item, &[("item", item)]),
            RulesError::Version => self.rules_version.to_string(),
            RulesError::SatisfactionLine => self.residents().scoring_error.to_string(),
        }
    }

    /// A template that names the scoring, filled.
    pub fn with_scoring(&self, template: &str, scoring: &Scoring) -> String {
        fill(template, &[("scoring", &self.scoring_name(scoring))])
    }
}
