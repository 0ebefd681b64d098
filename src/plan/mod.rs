//! The action plan as data: types mirroring `public/plans/danzhou-2020.json`.
//!
//! Fields named `text`, `title` (of areas, steps, safeguards) and `source`
//! quote the plan; `guidance` is the app team's field advice.

mod deadlines;
mod embedded;
mod model;
mod scoring;
mod scoring_rules;
mod validate;

pub use deadlines::DueDate;
pub use embedded::embedded;
pub use model::*;
pub use scoring::*;
pub use scoring_rules::{RulesError, ScoringRules};
pub use validate::{validate, PlanError};

/// The plan file shipped with the app. The bundles build the same plan
/// from code (see [`embedded`]); tests and tools read this text.
pub const EMBEDDED_PLAN_JSON: &str = include_str!("../../public/plans/danzhou-2020.json");

/// Parses and validates a plan file.
pub fn parse(json: &str) -> Result<Plan, PlanError> {
    let plan: Plan =
        serde_json::from_slice(json.as_bytes()).map_err(|e| PlanError::Json(e.to_string()))?;
    validate(&plan)?;
    Ok(plan)
}
