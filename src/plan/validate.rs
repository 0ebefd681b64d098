use std::collections::HashSet;

use super::model::{Deadline, Plan, Step, PLAN_FORMAT};
use super::scoring::Scoring;

/// Why a plan file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    Json(String),
    WrongFormat(String),
    Missing(&'static str),
    DuplicateId(String),
    EmptyArea(String),
    SourceNotInAreaText(String),
    /// An item's weight is not a positive, finite number.
    BadWeight(String),
    /// A scoring value is out of range; names the field.
    BadScoring(&'static str),
    /// A step's deadline is not a date; names the step.
    BadDeadline(String),
    MessageNotInAreaText(String),
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::Json(e) => write!(f, "not valid plan JSON: {e}"),
            PlanError::WrongFormat(found) => {
                write!(f, "format is {found:?}, expected {PLAN_FORMAT:?}")
            }
            PlanError::Missing(what) => write!(f, "{what} is empty"),
            PlanError::DuplicateId(id) => write!(f, "id {id:?} is used twice"),
            PlanError::EmptyArea(id) => write!(f, "area {id:?} has no items"),
            PlanError::SourceNotInAreaText(id) => {
                write!(
                    f,
                    "the source of item {id:?} is not part of its area's text"
                )
            }
            PlanError::BadWeight(id) => {
                write!(f, "the weight of item {id:?} must be a positive number")
            }
            PlanError::BadScoring(field) => write!(f, "scoring {field} is out of range"),
            PlanError::MessageNotInAreaText(text) => {
                write!(
                    f,
                    "the display message {text:?} is not part of its area's text"
                )
            }
            PlanError::BadDeadline(step) => {
                write!(f, "the deadline of step {step:?} is not a date")
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// Checks what the app relies on: the format, non-empty ids and titles,
/// unique area and item ids, every area with items and responsible units,
/// every item quoting its own area's text, positive weights, scoring
/// values in range and deadlines that are dates.
pub fn validate(plan: &Plan) -> Result<(), PlanError> {
    if plan.format != PLAN_FORMAT {
        return Err(PlanError::WrongFormat(plan.format.clone()));
    }
    require(&plan.id, "plan id")?;
    require(&plan.version, "plan version")?;
    require(&plan.title, "plan title")?;
    if plan.areas.is_empty() {
        return Err(PlanError::Missing("areas"));
    }
    let mut seen = HashSet::new();
    for area in &plan.areas {
        require(&area.id, "area id")?;
        require(&area.title, "area title")?;
        if !seen.insert(area.id.as_str()) {
            return Err(PlanError::DuplicateId(area.id.clone()));
        }
        if area.responsible_units.is_empty() {
            return Err(PlanError::Missing("responsible units"));
        }
        if area.items.is_empty() {
            return Err(PlanError::EmptyArea(area.id.clone()));
        }
        if let Some(message) = area
            .display_messages
            .iter()
            .find(|m| m.text.is_empty() || !area.text.contains(m.text.as_str()))
        {
            return Err(PlanError::MessageNotInAreaText(message.text.clone()));
        }
        for item in &area.items {
            require(&item.id, "item id")?;
            require(&item.title, "item title")?;
            require(&item.source, "item source")?;
            if !seen.insert(item.id.as_str()) {
                return Err(PlanError::DuplicateId(item.id.to_string()));
            }
            if !area.text.contains(item.source.as_str()) {
                return Err(PlanError::SourceNotInAreaText(item.id.to_string()));
            }
            if !(item.weight.is_finite() && item.weight > 0.0) {
                return Err(PlanError::BadWeight(item.id.to_string()));
            }
        }
    }
    plan.implementation.iter().try_for_each(validate_deadline)?;
    validate_scoring(&plan.scoring)
}

/// A one-off date that parses, or a yearly month and day that every year
/// has (no 29 February).
fn validate_deadline(step: &Step) -> Result<(), PlanError> {
    let valid = match &step.deadline {
        None => true,
        Some(Deadline::Once { date, .. }) => date.parse::<chrono::NaiveDate>().is_ok(),
        Some(Deadline::Yearly { month, day, .. }) => {
            chrono::NaiveDate::from_ymd_opt(2021, *month, *day).is_some()
        }
    };
    if valid {
        Ok(())
    } else {
        Err(PlanError::BadDeadline(step.id.clone()))
    }
}

fn validate_scoring(scoring: &Scoring) -> Result<(), PlanError> {
    let share = scoring.pass_share;
    if !(share > 0.0 && share <= 1.0) {
        return Err(PlanError::BadScoring("pass_share"));
    }
    let values = scoring.values;
    let in_range = |v: f64| (0.0..=1.0).contains(&v);
    if !(in_range(values.met) && in_range(values.partial) && in_range(values.not_met)) {
        return Err(PlanError::BadScoring("values"));
    }
    Ok(())
}

fn require(value: &str, what: &'static str) -> Result<(), PlanError> {
    if value.trim().is_empty() {
        Err(PlanError::Missing(what))
    } else {
        Ok(())
    }
}
