//! The office's roster and definitions: each change is stored first, then
//! shown; a failed save shows why and changes nothing.

use super::saving::finish;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::state::{AppState, SaveStatus};
use crate::city::{CityDefinitions, CitySetup, RosterEntry, UnitPlan, MAX_NARRATIVE_CHARS};
use crate::ids::CommunityId;
use crate::plan::ScoringRules;
use crate::web::now;

/// Stores the city setup as `change` leaves it, then shows it.
fn update_city(state: AppState, change: impl FnOnce(&mut CitySetup)) {
    let mut city = state.city.get_untracked();
    change(&mut city);
    city.updated_at = Some(now());
    store_city(state, city);
}

fn store_city(state: AppState, city: CitySetup) {
    state.save_status.set(SaveStatus::Saving);
    spawn_local(async move {
        let result = state.storage.get_value().save_city(&city).await;
        if finish(state, result).await {
            show_city(state, city);
        }
    });
}

/// Shows a stored city setup: the plan follows its scoring rules.
pub fn show_city(state: AppState, city: CitySetup) {
    state.city.set(city);
}

/// Sets the office's new scoring rules (the next version).
pub fn set_scoring_rules(state: AppState, rules: ScoringRules) {
    update_city(state, move |city| city.scoring = Some(rules));
}

/// Takes rules from the office's scoring file when they are newer than
/// those in force; `false` when they are not (nothing changes). The setup's
/// own time is kept, so the office's next merged file is still taken.
pub fn take_scoring_rules(state: AppState, rules: ScoringRules) -> bool {
    let mut city = state.city.get_untracked();
    if city
        .scoring
        .as_ref()
        .is_some_and(|r| r.version >= rules.version)
    {
        return false;
    }
    city.scoring = Some(rules);
    store_city(state, city);
    true
}

/// How many entries a list added, and how many it updated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RosterAdded {
    pub added: usize,
    pub updated: usize,
}

/// Adds checked entries to the roster. An entry whose name is already on
/// it updates that entry when `overwrite` (a CSV file says everything
/// about a community) and is left alone otherwise (a pasted list of
/// names says only that they exist).
pub fn add_to_roster(state: AppState, entries: Vec<RosterEntry>, overwrite: bool) -> RosterAdded {
    let mut counts = RosterAdded::default();
    let roster = state.city.with_untracked(|c| c.roster.clone());
    for entry in &entries {
        match roster.position_of(&entry.name) {
            Some(_) if overwrite => counts.updated += 1,
            Some(_) => {}
            None => counts.added += 1,
        }
    }
    update_city(state, move |city| {
        for entry in entries {
            match city.roster.position_of(&entry.name) {
                Some(at) if overwrite => {
                    let matched = std::mem::take(&mut city.roster.entries[at].matched);
                    city.roster.entries[at] = RosterEntry { matched, ..entry };
                }
                Some(_) => {}
                None => city.roster.entries.push(entry),
            }
        }
    });
    counts
}

/// Changes one entry (in scope, joined, demonstration, street).
pub fn edit_roster_entry(state: AppState, name: &str, change: impl FnOnce(&mut RosterEntry)) {
    let name = name.to_string();
    update_city(state, move |city| {
        if let Some(at) = city.roster.position_of(&name) {
            change(&mut city.roster.entries[at]);
        }
    });
}

pub fn remove_roster_entry(state: AppState, name: &str) {
    let name = name.to_string();
    update_city(state, move |city| {
        if let Some(at) = city.roster.position_of(&name) {
            city.roster.entries.remove(at);
        }
    });
}

/// Counts an imported community as the roster entry named `entry` (its
/// name differs from the roster's).
pub fn match_to_roster(state: AppState, community_id: CommunityId, entry: &str) {
    let entry = entry.to_string();
    update_city(state, move |city| {
        for listed in city.roster.entries.iter_mut() {
            listed.matched.retain(|id| *id != community_id);
        }
        if let Some(at) = city.roster.position_of(&entry) {
            city.roster.entries[at].matched.push(community_id);
        }
    });
}

/// Records what the office knows of one unit's implementation plan.
pub fn edit_unit_plan(state: AppState, unit: String, change: impl FnOnce(&mut UnitPlan)) {
    update_city(state, move |city| {
        change(city.unit_plans.entry(unit).or_default())
    });
}

/// One section of a year's narrative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NarrativeSection {
    Progress,
    Problems,
    NextSteps,
}

/// Stores one section of a year's narrative; text over
/// [`MAX_NARRATIVE_CHARS`] is refused (its length returned) and nothing
/// changes.
pub fn set_narrative(
    state: AppState,
    year: i32,
    section: NarrativeSection,
    text: String,
) -> Result<(), usize> {
    let length = text.chars().count();
    if length > MAX_NARRATIVE_CHARS {
        return Err(length);
    }
    update_city(state, move |city| {
        let narrative = city.narrative_mut(year);
        *match section {
            NarrativeSection::Progress => &mut narrative.progress,
            NarrativeSection::Problems => &mut narrative.problems,
            NarrativeSection::NextSteps => &mut narrative.next_steps,
        } = text;
    });
    Ok(())
}

pub fn set_definitions(state: AppState, definitions: CityDefinitions) {
    update_city(state, move |city| city.definitions = definitions);
}
