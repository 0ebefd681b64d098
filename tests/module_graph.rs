//! The code's layout keeps its arrows pointing one way: views → app →
//! domain (and the browser glue below the app), with no circle between the
//! domain's modules or between the views' rooms. Read from the source: every
//! `crate::module` a file names is an arrow from the file's module to it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The pure domain: compiled and tested natively, no browser.
const DOMAIN: &[&str] = &[
    "assessment",
    "city",
    "community",
    "exchange",
    "figures",
    "hashing",
    "i18n",
    "ids",
    "in_app_browser",
    "kiosk",
    "office",
    "plan",
    "records",
    "report",
    "routing",
    "sorting",
    "workspace",
];

/// What each browser-side layer may name besides the domain.
const BROWSER_LAYERS: &[(&str, &[&str])] = &[
    ("storage", &[]),
    ("web", &[]),
    ("app", &["storage", "web"]),
    ("views", &["app", "storage", "web"]),
];

/// Rooms of `views/` that every page may use but that use no page.
const SHARED_VIEW_ROOMS: &[&str] = &["widgets", "shell"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// For each source file under `src/`: its path segments below `src/`
/// (without `.rs`/`mod.rs`) and its text without comments.
fn sources() -> Vec<(Vec<String>, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(&root).unwrap().with_extension("");
            let mut segments: Vec<String> = relative
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if segments.last().is_some_and(|s| s == "mod") {
                segments.pop();
            }
            let text = fs::read_to_string(&path).unwrap();
            let code: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (segments, code)
        })
        .collect()
}

/// The paths a text names after `crate::`, e.g. `["views", "widgets"]`.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    code.match_indices("crate::")
        .map(|(at, _)| {
            let mut path = Vec::new();
            for part in code[at + "crate::".len()..].split("::") {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let whole = name.len() == part.len();
                if !name.is_empty() {
                    path.push(name);
                }
                if !whole || path.is_empty() {
                    break;
                }
            }
            path
        })
        .collect()
}

/// Arrows between modules at `depth` below `under` (e.g. the rooms of
/// `views`), each named once.
fn arrows(under: &[&str], depth: usize) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (segments, code) in sources() {
        let inside = segments.len() > under.len() + depth - 1
            && segments.iter().zip(under).all(|(a, b)| a == b);
        if !inside {
            continue;
        }
        let from = segments[under.len() + depth - 1].clone();
        graph.entry(from.clone()).or_default();
        for path in crate_paths(&code) {
            let names_under =
                path.len() > under.len() + depth - 1 && path.iter().zip(under).all(|(a, b)| a == b);
            if names_under {
                let to = path[under.len() + depth - 1].clone();
                if to != from {
                    graph.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    graph
}

/// A circle in the graph, if there is one.
fn find_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_domain_names_nothing_of_the_browser() {
    let graph = arrows(&[], 1);
    for module in DOMAIN {
        let named = graph.get(*module).cloned().unwrap_or_default();
        let upward: Vec<&String> = named
            .iter()
            .filter(|m| !DOMAIN.contains(&m.as_str()))
            .collect();
        assert!(upward.is_empty(), "{module} names {upward:?}");
    }
}

#[test]
fn browser_layers_point_down_only() {
    let graph = arrows(&[], 1);
    for (layer, may_name) in BROWSER_LAYERS {
        for named in graph.get(*layer).into_iter().flatten() {
            assert!(
                DOMAIN.contains(&named.as_str()) || may_name.contains(&named.as_str()),
                "{layer} names {named}"
            );
        }
    }
}

#[test]
fn no_circle_between_top_level_modules() {
    let graph = arrows(&[], 1);
    assert!(graph.len() > 10, "modules read: {:?}", graph.keys());
    assert_eq!(find_circle(&graph), None);
}

#[test]
fn no_circle_between_the_views_rooms_and_shared_rooms_use_no_page() {
    let graph = arrows(&["views"], 1);
    assert!(graph.contains_key("assessment") && graph.contains_key("widgets"));
    assert_eq!(find_circle(&graph), None);
    for room in SHARED_VIEW_ROOMS {
        let named = graph.get(*room).cloned().unwrap_or_default();
        let pages: Vec<&String> = named
            .iter()
            .filter(|r| !SHARED_VIEW_ROOMS.contains(&r.as_str()))
            .collect();
        assert!(pages.is_empty(), "views/{room} names {pages:?}");
    }
}

#[test]
fn no_circle_inside_the_app_layer() {
    let graph = arrows(&["app"], 1);
    assert_eq!(find_circle(&graph), None);
}

#[test]
fn the_checker_sees_a_circle_when_there_is_one() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_circle(&graph), None);
    graph.entry("c".into()).or_default().insert("a".into());
    assert!(find_circle(&graph).is_some());
    let paths = crate_paths("use crate::views::widgets::x; crate::app::state");
    assert_eq!(paths[0], ["views", "widgets", "x"]);
    assert_eq!(paths[1], ["app", "state"]);
}

#[test]
fn views_hold_only_views() {
    // Every file of views/ defines a component (or is a room's index).
    for (segments, code) in sources() {
        if segments.first().map(String::as_str) != Some("views") || segments.len() < 3 {
            continue;
        }
        if segments[1] == "bundles" {
            continue;
        }
        assert!(
            code.contains("#[component]"),
            "src/{}.rs is in views/ but defines no component",
            segments.join("/")
        );
    }
}

#[test]
fn every_import_names_its_module() {
    // `use crate::{a, b}` would hide arrows from the checks above.
    for (segments, code) in sources() {
        assert!(
            !code.contains("crate::{"),
            "src/{}.rs groups crate imports",
            segments.join("/")
        );
    }
}
