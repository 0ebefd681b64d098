//! The city office's own scoring rules, which replace the app's defaults:
//! item weights, veto items, the points per result and the pass line. They
//! are versioned, travel with the office's roster and as a small file the
//! phones import, and apply over the plan without changing it: results
//! recorded under one version stay importable under another, since the
//! plan's own version changes only when its text does.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::Plan;
use super::scoring::{SatisfactionLine, ScoreValues};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringRules {
    /// 1 for the office's first rules, counting up with each change.
    pub version: u32,
    pub set_on: NaiveDate,
    /// The share of the applicable weight a community must earn, in (0, 1].
    pub pass_share: f64,
    pub values: ScoreValues,
    /// Each item's weight, by item id; items not listed keep the plan
    /// file's.
    #[serde(default)]
    pub weights: BTreeMap<String, f64>,
    /// Items at 未达标 that stop a community meeting the requirements.
    #[serde(default)]
    pub veto: Vec<String>,
    /// The satisfaction line, when the office set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<SatisfactionLine>,
}

/// Why rules cannot be used with the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum RulesError {
    /// The pass line is not above 0% and at most 100%.
    PassLine,
    /// A value per result is not between 0 and 1.
    Values,
    /// An item's weight is not a positive number.
    Weight(String),
    /// Rules name an item the plan does not have.
    UnknownItem(String),
    /// Version 0 is the app's defaults.
    Version,
    /// The satisfaction line's rate is not above 0% and at most 100%, or
    /// its households not from 1 to 100,000.
    SatisfactionLine,
}

impl ScoringRules {
    /// The rules as the plan's own scoring stands (a starting point for
    /// the office's first version).
    pub fn from_plan(plan: &Plan, set_on: NaiveDate) -> ScoringRules {
        ScoringRules {
            version: plan.scoring.version,
            set_on,
            pass_share: plan.scoring.pass_share,
            values: plan.scoring.values,
            weights: plan
                .items()
                .map(|(_, item)| (item.id.to_string(), item.weight))
                .collect(),
            veto: plan
                .items()
                .filter(|(_, item)| item.veto)
                .map(|(_, item)| item.id.to_string())
                .collect(),
            satisfaction: plan.scoring.satisfaction,
        }
    }

    /// Checks the rules against the plan: numbers in range, items that exist.
    pub fn check(&self, plan: &Plan) -> Result<(), RulesError> {
        if self.version == 0 {
            return Err(RulesError::Version);
        }
        if !(self.pass_share > 0.0 && self.pass_share <= 1.0) {
            return Err(RulesError::PassLine);
        }
        let in_range = |v: f64| (0.0..=1.0).contains(&v);
        let values = self.values;
        if !(in_range(values.met) && in_range(values.partial) && in_range(values.not_met)) {
            return Err(RulesError::Values);
        }
        if let Some(line) = self.satisfaction {
            let households = 1..=super::scoring::MAX_SURVEY_HOUSEHOLDS;
            let share_ok = line.min_share > 0.0 && line.min_share <= 1.0;
            if !share_ok || !households.contains(&line.min_households) {
                return Err(RulesError::SatisfactionLine);
            }
        }
        let known = |id: &str| plan.items().any(|(_, item)| item.id.as_str() == id);
        for (id, weight) in &self.weights {
            if !known(id) {
                return Err(RulesError::UnknownItem(id.clone()));
            }
            if !(weight.is_finite() && *weight > 0.0) {
                return Err(RulesError::Weight(id.clone()));
            }
        }
        match self.veto.iter().find(|id| !known(id)) {
            Some(id) => Err(RulesError::UnknownItem(id.clone())),
            None => Ok(()),
        }
    }
}

impl Plan {
    /// The plan scored by the office's `rules` instead of the defaults.
    pub fn with_rules(&self, rules: &ScoringRules) -> Plan {
        let mut plan = self.clone();
        plan.scoring.defaults = false;
        plan.scoring.version = rules.version;
        plan.scoring.set_on = Some(rules.set_on);
        plan.scoring.pass_share = rules.pass_share;
        plan.scoring.values = rules.values;
        plan.scoring.satisfaction = rules.satisfaction;
        for area in &mut plan.areas {
            for item in &mut area.items {
                if let Some(weight) = rules.weights.get(item.id.as_str()) {
                    item.weight = *weight;
                }
                item.veto = rules.veto.iter().any(|id| id == item.id.as_str());
            }
        }
        plan
    }
}
