//! Every evaluation record a device holds, as it stores, exports and
//! merges them: submissions from communities, and the office's reviews,
//! 公示, objections and namings. Each list is sorted by id and holds an id
//! once, so two sets holding the same records are equal.

use serde::{Deserialize, Serialize};

use super::merge::{merge_records, Keyed};
use super::notice::{Naming, Objection, Publicity};
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
}

/// One evaluation record of any kind, as storage keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum EvaluationRecord {
    Submission(Submission),
    Review(Review),
    Publicity(Publicity),
    Objection(Objection),
    Naming(Naming),
}

impl EvaluationRecord {
    /// The key storage keeps it under: its kind and id, so no two kinds clash.
    pub fn storage_key(&self) -> String {
        match self {
            EvaluationRecord::Submission(r) => format!("submission/{}", r.id),
            EvaluationRecord::Review(r) => format!("review/{}", r.id),
            EvaluationRecord::Publicity(r) => format!("publicity/{}", r.id),
            EvaluationRecord::Objection(r) => format!("objection/{}", r.id),
            EvaluationRecord::Naming(r) => format!("naming/{}", r.id),
        }
    }
}

impl EvaluationRecords {
    pub fn is_empty(&self) -> bool {
        self == &EvaluationRecords::default()
    }

    /// The records of `list`, each merged in by the merge laws.
    pub fn from_list(list: Vec<EvaluationRecord>) -> EvaluationRecords {
        let mut records = EvaluationRecords::default();
        list.into_iter().for_each(|r| records.insert(r));
        records
    }

    /// Every record, one by one, as storage writes them.
    pub fn to_list(&self) -> Vec<EvaluationRecord> {
        let mut list: Vec<EvaluationRecord> = Vec::new();
        list.extend(
            self.submissions
                .iter()
                .cloned()
                .map(EvaluationRecord::Submission),
        );
        list.extend(self.reviews.iter().cloned().map(EvaluationRecord::Review));
        list.extend(
            self.publicities
                .iter()
                .cloned()
                .map(EvaluationRecord::Publicity),
        );
        list.extend(
            self.objections
                .iter()
                .cloned()
                .map(EvaluationRecord::Objection),
        );
        list.extend(self.namings.iter().cloned().map(EvaluationRecord::Naming));
        list
    }

    /// Adds one record by the merge laws.
    pub fn insert(&mut self, record: EvaluationRecord) {
        let mut one = EvaluationRecords::default();
        match record {
            EvaluationRecord::Submission(r) => one.submissions.push(r),
            EvaluationRecord::Review(r) => one.reviews.push(r),
            EvaluationRecord::Publicity(r) => one.publicities.push(r),
            EvaluationRecord::Objection(r) => one.objections.push(r),
            EvaluationRecord::Naming(r) => one.namings.push(r),
        }
        *self = self.merged_with(&one);
    }

    /// Every record of both, each id once (see [`merge_records`]).
    pub fn merged_with(&self, other: &EvaluationRecords) -> EvaluationRecords {
        EvaluationRecords {
            submissions: merge_records(&self.submissions, &other.submissions),
            reviews: merge_records(&self.reviews, &other.reviews),
            publicities: merge_records(&self.publicities, &other.publicities),
            objections: merge_records(&self.objections, &other.objections),
            namings: merge_records(&self.namings, &other.namings),
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
        }
    }

    /// Only the office's records (reviews, 公示, objections, namings).
    pub fn office_records(&self) -> EvaluationRecords {
        EvaluationRecords {
            submissions: Vec::new(),
            ..self.clone()
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
    let theirs: std::collections::BTreeMap<&T::Id, &T> =
        crate::sorting::map_of(theirs.iter().map(|r| (r.key(), r)));
    kept(mine, |record| theirs.get(record.key()) != Some(&record))
}

fn kept<T: Clone>(list: &[T], keep: impl Fn(&T) -> bool) -> Vec<T> {
    list.iter().filter(|r| keep(r)).cloned().collect()
}
