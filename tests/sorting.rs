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

/// The rule of `src/sorting.rs`: ordered maps and sets are built with
/// `map_of` and `set_of`, never by `collect()`, which compiles a copy of
/// the standard library's sort per item type (measured: collecting in the
/// 16 places that use them would add 11 KB to the phone bundle, gzip).
/// Read from the source: a `collect()` ending a `let` typed as a `BTreeMap`
/// or `BTreeSet`, a `collect::<BTree…>`, or one ending a function that
/// returns one.
#[test]
fn ordered_maps_and_sets_are_not_collected() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for path in rust_files(&root) {
        let code = std::fs::read_to_string(&path).unwrap();
        for (at, _) in code.match_indices(".collect()") {
            if collects_an_ordered_collection(&code[..at]) {
                let line = code[..at].lines().count();
                offenders.push(format!(
                    "{}:{line}",
                    path.strip_prefix(&root).unwrap().display()
                ));
            }
        }
        if code.contains("collect::<BTree") {
            offenders.push(format!("{} (collect::<BTree…>)", path.display()));
        }
    }
    assert!(
        offenders.is_empty(),
        "use sorting::map_of / set_of: {offenders:?}"
    );
}

/// Whether the statement before a `.collect()` (back to the last `;`, `{`
/// or `}` that is not inside its parentheses) types its value as an
/// ordered map or set, or is the tail of a function returning one.
fn collects_an_ordered_collection(before: &str) -> bool {
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in before.char_indices().rev() {
        match c {
            ')' | ']' => depth += 1,
            '(' | '[' => depth -= 1,
            ';' | '{' | '}' if depth <= 0 => {
                start = i + 1;
                break;
            }
            _ => {}
        }
    }
    let statement = &before[start..];
    let typed_let = statement.trim_start().starts_with("let ")
        && statement
            .split('=')
            .next()
            .is_some_and(|head| head.contains("BTree"));
    let tail_of_fn = before[..start].trim_end().ends_with('{')
        && before[..start.saturating_sub(1)]
            .rsplit("fn ")
            .next()
            .is_some_and(|signature| {
                let returns = signature
                    .rsplit("->")
                    .next()
                    .unwrap_or_default()
                    .trim_start();
                signature.contains("->")
                    && (returns.starts_with("BTreeMap") || returns.starts_with("BTreeSet"))
                    && !signature.contains('{')
            });
    typed_let || tail_of_fn
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_rule_finds_a_collected_map() {
    assert!(collects_an_ordered_collection(
        "fn a() {\n    let m: BTreeMap<u8, u8> = xs.iter()"
    ));
    assert!(collects_an_ordered_collection(
        "fn a() -> BTreeSet<u8> {\n    xs.iter().map(|x| f(x))"
    ));
    assert!(!collects_an_ordered_collection(
        "fn a() {\n    let v: Vec<u8> = xs.iter()"
    ));
    assert!(!collects_an_ordered_collection(
        "fn a() -> Vec<u8> {\n    xs.iter()"
    ));
    let generic = "fn kept<V>(keep: impl Fn(&V) -> bool) -> BTreeMap<u8, V> {\n    map.iter()";
    assert!(collects_an_ordered_collection(generic));
}
