//! The evaluation's words for its values: stages, conclusions, refusals.

use super::evaluation::EvaluationTexts;
use crate::evaluation::{Conclusion, Stage, SubmissionError};

impl EvaluationTexts {
    pub fn stage(&self, stage: Stage) -> &'static str {
        match stage {
            Stage::Initial => self.stage_initial,
            Stage::Final => self.stage_final,
        }
    }

    pub fn conclusion(&self, conclusion: &Conclusion) -> &'static str {
        match conclusion {
            Conclusion::Pass => self.conclusion_pass,
            Conclusion::Fail => self.conclusion_fail,
            Conclusion::Return { .. } => self.conclusion_return,
        }
    }

    /// Why a submission was refused.
    pub fn submission_error(&self, error: &SubmissionError) -> &'static str {
        match error {
            SubmissionError::NoSubmitter => self.error_no_submitter,
            SubmissionError::SubmitterTooLong => self.error_submitter_long,
            SubmissionError::YearOutOfRange { .. } => self.error_year,
            SubmissionError::NothingAssessed => self.error_nothing,
            SubmissionError::UnknownItem(_) => self.error_other,
        }
    }
}
