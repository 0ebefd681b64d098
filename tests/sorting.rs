//! The app's one sort and its maps and sets built without sorting.

use std::collections::{BTreeMap, BTreeSet};

use danzhou_green_community::sorting::{map_of, set_of, sort, sort_by, sort_by_key};

#[test]
fn sorts_stably_by_a_comparator_and_by_a_key() {
    let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
    sort_by_key(&mut pairs, |pair| pair.0);
    assert_eq!(
        pairs,
        vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]
    );
    sort_by(&mut pairs, |a, b| b.0.cmp(&a.0));
    assert_eq!(
        pairs,
        vec![(2, 'a'), (2, 'c'), (1, 'b'), (1, 'e'), (0, 'd')]
    );
    let mut words = vec!["pear".to_string(), "apple".into(), "fig".into()];
    sort(&mut words);
    assert_eq!(words, ["apple", "fig", "pear"]);
    let pairs = [(2, 'a'), (1, 'b'), (2, 'c')];
    assert_eq!(map_of(pairs), pairs.into_iter().collect::<BTreeMap<_, _>>());
    assert_eq!(
        set_of([3, 1, 3]),
        [1, 3].into_iter().collect::<BTreeSet<_>>()
    );
}
