//! Residents' satisfaction surveys (效果共评): a survey the community ran,
//! entered on the phone as a record of the plan's item that asks residents
//! to judge the results, with history and undo like a result.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::too_long;
use super::{validate_photo_hash, AssessmentError};
use crate::ids::SurveyId;
use crate::plan::MAX_SURVEY_HOUSEHOLDS;

/// The plan was issued in 2020: no survey of it is older.
pub const FIRST_SURVEY_YEAR: i32 = 2020;
/// The longest description of an "other" method, in characters.
pub const MAX_METHOD_NOTE_CHARS: usize = 40;

/// How the residents were asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SurveyMethod {
    /// 入户走访
    DoorToDoor,
    /// 问卷
    Questionnaire,
    /// 电话回访
    PhoneCallback,
    /// 其他 (described in `method_note`)
    Other,
}

impl SurveyMethod {
    pub const ALL: [SurveyMethod; 4] = [
        SurveyMethod::DoorToDoor,
        SurveyMethod::Questionnaire,
        SurveyMethod::PhoneCallback,
        SurveyMethod::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyMethod::DoorToDoor => "door_to_door",
            SurveyMethod::Questionnaire => "questionnaire",
            SurveyMethod::PhoneCallback => "phone_callback",
            SurveyMethod::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<SurveyMethod> {
        SurveyMethod::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// A survey's fields without its id: what a survey change records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyState {
    pub date: NaiveDate,
    pub method: SurveyMethod,
    /// What the method was, when it is [`SurveyMethod::Other`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub method_note: String,
    /// Households asked.
    pub households: i64,
    /// Households that answered 满意.
    pub satisfied: i64,
    /// … 基本满意.
    pub fairly_satisfied: i64,
    /// … 不满意.
    pub dissatisfied: i64,
    /// Photos of the paper forms: hashes of the item's photos.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<String>,
}

/// A survey as it currently stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Survey {
    pub id: SurveyId,
    pub state: SurveyState,
}

/// Why a survey cannot be recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurveyError {
    /// Dated after `latest` (today, or the day its record was made).
    DateInFuture {
        latest: NaiveDate,
    },
    /// Dated before the plan was issued.
    DateBeforePlan,
    /// No household asked.
    NoHouseholds,
    /// More than [`MAX_SURVEY_HOUSEHOLDS`] households.
    TooManyHouseholds,
    /// A count below zero.
    NegativeCount,
    /// More answers than households asked.
    MoreAnswersThanHouseholds {
        answers: i64,
        households: i64,
    },
    /// 其他 without saying what.
    MethodNoteRequired,
    MethodNoteTooLong {
        max: usize,
        actual: usize,
    },
}

impl SurveyState {
    /// Households that answered at all.
    pub fn answers(&self) -> i64 {
        self.satisfied + self.fairly_satisfied + self.dissatisfied
    }

    /// The state with its note trimmed, or why it cannot be recorded;
    /// `latest` is the last day it may be dated.
    pub fn validated(self, latest: NaiveDate) -> Result<SurveyState, AssessmentError> {
        let refuse = |e: SurveyError| Err(AssessmentError::Survey(e));
        if self.date > latest {
            return refuse(SurveyError::DateInFuture { latest });
        }
        if self.date.year() < FIRST_SURVEY_YEAR {
            return refuse(SurveyError::DateBeforePlan);
        }
        let counts = [
            self.households,
            self.satisfied,
            self.fairly_satisfied,
            self.dissatisfied,
        ];
        if counts.iter().any(|n| *n < 0) {
            return refuse(SurveyError::NegativeCount);
        }
        if counts.iter().any(|n| *n > MAX_SURVEY_HOUSEHOLDS) {
            return refuse(SurveyError::TooManyHouseholds);
        }
        if self.households == 0 {
            return refuse(SurveyError::NoHouseholds);
        }
        if self.answers() > self.households {
            return refuse(SurveyError::MoreAnswersThanHouseholds {
                answers: self.answers(),
                households: self.households,
            });
        }
        for hash in &self.photos {
            validate_photo_hash(hash)?;
        }
        let method_note = self.checked_note()?;
        Ok(SurveyState {
            method_note,
            ..self
        })
    }

    fn checked_note(&self) -> Result<String, AssessmentError> {
        let note = self.method_note.trim();
        if self.method != SurveyMethod::Other {
            return Ok(String::new());
        }
        if note.is_empty() {
            return Err(AssessmentError::Survey(SurveyError::MethodNoteRequired));
        }
        match too_long(note, MAX_METHOD_NOTE_CHARS) {
            Some(actual) => Err(AssessmentError::Survey(SurveyError::MethodNoteTooLong {
                max: MAX_METHOD_NOTE_CHARS,
                actual,
            })),
            None => Ok(note.to_string()),
        }
    }

    pub fn with_id(self, id: SurveyId) -> Survey {
        Survey { id, state: self }
    }
}
