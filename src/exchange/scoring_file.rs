//! The small file in which the city office sends its scoring rules to the
//! phones: `{"format": "danzhou-green-community-scoring", "plan": {id,
//! version}, "rules": {…}}`. A phone takes it whole or not at all.

use serde::{Deserialize, Serialize};

use super::format::PlanRef;
use crate::plan::{Plan, RulesError, ScoringRules};

pub const SCORING_FORMAT: &str = "danzhou-green-community-scoring";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringFile {
    pub format: String,
    pub plan: PlanRef,
    pub rules: ScoringRules,
    /// The office's key rotations, in its files: how a device that trusts
    /// an older office key follows to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_rotations: Vec<crate::signing::KeyRotation>,
    /// The signer's signature over the file without it (after the checksum,
    /// which does not cover it; see `crate::signing::signed_content`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<crate::signing::SignatureBlock>,
}

/// Why a scoring file was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ScoringFileError {
    NotAScoringFile,
    /// For another plan (its id).
    OtherPlan(String),
    Invalid(RulesError),
}

impl ScoringFile {
    /// The file that sends `rules` for `plan`.
    pub fn of(plan: &Plan, rules: &ScoringRules) -> ScoringFile {
        ScoringFile {
            format: SCORING_FORMAT.to_string(),
            plan: PlanRef {
                id: plan.id.clone(),
                version: plan.version.clone(),
            },
            rules: rules.clone(),
            key_rotations: Vec::new(),
            signature: None,
        }
    }
}

/// The file's text for `rules`.
pub fn scoring_file_json(plan: &Plan, rules: &ScoringRules) -> String {
    super::to_indented_json(&ScoringFile::of(plan, rules))
}

/// The rules in a scoring file, checked against `plan`. Any version of the
/// same plan is accepted: the rules name items, which a version keeps.
pub fn parse_scoring_file(bytes: &[u8], plan: &Plan) -> Result<ScoringRules, ScoringFileError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let file: ScoringFile =
        serde_json::from_slice(bytes).map_err(|_| ScoringFileError::NotAScoringFile)?;
    if file.format != SCORING_FORMAT {
        return Err(ScoringFileError::NotAScoringFile);
    }
    if file.plan.id != plan.id {
        return Err(ScoringFileError::OtherPlan(
            file.plan.id.chars().take(100).collect(),
        ));
    }
    file.rules.check(plan).map_err(ScoringFileError::Invalid)?;
    Ok(file.rules)
}
