//! The app's one sort. The standard library compiles a copy of its sort
//! (a few KB of wasm) for every element type and comparator it is called
//! with; sorting positions through a comparator passed as `&dyn Fn` builds
//! it once for the whole bundle, and each call site adds only the small
//! step that puts its elements in the order found. Both sorts are stable.
//!
//! `collect()` into a `BTreeMap` or `BTreeSet` sorts too (it sorts the
//! items, then builds the tree), with a copy of the sort per item type:
//! [`map_of`] and [`set_of`] build them by inserting instead. Measured:
//! collecting where they are used adds 11 KB to the phone bundle (gzip);
//! `tests/sorting.rs` fails on a collected ordered map or set.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, keeping equal elements in their order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots[position].take()),
    );
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The map of `pairs`; of pairs with the same key, the last is kept (as
/// `collect()` does).
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

/// The set of `items`.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The positions `0..len` in the order `compare` puts them.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|a, b| compare(*a, *b));
    positions
}
