//! Each responsible unit's own implementation plan (实施方案), which the
//! plan asks every unit to send to the city urban management bureau by its
//! deadline: whether the office has received it, when, its document number
//! and a note.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::plan::Plan;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitPlan {
    pub received: bool,
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    /// 文号; empty when not known.
    #[serde(default)]
    pub document_number: String,
    #[serde(default)]
    pub note: String,
}

/// By unit, under the name the app uses for it.
pub type UnitPlans = BTreeMap<String, UnitPlan>;

/// The units whose plan has not been received, in the plan's order.
pub fn missing_unit_plans<'a>(plan: &'a Plan, received: &UnitPlans) -> Vec<&'a str> {
    plan.responsible_units()
        .into_iter()
        .filter(|unit| !received.get(*unit).is_some_and(|p| p.received))
        .collect()
}
