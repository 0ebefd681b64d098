//! Every evaluation record a device holds, as it stores, exports and
//! merges them: submissions and the kiosk's poll answers from communities,
//! and the office's reviews, 公示, objections and namings. Each list is sorted by id and holds an id
//! once, so two sets holding the same records are equal.

use serde::{Deserialize, Serialize};

use super::merge::{merge_records, Keyed};
use super::notice::{Naming, Objection, Publicity};
use super::poll::PollAnswer;
use super::review::Review;
use super::submission::Submission;
use crate::ids::{CommunityId, DeviceId};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EvaluationRecords {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub submissions: Vec<Submission>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publicities: Vec<Publicity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<Objection>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub namings: Vec<Naming>,
    /// The kiosk's poll (a community's record, like a submission).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub poll_answers: Vec<PollAnswer>,
}

impl EvaluationRecords {
    pub fn is_empty(&self) -> bool {
        self == &EvaluationRecords::default()
    }

    /// The records of many sets (as storage keeps them, one record each),
    /// merged by the merge laws.
    pub fn from_sets(sets: Vec<EvaluationRecords>) -> EvaluationRecords {
        let mut all = EvaluationRecords::default();
        for set in sets {
            all.submissions.extend(set.submissions);
            all.reviews.extend(set.reviews);
            all.publicities.extend(set.publicities);
            all.objections.extend(set.objections);
            all.namings.extend(set.namings);
            all.poll_answers.extend(set.poll_answers);
        }
        all.merged_with(&EvaluationRecords::default())
    }

    /// Every record as a set of its own, under its storage key (its kind and
    /// id, so that no two kinds clash), as storage writes them.
    pub fn singles(&self) -> Vec<(String, EvaluationRecords)> {
        let none = EvaluationRecords::default;
        let mut sets: Vec<EvaluationRecords> = Vec::new();
        sets.extend(self.submissions.iter().map(|r| EvaluationRecords {
            submissions: vec![r.clone()],
            ..none()
        }));
        sets.extend(self.reviews.iter().map(|r| EvaluationRecords {
            reviews: vec![r.clone()],
            ..none()
        }));
        sets.extend(self.publicities.iter().map(|r| EvaluationRecords {
            publicities: vec![r.clone()],
            ..none()
        }));
        sets.extend(self.objections.iter().map(|r| EvaluationRecords {
            objections: vec![r.clone()],
            ..none()
        }));
        sets.extend(self.namings.iter().map(|r| EvaluationRecords {
            namings: vec![r.clone()],
            ..none()
        }));
        sets.extend(self.poll_answers.iter().map(|r| EvaluationRecords {
            poll_answers: vec![r.clone()],
            ..none()
        }));
        self.keys().into_iter().zip(sets).collect()
    }

    /// The communities that submitted for `year`, each once, by id.
    pub fn communities_submitted(&self, year: i32) -> Vec<CommunityId> {
        let mut ids: Vec<CommunityId> = self
            .submissions
            .iter()
            .filter(|s| s.year == year)
            .map(|s| s.community_id.clone())
            .collect();
        crate::sorting::sort(&mut ids);
        ids.dedup();
        ids
    }

    /// The storage key of every record (see [`EvaluationRecords::singles`]).
    pub fn keys(&self) -> Vec<String> {
        let ids = |kind: &str, ids: Vec<&str>| -> Vec<String> {
            ids.into_iter().map(|id| format!("{kind}/{id}")).collect()
        };
        let mut keys = ids(
            "submission",
            self.submissions.iter().map(|r| r.key()).collect(),
        );
        keys.extend(ids(
            "review",
            self.reviews.iter().map(|r| r.key()).collect(),
        ));
        keys.extend(ids(
            "publicity",
            self.publicities.iter().map(|r| r.key()).collect(),
        ));
        keys.extend(ids(
            "objection",
            self.objections.iter().map(|r| r.key()).collect(),
        ));
        keys.extend(ids(
            "naming",
            self.namings.iter().map(|r| r.key()).collect(),
        ));
        keys.extend(ids(
            "poll",
            self.poll_answers.iter().map(|r| r.key()).collect(),
        ));
        keys
    }

    /// How many records it holds.
    pub fn count(&self) -> usize {
        self.submissions.len()
            + self.reviews.len()
            + self.publicities.len()
            + self.objections.len()
            + self.namings.len()
            + self.poll_answers.len()
    }

    /// Every record of both, each id once (see [`merge_records`]).
    pub fn merged_with(&self, other: &EvaluationRecords) -> EvaluationRecords {
        EvaluationRecords {
            submissions: merge_records(&self.submissions, &other.submissions),
            reviews: merge_records(&self.reviews, &other.reviews),
            publicities: merge_records(&self.publicities, &other.publicities),
            objections: merge_records(&self.objections, &other.objections),
            namings: merge_records(&self.namings, &other.namings),
            poll_answers: merge_records(&self.poll_answers, &other.poll_answers),
        }
    }

    /// The records of `self` that `other` lacks or holds differently.
    pub fn difference(&self, other: &EvaluationRecords) -> EvaluationRecords {
        EvaluationRecords {
            submissions: only_in(&self.submissions, &other.submissions),
            reviews: only_in(&self.reviews, &other.reviews),
            publicities: only_in(&self.publicities, &other.publicities),
            objections: only_in(&self.objections, &other.objections),
            namings: only_in(&self.namings, &other.namings),
            poll_answers: only_in(&self.poll_answers, &other.poll_answers),
        }
    }

    /// The records that concern `communities`: their submissions and
    /// reviews, and the 公示, objections and namings that name any of them.
    pub fn of_communities(&self, communities: &[CommunityId]) -> EvaluationRecords {
        let named = |id: &CommunityId| communities.contains(id);
        EvaluationRecords {
            submissions: kept(&self.submissions, |s| named(&s.community_id)),
            reviews: kept(&self.reviews, |r| named(&r.community_id)),
            publicities: kept(&self.publicities, |p| p.communities.iter().any(named)),
            objections: kept(&self.objections, |o| named(&o.community_id)),
            namings: kept(&self.namings, |n| n.communities.iter().any(named)),
            poll_answers: kept(&self.poll_answers, |a| named(&a.community_id)),
        }
    }

    /// Only the office's records (reviews, 公示, objections, namings).
    pub fn office_records(&self) -> EvaluationRecords {
        EvaluationRecords {
            submissions: Vec::new(),
            poll_answers: Vec::new(),
            ..self.clone()
        }
    }

    /// Only the communities' own records (submissions, poll answers).
    pub fn community_records(&self) -> EvaluationRecords {
        EvaluationRecords {
            submissions: self.submissions.clone(),
            poll_answers: self.poll_answers.clone(),
            ..EvaluationRecords::default()
        }
    }

    /// The devices that made the office's records, each once.
    pub fn office_record_devices(&self) -> Vec<DeviceId> {
        let mut devices: Vec<DeviceId> = self
            .reviews
            .iter()
            .map(|r| r.device_id.clone())
            .chain(self.publicities.iter().map(|p| p.device_id.clone()))
            .chain(self.objections.iter().map(|o| o.device_id.clone()))
            .chain(self.namings.iter().map(|n| n.device_id.clone()))
            .collect();
        crate::sorting::sort(&mut devices);
        devices.dedup();
        devices
    }
}

fn only_in<T: Keyed + PartialEq + Clone>(mine: &[T], theirs: &[T]) -> Vec<T> {
    let theirs: std::collections::BTreeMap<&str, &T> =
        crate::sorting::map_of(theirs.iter().map(|r| (r.key(), r)));
    kept(mine, |record| theirs.get(record.key()) != Some(&record))
}

fn kept<T: Clone>(list: &[T], keep: impl Fn(&T) -> bool) -> Vec<T> {
    list.iter().filter(|r| keep(r)).cloned().collect()
}
