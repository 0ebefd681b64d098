use std::collections::HashSet;

use super::model::{Plan, PLAN_FORMAT};

/// Why a plan file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    Json(String),
    WrongFormat(String),
    Missing(&'static str),
    DuplicateId(String),
    EmptyArea(String),
    SourceNotInAreaText(String),
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
        }
    }
}

impl std::error::Error for PlanError {}

/// Checks what the app relies on: the format, non-empty ids and titles,
/// unique area and item ids, every area with items and responsible units,
/// and every item quoting its own area's text.
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
        for item in &area.items {
            require(&item.id, "item id")?;
            require(&item.title, "item title")?;
            require(&item.source, "item source")?;
            if !seen.insert(item.id.as_str()) {
                return Err(PlanError::DuplicateId(item.id.clone()));
            }
            if !area.text.contains(item.source.as_str()) {
                return Err(PlanError::SourceNotInAreaText(item.id.clone()));
            }
        }
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
