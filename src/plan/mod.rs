//! The action plan as data: types mirroring `public/plans/danzhou-2020.json`.
//!
//! Fields named `text`, `title` (of areas, steps, safeguards) and `source`
//! quote the plan; `guidance` is the app team's field advice.

mod deadlines;
mod model;
mod scoring;
mod scoring_rules;
mod validate;

pub use deadlines::DueDate;
pub use model::*;
pub use scoring::*;
pub use scoring_rules::{RulesError, ScoringRules};
pub use validate::{validate, PlanError};

/// The plan file shipped with the app, embedded so the checklist works
/// before anything has been fetched.
pub const EMBEDDED_PLAN_JSON: &str = include_str!("../../public/plans/danzhou-2020.json");

/// Parses and validates a plan file.
pub fn parse(json: &str) -> Result<Plan, PlanError> {
    let plan: Plan =
        serde_json::from_slice(json.as_bytes()).map_err(|e| PlanError::Json(e.to_string()))?;
    validate(&plan)?;
    Ok(plan)
}

/// The Danzhou plan built into the app. It is read, not validated: the
/// test suite validates this very file (`tests/plan_parsing.rs`), so the
/// bundles carry no validation code for it.
pub fn embedded() -> Plan {
    serde_json::from_slice(EMBEDDED_PLAN_JSON.as_bytes())
        .expect("the embedded plan file is checked by the test suite")
}
