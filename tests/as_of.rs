//! A report on a past date counts the records as they stood then, and the
//! roster as it stood then.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::city::{CitySetup, RosterEntry};
use danzhou_green_community::office::office_summary;
use danzhou_green_community::records::Records;
use exchange_support::*;

#[test]
fn the_records_as_they_stood_at_a_moment() {
    let dataset = imported(&Records::default(), &phone_export(true));
    let latest = dataset.changes().values().map(|c| c.at).max().unwrap();
    assert_eq!(dataset.as_of(latest).changes(), dataset.changes());
    let earliest = dataset.changes().values().map(|c| c.at).min().unwrap();
    let then = dataset.as_of(earliest);
    assert!(then.changes().values().all(|c| c.at <= earliest));
    assert!(then.changes().len() < dataset.changes().len());
    let created = dataset
        .communities
        .values()
        .map(|c| c.created_at)
        .min()
        .unwrap();
    let before = dataset.as_of(created - chrono::Duration::seconds(1));
    assert!(before.communities.is_empty() && before.changes().is_empty());
    // What is derived follows the records kept.
    let community = dataset.communities.keys().next().unwrap();
    let today = day(2026, 12, 1);
    let summary = office_summary(&then, &plan(), &CitySetup::default(), today);
    let full = office_summary(&dataset, &plan(), &CitySetup::default(), today);
    assert!(summary.rows[0].progress.assessed <= full.rows[0].progress.assessed);
    assert!(then.item_states(community).len() <= dataset.item_states(community).len());
}

#[test]
fn the_roster_as_it_stood_on_a_day() {
    let mut city = CitySetup::default();
    let mut early = RosterEntry::named("东风社区");
    early.joined_on = Some(day(2021, 3, 1));
    let mut late = RosterEntry::named("兰洋社区");
    late.joined_on = Some(day(2022, 9, 1));
    city.roster.entries = vec![early, late];
    let then = city.as_of(day(2021, 10, 30));
    assert_eq!(then.roster.entries[0].joined_on, Some(day(2021, 3, 1)));
    assert_eq!(then.roster.entries[1].joined_on, None, "had not joined yet");
    assert_eq!(city.as_of(day(2022, 10, 30)), city);
}
