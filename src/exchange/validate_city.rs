//! The rules for the office's roster in a merged export: the rules the
//! office's own page applies (names, no community twice), ids and dates of
//! the right form.

use std::collections::HashSet;

use super::error::ValueProblem;
use super::value_checks::{check_date, check_id, check_length, check_time, invalid, Checked};
use crate::city::{roster_key, CitySetup, MAX_NARRATIVE_CHARS};
use crate::community::validate_name;
use crate::plan::Plan;

/// The longest 街道/镇 or document number, in characters.
const MAX_SHORT_TEXT_CHARS: usize = 100;
/// The longest note on a unit's plan.
const MAX_UNIT_NOTE_CHARS: usize = 2000;

pub(super) fn check_city(city: &CitySetup, plan: &Plan) -> Checked {
    if let Some(rules) = &city.scoring {
        rules
            .check(plan)
            .map_err(|_| invalid("city.scoring", ValueProblem::OutOfRange))?;
    }
    if let Some(at) = &city.updated_at {
        check_time(at, "city.updated_at")?;
    }
    let mut names = HashSet::new();
    for (i, entry) in city.roster.entries.iter().enumerate() {
        let at = |field: &str| format!("city.roster.entries[{i}].{field}");
        let no_others: [&str; 0] = [];
        validate_name(&entry.name, no_others)
            .map_err(|e| invalid(&at("name"), ValueProblem::BadName(e)))?;
        if !names.insert(roster_key(&entry.name)) {
            return Err(invalid(&at("name"), ValueProblem::Duplicate));
        }
        check_length(&entry.street, MAX_SHORT_TEXT_CHARS, &at("street"))?;
        if let Some(day) = &entry.joined_on {
            check_date(day, &at("joined_on"))?;
        }
        for (j, id) in entry.matched.iter().enumerate() {
            check_id(id, &at(&format!("matched[{j}]")))?;
        }
    }
    let mut years = HashSet::new();
    for (i, narrative) in city.narratives.iter().enumerate() {
        let at = |field: &str| format!("city.narratives[{i}].{field}");
        if !(1970..=9999).contains(&narrative.year) {
            return Err(invalid(&at("year"), ValueProblem::OutOfRange));
        }
        if !years.insert(narrative.year) {
            return Err(invalid(&at("year"), ValueProblem::Duplicate));
        }
        check_length(&narrative.progress, MAX_NARRATIVE_CHARS, &at("progress"))?;
        check_length(&narrative.problems, MAX_NARRATIVE_CHARS, &at("problems"))?;
        check_length(
            &narrative.next_steps,
            MAX_NARRATIVE_CHARS,
            &at("next_steps"),
        )?;
    }
    for (unit, plan) in &city.unit_plans {
        let at = |field: &str| format!("city.unit_plans.{unit}.{field}");
        check_length(unit, MAX_SHORT_TEXT_CHARS, "city.unit_plans")?;
        if let Some(day) = &plan.received_on {
            check_date(day, &at("received_on"))?;
        }
        check_length(
            &plan.document_number,
            MAX_SHORT_TEXT_CHARS,
            &at("document_number"),
        )?;
        check_length(&plan.note, MAX_UNIT_NOTE_CHARS, &at("note"))?;
    }
    Ok(())
}
