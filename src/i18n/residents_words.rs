//! The residents' words for values: methods, refusals, the figures' lines.

use super::residents::ResidentsTexts;
use super::{fill, Lang};
use crate::assessment::{SatisfactionFigure, SatisfactionShortfall, SurveyError, SurveyMethod};
use crate::evaluation::PollTally;
use crate::figures::percent;

fn pct(share: f64) -> String {
    format!("{}%", percent(share))
}

impl ResidentsTexts {
    pub fn method(&self, method: SurveyMethod) -> &'static str {
        match method {
            SurveyMethod::DoorToDoor => self.method_door,
            SurveyMethod::Questionnaire => self.method_questionnaire,
            SurveyMethod::PhoneCallback => self.method_phone,
            SurveyMethod::Other => self.method_other,
        }
    }

    /// Why a survey was refused.
    pub fn survey_error(&self, error: &SurveyError) -> String {
        match error {
            SurveyError::DateInFuture { latest } => {
                fill(self.error_future, &[("latest", &latest.to_string())])
            }
            SurveyError::DateBeforePlan => self.error_before_plan.to_string(),
            SurveyError::NoHouseholds => self.error_no_households.to_string(),
            SurveyError::TooManyHouseholds => self.error_too_many.to_string(),
            SurveyError::NegativeCount => self.error_negative.to_string(),
            SurveyError::MoreAnswersThanHouseholds {
                answers,
                households,
            } => fill(
                self.error_more_answers,
                &[
                    ("answers", &answers.to_string()),
                    ("households", &households.to_string()),
                ],
            ),
            SurveyError::MethodNoteRequired => self.error_note_required.to_string(),
            SurveyError::MethodNoteTooLong { max, actual } => fill(
                self.error_note_long,
                &[("max", &max.to_string()), ("n", &actual.to_string())],
            ),
        }
    }

    /// The year's rate with what it counts: surveys, households, methods
    /// and dates; or that there is no survey.
    pub fn figure(&self, f: &SatisfactionFigure, lang: Lang) -> String {
        let (Some(rate), Some((first, last))) = (f.rate(), f.dates) else {
            return fill(self.figure_none, &[("year", &f.year.to_string())]);
        };
        let methods: Vec<String> = f.methods.iter().map(|m| self.method(*m).into()).collect();
        let separator = if lang == Lang::ZhCn { "、" } else { ", " };
        fill(
            self.figure_line,
            &[
                ("rate", &pct(rate)),
                ("year", &f.year.to_string()),
                ("surveys", &f.surveys.to_string()),
                ("households", &f.households.to_string()),
                ("methods", &methods.join(separator)),
                ("first", &first.to_string()),
                ("last", &last.to_string()),
            ],
        )
    }

    /// The kiosk poll's counts, never called a survey.
    pub fn poll(&self, tally: &PollTally) -> String {
        if tally.total() == 0 {
            return self.poll_none.to_string();
        }
        fill(
            self.poll_line,
            &[
                ("n", &tally.total().to_string()),
                ("satisfied", &tally.satisfied.to_string()),
                ("fairly", &tally.fairly_satisfied.to_string()),
                ("dissatisfied", &tally.dissatisfied.to_string()),
                ("days", &tally.days.len().to_string()),
            ],
        )
    }

    /// Each way a community falls short of the office's line.
    pub fn shortfall(&self, shortfall: &SatisfactionShortfall) -> Vec<String> {
        let (line, figure) = (shortfall.line, &shortfall.figure);
        let Some(rate) = figure.rate().filter(|_| !shortfall.no_survey()) else {
            return vec![fill(
                self.short_none,
                &[
                    ("year", &figure.year.to_string()),
                    ("share", &pct(line.min_share)),
                    ("households", &line.min_households.to_string()),
                ],
            )];
        };
        let mut lines = Vec::new();
        if shortfall.below_rate() {
            lines.push(fill(
                self.short_rate,
                &[("rate", &pct(rate)), ("share", &pct(line.min_share))],
            ));
        }
        if shortfall.too_few_households() {
            lines.push(fill(
                self.short_households,
                &[
                    ("households", &figure.households.to_string()),
                    ("needed", &line.min_households.to_string()),
                ],
            ));
        }
        lines
    }

    /// The office's line, said where a verdict is read.
    pub fn line(&self, line: &crate::plan::SatisfactionLine) -> String {
        fill(
            self.line_set,
            &[
                ("share", &pct(line.min_share)),
                ("households", &line.min_households.to_string()),
            ],
        )
    }
}

impl super::Texts {
    /// The residents' words in this texts' language.
    pub fn residents(&self) -> &'static ResidentsTexts {
        super::residents_texts_for(Lang::from_code(self.lang).unwrap_or(Lang::ZhCn))
    }
}
