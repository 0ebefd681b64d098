//! The residents' words for values: methods, refusals, the figures' lines.

use super::residents::ResidentsTexts;
use super::{fill, Lang};
use chrono::Datelike;

use crate::assessment::{
    satisfaction_of, SatisfactionFigure, SatisfactionShortfall, SurveyError, SurveyMethod,
    SurveyState,
};
use crate::evaluation::PollTally;
use crate::figures::{percent, percent_text};

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
    pub fn figure(&self, f: &SatisfactionFigure) -> String {
        let (Some(rate), Some((first, last))) = (f.rate(), f.dates) else {
            return fill(self.figure_none, &[("year", &f.year.to_string())]);
        };
        let methods: Vec<String> = f.methods.iter().map(|m| self.method(*m).into()).collect();
        fill(
            self.figure_line,
            &[
                ("rate", &pct(rate)),
                ("year", &f.year.to_string()),
                ("surveys", &f.surveys.to_string()),
                ("households", &f.households.to_string()),
                ("methods", &methods.join(self.separator)),
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

    /// The poll's answers per day, oldest first; empty without answers.
    pub fn poll_by_day(&self, tally: &PollTally) -> String {
        if tally.days.is_empty() {
            return String::new();
        }
        let days: Vec<String> = tally
            .days
            .iter()
            .map(|(day, n)| {
                fill(
                    self.poll_day,
                    &[("date", &day.to_string()), ("n", &n.to_string())],
                )
            })
            .collect();
        fill(self.poll_days, &[("days", &days.join(self.separator))])
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

    /// One survey in a line: date, method, households, answers and its
    /// own rate.
    pub fn survey_line(&self, s: &SurveyState) -> String {
        let r = self.residents();
        let method = match s.method_note.as_str() {
            "" => r.method(s.method).to_string(),
            note => format!("{}{}", r.method(s.method), self.aside(note)),
        };
        let rate = satisfaction_of([s], s.date.year(), s.date).rate();
        let mut line = fill(
            r.survey_line,
            &[
                ("date", &s.date.to_string()),
                ("method", &method),
                ("households", &s.households.to_string()),
                ("satisfied", &s.satisfied.to_string()),
                ("fairly", &s.fairly_satisfied.to_string()),
                ("dissatisfied", &s.dissatisfied.to_string()),
                ("rate", &percent_text(rate, "—")),
            ],
        );
        if !s.photos.is_empty() {
            line.push_str(" · ");
            line.push_str(&fill(r.photos_count, &[("n", &s.photos.len().to_string())]));
        }
        line
    }
}
