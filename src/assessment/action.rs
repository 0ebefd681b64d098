//! Rectification actions (整改事项): what is to be done about an item, by
//! whom and by when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::too_long;
use super::AssessmentError;
use crate::ids::ActionId;

/// The longest action description, in characters.
pub const MAX_ACTION_DESCRIPTION_CHARS: usize = 500;
/// The longest free-text responsible party, in characters.
pub const MAX_RESPONSIBLE_CHARS: usize = 60;

/// An action as it currently stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: ActionId,
    pub description: String,
    pub responsible: Responsible,
    pub due: NaiveDate,
    pub done: bool,
}

/// An action's fields without its id: what an action change records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionState {
    pub description: String,
    pub responsible: Responsible,
    pub due: NaiveDate,
    pub done: bool,
}

/// Who is to act. Stored as `{"kind": "unit", "name": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Responsible {
    /// One of the 责任单位 the plan lists for the item's area.
    Unit(String),
    /// Anyone else, in free text (a building manager, a resident group).
    Other(String),
}

impl Responsible {
    /// Who answers for the action: "市住建局" or the free text.
    pub fn name(&self) -> &str {
        match self {
            Responsible::Unit(name) | Responsible::Other(name) => name,
        }
    }
}

impl Action {
    /// Still open and its due date has passed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.done && self.due < today
    }

    pub fn state(&self) -> ActionState {
        ActionState {
            description: self.description.clone(),
            responsible: self.responsible.clone(),
            due: self.due,
            done: self.done,
        }
    }
}

impl ActionState {
    pub fn with_id(self, id: ActionId) -> Action {
        Action {
            id,
            description: self.description,
            responsible: self.responsible,
            due: self.due,
            done: self.done,
        }
    }

    /// The state with its texts trimmed, or why it cannot be recorded.
    /// `responsible_units` are the 责任单位 of the item's area.
    pub fn validated(self, responsible_units: &[String]) -> Result<ActionState, AssessmentError> {
        Ok(ActionState {
            description: validate_description(&self.description)?,
            responsible: validate_responsible(&self.responsible, responsible_units)?,
            ..self
        })
    }
}

fn validate_description(raw: &str) -> Result<String, AssessmentError> {
    let description = raw.trim();
    if description.is_empty() {
        return Err(AssessmentError::ActionDescriptionRequired);
    }
    match too_long(description, MAX_ACTION_DESCRIPTION_CHARS) {
        Some(actual) => Err(AssessmentError::ActionDescriptionTooLong {
            max: MAX_ACTION_DESCRIPTION_CHARS,
            actual,
        }),
        None => Ok(description.to_string()),
    }
}

fn validate_responsible(
    responsible: &Responsible,
    responsible_units: &[String],
) -> Result<Responsible, AssessmentError> {
    match responsible {
        Responsible::Unit(unit) => {
            let unit = unit.trim();
            if responsible_units.iter().any(|u| u == unit) {
                Ok(Responsible::Unit(unit.to_string()))
            } else {
                Err(AssessmentError::UnknownResponsibleUnit(unit.to_string()))
            }
        }
        Responsible::Other(name) => {
            let name = name.trim();
            if name.is_empty() {
                return Err(AssessmentError::ResponsibleRequired);
            }
            match too_long(name, MAX_RESPONSIBLE_CHARS) {
                Some(actual) => Err(AssessmentError::ResponsibleTooLong {
                    max: MAX_RESPONSIBLE_CHARS,
                    actual,
                }),
                None => Ok(Responsible::Other(name.to_string())),
            }
        }
    }
}
