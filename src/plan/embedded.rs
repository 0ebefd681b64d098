//! The Danzhou plan built into the app, as code that `build.rs` writes from
//! `public/plans/danzhou-2020.json`. It is not validated here: the test
//! suite validates that file and checks that this plan equals it
//! (`tests/plan_parsing.rs`), so the bundles carry no code for either.

use super::{
    Area, Deadline, DisplayMessage, Goal, GroupMember, Guidance, Item, LeadingGroup, Office,
    Organisation, Person, Plan, PolicyDocument, Safeguard, ScoreValues, Scoring, Step,
};
use crate::ids::ItemId;

/// One call per string keeps the built plan's code small.
#[inline(never)]
fn s(text: &'static str) -> String {
    text.to_owned()
}

pub fn embedded() -> Plan {
    include!(concat!(env!("OUT_DIR"), "/embedded_plan.rs"))
}
