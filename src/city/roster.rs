//! The office's roster (在册社区名单): the communities of the Nada built-up
//! area (那大建成区) the creation action is judged on, whether each is in
//! scope, when it joined, and whether it is a demonstration community
//! (示范社区). The city's figures count roster entries, not whatever
//! communities happen to have been imported; an imported community counts
//! through the entry it is matched to.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::community::{name_key, Community};
use crate::ids::CommunityId;
use crate::sorting;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roster {
    /// In the order the office entered them.
    pub entries: Vec<RosterEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterEntry {
    pub name: String,
    /// 街道/镇; empty when not known.
    #[serde(default)]
    pub street: String,
    /// Whether the creation action is judged on it.
    pub in_scope: bool,
    /// When it joined the creation action (参与创建); `None` while it has not.
    #[serde(default)]
    pub joined_on: Option<NaiveDate>,
    #[serde(default)]
    pub demonstration: bool,
    /// Imported communities the office matched to this entry by hand
    /// (their names differ from the roster's).
    #[serde(default)]
    pub matched: Vec<CommunityId>,
}

impl RosterEntry {
    /// A new entry in scope that has not joined.
    pub fn named(name: &str) -> RosterEntry {
        RosterEntry {
            name: name.to_string(),
            street: String::new(),
            in_scope: true,
            joined_on: None,
            demonstration: false,
            matched: Vec::new(),
        }
    }
}

/// Which roster entry each imported community is, and which are on no
/// entry (for the office to match or add).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterMatch {
    /// Community id → index of its entry.
    pub entry_of: BTreeMap<CommunityId, usize>,
    /// By name, then id.
    pub unmatched: Vec<CommunityId>,
}

impl Roster {
    /// The entry with this name (as [`roster_key`] compares names).
    pub fn position_of(&self, name: &str) -> Option<usize> {
        let key = roster_key(name);
        self.entries.iter().position(|e| roster_key(&e.name) == key)
    }

    /// Matches communities to entries: one the office matched by hand goes
    /// to that entry, any other to the entry of the same name.
    pub fn match_communities<'a>(
        &self,
        communities: impl IntoIterator<Item = &'a Community>,
    ) -> RosterMatch {
        let by_hand: BTreeMap<&CommunityId, usize> = crate::sorting::map_of(
            self.entries
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.matched.iter().map(move |id| (id, i))),
        );
        let by_key: BTreeMap<String, usize> = crate::sorting::map_of(
            self.entries
                .iter()
                .enumerate()
                .map(|(i, e)| (roster_key(&e.name), i)),
        );
        let mut result = RosterMatch::default();
        let mut unmatched: Vec<&Community> = Vec::new();
        for community in communities {
            let entry = by_hand
                .get(&community.id)
                .copied()
                .or_else(|| by_key.get(&roster_key(&community.name)).copied());
            match entry {
                Some(i) => {
                    result.entry_of.insert(community.id.clone(), i);
                }
                None => unmatched.push(community),
            }
        }
        sorting::sort_by(&mut unmatched, |a, b| {
            (&a.name, &a.id).cmp(&(&b.name, &b.id))
        });
        result.unmatched = unmatched.into_iter().map(|c| c.id.clone()).collect();
        result
    }
}

/// What two spellings of one community's name have in common: trimmed,
/// inner spaces collapsed, case ignored, and full-width letters, digits and
/// spaces read as their half-width forms (Chinese input methods type both).
pub fn roster_key(name: &str) -> String {
    let half_width: String = name.chars().map(half_width).collect();
    name_key(&half_width)
}

fn half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}
