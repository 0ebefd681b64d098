//! The kiosk's satisfaction poll (展示屏上的居民评价): a resident taps 满意,
//! 基本满意 or 不满意 on the community center's touch screen. One screen
//! cannot tell people apart, so it keeps at most one answer per
//! [`POLL_INTERVAL_SECONDS`], counts them per day, and is never called a
//! survey nor added to the survey's rate.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CommunityId, DeviceId, PollAnswerId};

/// A screen keeps at most one answer in this many seconds: long enough
/// that one person tapping again and again counts a few times an hour at
/// most, short enough that a queue of residents each gets counted.
pub const POLL_INTERVAL_SECONDS: i64 = 20;

/// What a resident answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollChoice {
    Satisfied,
    FairlySatisfied,
    Dissatisfied,
}

impl PollChoice {
    pub const ALL: [PollChoice; 3] = [
        PollChoice::Satisfied,
        PollChoice::FairlySatisfied,
        PollChoice::Dissatisfied,
    ];
}

/// One answer, anonymous: the kiosk's device, its community, the time and
/// the choice; nothing typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollAnswer {
    pub id: PollAnswerId,
    pub community_id: CommunityId,
    pub device_id: DeviceId,
    pub at: DateTime<Utc>,
    pub choice: PollChoice,
}

/// Whether the screen `device_id` may keep an answer for `community_id`
/// at `now`: its last one there is at least the interval old.
pub fn may_answer<'a>(
    answers: impl IntoIterator<Item = &'a PollAnswer>,
    community_id: &CommunityId,
    device_id: &DeviceId,
    now: DateTime<Utc>,
) -> bool {
    let interval = Duration::seconds(POLL_INTERVAL_SECONDS);
    answers
        .into_iter()
        .filter(|a| &a.community_id == community_id && &a.device_id == device_id)
        .all(|a| now - a.at >= interval || a.at > now)
}

/// A community's answers added up, and per day (Beijing time).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PollTally {
    pub satisfied: usize,
    pub fairly_satisfied: usize,
    pub dissatisfied: usize,
    /// Answers per day.
    pub days: BTreeMap<NaiveDate, usize>,
}

impl PollTally {
    /// The answers for any of `communities` (a community and those merged
    /// into it) in `year`.
    pub fn of(answers: &[PollAnswer], communities: &[CommunityId], year: i32) -> PollTally {
        let mut tally = PollTally::default();
        for answer in answers
            .iter()
            .filter(|a| communities.contains(&a.community_id))
        {
            tally.count_in(answer, year);
        }
        tally
    }

    /// Every community's tally of `year`, going through the answers once.
    pub fn by_community(answers: &[PollAnswer], year: i32) -> BTreeMap<&CommunityId, PollTally> {
        let mut tallies: BTreeMap<&CommunityId, PollTally> = BTreeMap::new();
        for answer in answers {
            tallies
                .entry(&answer.community_id)
                .or_default()
                .count_in(answer, year);
        }
        tallies
    }

    /// Both tallies together (a community and one merged into it).
    pub fn add(&mut self, other: &PollTally) {
        self.satisfied += other.satisfied;
        self.fairly_satisfied += other.fairly_satisfied;
        self.dissatisfied += other.dissatisfied;
        for (day, n) in &other.days {
            *self.days.entry(*day).or_default() += n;
        }
    }

    fn count_in(&mut self, answer: &PollAnswer, year: i32) {
        let day = crate::clock::beijing_day(answer.at);
        if chrono::Datelike::year(&day) != year {
            return;
        }
        *self.days.entry(day).or_default() += 1;
        match answer.choice {
            PollChoice::Satisfied => self.satisfied += 1,
            PollChoice::FairlySatisfied => self.fairly_satisfied += 1,
            PollChoice::Dissatisfied => self.dissatisfied += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.satisfied + self.fairly_satisfied + self.dissatisfied
    }

    pub fn count(&self, choice: PollChoice) -> usize {
        match choice {
            PollChoice::Satisfied => self.satisfied,
            PollChoice::FairlySatisfied => self.fairly_satisfied,
            PollChoice::Dissatisfied => self.dissatisfied,
        }
    }
}
