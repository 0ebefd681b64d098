//! The evaluation's records merge as every record does: each once, by its
//! id, whatever the order files arrive in. Two different records under one
//! id (a file edited by hand) keep the same one in any order.

use std::collections::BTreeMap;

use serde::Serialize;

use super::notice::{Naming, Objection, Publicity};
use super::poll::PollAnswer;
use super::review::Review;
use super::submission::Submission;

/// A record known by its id.
pub trait Keyed {
    fn key(&self) -> &str;
}

/// Every record of `a` and `b`, each once, sorted by id; of two under one
/// id, the one whose JSON sorts first.
pub fn merge_records<T: Keyed + Serialize + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let all: Vec<&T> = a.iter().chain(b).collect();
    let keyed: Vec<(&str, String)> = all.iter().map(|r| (r.key(), json(*r))).collect();
    kept_per_key(&keyed)
        .into_iter()
        .map(|index| all[index].clone())
        .collect()
}

/// Of `(key, JSON)` pairs, the index of the one kept under each key (the
/// smallest JSON), in key order. Apart from [`merge_records`] so that the
/// bundle holds it once, not once per kind of record.
fn kept_per_key(keyed: &[(&str, String)]) -> Vec<usize> {
    let mut kept: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, (key, text)) in keyed.iter().enumerate() {
        match kept.get(key) {
            Some(&held) if keyed[held].1 <= *text => {}
            _ => {
                kept.insert(key, index);
            }
        }
    }
    kept.into_values().collect()
}

fn json<T: Serialize>(record: &T) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

macro_rules! keyed {
    ($($record:ty),*) => {
        $(impl Keyed for $record {
            fn key(&self) -> &str {
                self.id.as_str()
            }
        })*
    };
}

keyed!(Submission, Review, Publicity, Objection, Naming, PollAnswer);
