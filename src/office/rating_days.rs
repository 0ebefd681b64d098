//! The days on which a community's results changed, kept in its summary:
//! what the city's progress over time is counted from.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::assessment::Rating;
use crate::clock::beijing_day;
use crate::ids::{CommunityId, ItemId};
use crate::records::Records;
use crate::sorting;

/// A day (in Beijing) on which some of a community's results changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayOfRatings {
    pub day: NaiveDate,
    /// Each item whose result changed that day, with its result at the
    /// day's end (未评估 when it went back to none).
    pub ratings: Vec<(ItemId, Rating)>,
}

/// The days on which community `id`'s results changed (with the
/// communities merged into it), oldest first: its records replayed in the
/// order they were made, read at the end of each day.
pub fn rating_days(records: &Records, id: &CommunityId) -> Vec<DayOfRatings> {
    let members = records.members_of(id);
    let mut replay = Records::from_stored(
        members
            .iter()
            .filter_map(|member| records.communities.get(member))
            .cloned()
            .collect(),
        Vec::new(),
        Vec::new(),
        records.community_merges().values().cloned().collect(),
    );
    let changes = records.changes_of(id);
    let mut days = Vec::new();
    let mut before: HashMap<ItemId, Rating> = HashMap::new();
    for same_day in changes.chunk_by(|a, b| beijing_day(a.at) == beijing_day(b.at)) {
        replay.insert_changes(same_day.iter().map(|change| (*change).clone()));
        let after = replay.ratings(id);
        let ratings = differences(&before, &after);
        if !ratings.is_empty() {
            days.push(DayOfRatings {
                day: beijing_day(same_day[0].at),
                ratings,
            });
        }
        before = after;
    }
    days
}

/// The items whose result differs from `before` to `after`, by item id.
fn differences(
    before: &HashMap<ItemId, Rating>,
    after: &HashMap<ItemId, Rating>,
) -> Vec<(ItemId, Rating)> {
    let rating =
        |map: &HashMap<ItemId, Rating>, item: &ItemId| map.get(item).copied().unwrap_or_default();
    let items = sorting::set_of(before.keys().chain(after.keys()));
    items
        .into_iter()
        .filter(|item| rating(before, item) != rating(after, item))
        .map(|item| (item.clone(), rating(after, item)))
        .collect()
}
