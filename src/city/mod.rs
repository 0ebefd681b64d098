//! What the city office sets for the city level: the roster of the
//! communities in scope (在册社区名单), how it is typed, pasted or read from
//! a spreadsheet, and the definitions the city figures are counted by.
//! Pure: no browser.

mod definitions;
mod duplicates;
mod roster;
mod roster_import;
mod unit_plans;

pub use definitions::{
    plan_scored_by, CityDefinitions, CitySetup, Meeting, Narrative, TakingPart, MAX_NARRATIVE_CHARS,
};
pub use duplicates::{likely_duplicates, LikelyDuplicates, Why};
pub use roster::{roster_key, Roster, RosterEntry, RosterMatch};
pub use roster_import::{parse_name_list, parse_roster_csv, RosterColumn, RowError, RowProblem};
pub use unit_plans::{missing_unit_plans, UnitPlan, UnitPlans};
