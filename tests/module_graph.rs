//! The code's layout keeps its arrows pointing one way: views → app →
//! domain (and the browser glue below the app), with no circle between the
//! modules of any folder. Read from the source: every `crate::`, `super::`
//! or `self::` path a file names is an arrow from the file's module to it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The pure domain: compiled and tested natively, no browser.
const DOMAIN: &[&str] = &[
    "assessment",
    "city",
    "clock",
    "community",
    "evaluation",
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
    "signing",
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

/// The module paths a file of module `module` names, from the crate's
/// root: `crate::a::b`, `super::a` and `self::a`, with `{…}` groups
/// opened, e.g. `["views", "widgets", "x"]`.
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for (at, _) in code.match_indices("::") {
        let head_start = code[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let starts_path = !code[..head_start].ends_with("::");
        let root = match &code[head_start..at] {
            "crate" if starts_path => Vec::new(),
            "self" if starts_path => module.to_vec(),
            "super" if starts_path => module[..module.len().saturating_sub(1)].to_vec(),
            _ => continue,
        };
        for tail in path_tails(&code[at + 2..]) {
            let mut path = root.clone();
            let mut parts = tail.into_iter().peekable();
            // `super::super::x` climbs again.
            while parts.peek().is_some_and(|p| p == "super") {
                parts.next();
                path.pop();
            }
            path.extend(parts);
            paths.push(path);
        }
    }
    paths
}

/// The module paths written after a `prefix::`: one path, or one per item
/// of a `{…}` group (groups inside groups opened too).
fn path_tails(text: &str) -> Vec<Vec<String>> {
    if let Some(group) = text.strip_prefix('{') {
        return group_items(group)
            .into_iter()
            .flat_map(|item| path_tails(item.trim()))
            .filter(|path| !path.is_empty())
            .collect();
    }
    let mut path = Vec::new();
    let mut rest = text;
    loop {
        let name = identifier(rest);
        if name.is_empty() {
            break;
        }
        rest = &rest[name.len()..];
        path.push(name);
        match rest.strip_prefix("::") {
            Some(after) if after.starts_with('{') => {
                return path_tails(after)
                    .into_iter()
                    .map(|tail| path.iter().cloned().chain(tail).collect())
                    .collect();
            }
            Some(after) => rest = after,
            None => break,
        }
    }
    vec![path]
}

/// The items of a `{…}` group whose text (after the `{`) is `group`.
fn group_items(group: &str) -> Vec<&str> {
    let (mut depth, mut start, mut items) = (0, 0, Vec::new());
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Arrows between the modules directly under folder `under` (e.g. the
/// rooms of `views`, or the files of `app/commands`), each named once.
fn arrows(under: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let inside =
        |path: &[String]| path.len() > under.len() && path.iter().zip(under).all(|(a, b)| a == b);
    for (segments, code) in sources() {
        if !inside(&segments) {
            continue;
        }
        let from = segments[under.len()].clone();
        let named = graph.entry(from.clone()).or_default();
        for path in named_paths(&segments, &code) {
            if inside(&path) && path[under.len()] != from {
                named.insert(path[under.len()].clone());
            }
        }
    }
    graph
}

/// Every folder of `src/` (as module paths), the root included.
fn folders() -> Vec<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = vec![Vec::new()];
    let mut stack = vec![(root, Vec::<String>::new())];
    while let Some((dir, path)) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap().path();
            if entry.is_dir() {
                let mut below = path.clone();
                below.push(entry.file_name().unwrap().to_string_lossy().into_owned());
                found.push(below.clone());
                stack.push((entry, below));
            }
        }
    }
    found
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
    let graph = arrows(&[]);
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
    let graph = arrows(&[]);
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
    let graph = arrows(&[]);
    assert!(graph.len() > 10, "modules read: {:?}", graph.keys());
    assert_eq!(find_circle(&graph), None);
}

#[test]
fn no_circle_between_the_views_rooms_and_shared_rooms_use_no_page() {
    let graph = arrows(&["views"]);
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
fn no_circle_between_the_modules_of_any_folder() {
    let folders = folders();
    assert!(folders.len() > 10, "folders read: {folders:?}");
    let circles: Vec<(String, Vec<String>)> = folders
        .into_iter()
        .filter_map(|folder| {
            let under: Vec<&str> = folder.iter().map(String::as_str).collect();
            find_circle(&arrows(&under)).map(|circle| (format!("src/{}", folder.join("/")), circle))
        })
        .collect();
    assert!(circles.is_empty(), "circles: {circles:?}");
}

#[test]
fn the_checker_sees_a_circle_when_there_is_one() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_circle(&graph), None);
    graph.entry("c".into()).or_default().insert("a".into());
    assert!(find_circle(&graph).is_some());
}

#[test]
fn the_checker_reads_crate_super_and_self_paths_and_groups() {
    let module: Vec<String> = vec!["app".into(), "commands".into(), "items".into()];
    let code = "use crate::views::widgets::x; crate::app::state; \
                use super::{saving::stamp, edit_queue}; \
                use super::super::summaries::refresh; use self::inner::Thing; a::b::c";
    let paths = named_paths(&module, code);
    let expected: Vec<Vec<&str>> = vec![
        vec!["views", "widgets", "x"],
        vec!["app", "state"],
        vec!["app", "commands", "saving", "stamp"],
        vec!["app", "commands", "edit_queue"],
        vec!["app", "summaries", "refresh"],
        vec!["app", "commands", "items", "inner", "Thing"],
    ];
    assert_eq!(paths, expected);
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

#[test]
fn no_source_file_is_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let long: Vec<(String, usize)> = files
        .into_iter()
        .map(|path| {
            let lines = fs::read_to_string(&path).unwrap().lines().count();
            (
                path.strip_prefix(&root).unwrap().display().to_string(),
                lines,
            )
        })
        .filter(|(_, lines)| *lines > 400)
        .collect();
    assert!(long.is_empty(), "files over 400 lines: {long:?}");
}
