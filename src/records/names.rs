//! The communities by name, so that "is there another community of this
//! name?" costs a lookup and not a look at every community (an office
//! importing thousands of files asks it once per file).

use std::collections::{BTreeSet, HashMap};

use crate::community::name_key;
use crate::ids::CommunityId;

#[derive(Clone, Debug, Default)]
pub(super) struct NameIndex {
    by_key: HashMap<String, BTreeSet<CommunityId>>,
}

impl NameIndex {
    pub fn add(&mut self, name: &str, id: &CommunityId) {
        self.by_key
            .entry(name_key(name))
            .or_default()
            .insert(id.clone());
    }

    pub fn remove(&mut self, name: &str, id: &CommunityId) {
        let key = name_key(name);
        if let Some(ids) = self.by_key.get_mut(&key) {
            ids.remove(id);
            if ids.is_empty() {
                self.by_key.remove(&key);
            }
        }
    }

    pub fn ids_named(&self, name: &str) -> impl Iterator<Item = &CommunityId> {
        self.by_key.get(&name_key(name)).into_iter().flatten()
    }
}
