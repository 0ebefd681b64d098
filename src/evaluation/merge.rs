//! The evaluation's records merge as every record does: each once, by its
//! id, whatever the order files arrive in. Two different records under one
//! id (a file edited by hand) keep the same one in any order.

use std::collections::BTreeMap;

use serde::Serialize;

use super::notice::{Naming, Objection, Publicity};
use super::review::Review;
use super::submission::Submission;
use crate::ids::{NoticeId, ReviewId, SubmissionId};

/// A record known by its id.
pub trait Keyed {
    type Id: Ord + Clone;
    fn key(&self) -> &Self::Id;
}

/// Every record of `a` and `b`, each once, by id; of two under one id, the
/// one whose JSON sorts first.
pub fn merge_records<T: Keyed + Serialize + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut by_id: BTreeMap<T::Id, T> = BTreeMap::new();
    for record in a.iter().chain(b) {
        match by_id.get(record.key()) {
            Some(kept) if json(kept) <= json(record) => {}
            _ => {
                by_id.insert(record.key().clone(), record.clone());
            }
        }
    }
    by_id.into_values().collect()
}

fn json<T: Serialize>(record: &T) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

macro_rules! keyed {
    ($record:ty, $id:ty) => {
        impl Keyed for $record {
            type Id = $id;
            fn key(&self) -> &$id {
                &self.id
            }
        }
    };
}

keyed!(Submission, SubmissionId);
keyed!(Review, ReviewId);
keyed!(Publicity, NoticeId);
keyed!(Objection, NoticeId);
keyed!(Naming, NoticeId);
