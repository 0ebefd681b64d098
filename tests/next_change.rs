//! Every change stands on the one before it, committed or not, in this tab
//! or another: two tabs of one device queue edits, and their writes run
//! one at a time (as the browser runs write transactions), in any
//! interleaving with the taps, some failing. What is stored always reads
//! as one device's sequence: one `seq` per change, each change's `base`
//! and `old` naming the stored change before it, and no conflict.

// Native only: its test tools (proptest) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::VecDeque;
use std::rc::Rc;

use chrono::Duration;
use common::t;
use danzhou_green_community::assessment::{Change, ChangeKind, Rating};
use danzhou_green_community::exchange::conflicts;
use danzhou_green_community::workspace::{Edit, Stamp, StoredNews, Workspace};
use proptest::prelude::*;

const ITEMS: [&str; 3] = ["a1-01", "a1-02", "a1-03"];
const RATINGS: [Rating; 4] = [
    Rating::Unassessed,
    Rating::Met,
    Rating::Partial,
    Rating::NotMet,
];

/// What the device's storage holds: the records in the order they were
/// committed, the counter kept beside them, and every `seq` claimed.
#[derive(Default)]
struct Store {
    changes: Vec<Change>,
    taken: u64,
    claims: std::collections::HashSet<u64>,
}

impl Store {
    /// Keeps `change` unless its `seq` is claimed; gives whether it did.
    fn put_claimed(&mut self, change: &Change) -> bool {
        if !self.claims.insert(change.seq) {
            return false;
        }
        self.taken = change.seq;
        self.changes.push(change.clone());
        true
    }
}

/// One tab: what it holds in memory and its queue of edits.
struct Tab {
    workspace: Workspace,
    queue: VecDeque<(Edit, Stamp)>,
}

impl Tab {
    fn new() -> Tab {
        let mut workspace = Workspace::new("device-a".into(), vec![], vec![]);
        let community = workspace.new_community("东风社区", "c1".into(), t(0));
        workspace.put_community(community.unwrap());
        Tab {
            workspace,
            queue: VecDeque::new(),
        }
    }

    /// The tab's next write, as `storage::ChangeWrite` runs it for the
    /// app's queue: once the tab knows the counter, build on what it holds
    /// and claim the seq; when that is refused (or the first time), read
    /// the counter (and the community's records when behind), then build
    /// and store. A failure drops the edits queued behind it.
    fn write_next(&mut self, store: &mut Store, fails: bool) {
        let Some((edit, stamp)) = self.queue.pop_front() else {
            return;
        };
        if fails {
            self.queue.clear();
            return;
        }
        if self.workspace.knows_counter() {
            let built = edit(&self.workspace, stamp.clone()).ok().flatten();
            if let Some(change) = built {
                if store.put_claimed(&change) {
                    self.workspace.apply_change(change);
                    return;
                }
            }
        }
        let behind = self.workspace.is_behind(store.taken);
        self.workspace.catch_up(StoredNews {
            taken: store.taken,
            records: behind.then(|| (store.changes.clone(), Vec::new())),
        });
        if let Some(change) = edit(&self.workspace, stamp).ok().flatten() {
            assert!(
                store.put_claimed(&change),
                "a seq read in the write is free"
            );
            self.workspace.apply_change(change);
        }
    }
}

#[derive(Clone, Debug)]
enum Op {
    Rate {
        tab: usize,
        item: usize,
        rating: usize,
    },
    Undo {
        tab: usize,
        item: usize,
    },
    Write {
        tab: usize,
        fails: bool,
    },
    /// The clock moves on by this many milliseconds (0: taps in one task).
    Wait(i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..2usize, 0..3usize, 0..4usize)
            .prop_map(|(tab, item, rating)| Op::Rate { tab, item, rating }),
        1 => (0..2usize, 0..3usize).prop_map(|(tab, item)| Op::Undo { tab, item }),
        4 => (0..2usize, prop::bool::weighted(0.15))
            .prop_map(|(tab, fails)| Op::Write { tab, fails }),
        2 => (0..3i64).prop_map(Op::Wait),
    ]
}

fn rate_edit(item: &'static str, rating: Rating) -> Edit {
    Rc::new(move |w: &Workspace, stamp| {
        w.result_change(&"c1".into(), &item.into(), rating, None, stamp)
    })
}

fn undo_edit(item: &'static str) -> Edit {
    Rc::new(move |w: &Workspace, stamp| Ok(w.undo_last(&"c1".into(), &item.into(), stamp)))
}

/// Runs `ops`, then every edit still queued, and gives what is stored.
fn run(ops: &[Op]) -> Store {
    let mut store = Store::default();
    let mut tabs = [Tab::new(), Tab::new()];
    let mut clock = 0;
    for (n, op) in ops.iter().enumerate() {
        let stamp = Stamp::new(
            format!("x{n:03}").into(),
            t(1) + Duration::milliseconds(clock),
            "",
        );
        match *op {
            Op::Rate { tab, item, rating } => {
                let edit = rate_edit(ITEMS[item], RATINGS[rating]);
                tabs[tab].queue.push_back((edit, stamp));
            }
            Op::Undo { tab, item } => tabs[tab].queue.push_back((undo_edit(ITEMS[item]), stamp)),
            Op::Write { tab, fails } => tabs[tab].write_next(&mut store, fails),
            Op::Wait(ms) => clock += ms,
        }
    }
    while tabs.iter().any(|tab| !tab.queue.is_empty()) {
        for tab in &mut tabs {
            tab.write_next(&mut store, false);
        }
    }
    store
}

/// The value a result change leaves, for comparing with the next's `old`.
fn result_values(change: &Change) -> Option<(Rating, Rating)> {
    match change.kind {
        ChangeKind::Result { old, new, .. } => Some((old, new)),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn what_is_stored_reads_as_one_devices_sequence(ops in prop::collection::vec(op(), 0..60)) {
        let store = run(&ops);
        let seqs: Vec<u64> = store.changes.iter().map(|c| c.seq).collect();
        prop_assert!(seqs.windows(2).all(|w| w[0] < w[1]), "seqs {:?}", seqs);
        for (n, change) in store.changes.iter().enumerate() {
            let before = store.changes[..n].iter().rev().find(|c| c.item_id == change.item_id);
            prop_assert_eq!(change.base.as_ref(), before.map(|c| &c.id));
            let old = before.and_then(result_values).map_or(Rating::Unassessed, |(_, new)| new);
            prop_assert_eq!(result_values(change).map(|(old, _)| old), Some(old));
            if let Some(before) = before {
                prop_assert!(before.order_key() < change.order_key());
            }
        }
        prop_assert!(conflicts(&store.changes, &"c1".into()).is_empty());
    }

    #[test]
    fn a_tab_that_catches_up_shows_what_is_stored(ops in prop::collection::vec(op(), 0..60)) {
        let store = run(&ops);
        let mut fresh = Tab::new();
        fresh.workspace.catch_up(StoredNews {
            taken: store.taken,
            records: Some((store.changes.clone(), Vec::new())),
        });
        for item in ITEMS {
            let last = store.changes.iter().rev().find(|c| c.item_id.as_str() == item);
            let expected = last.and_then(result_values).map_or(Rating::Unassessed, |(_, new)| new);
            prop_assert_eq!(fresh.workspace.rating(&"c1".into(), &item.into()), expected);
        }
        prop_assert_eq!(fresh.workspace.next_seq(), store.taken + 1);
    }
}

/// The fault this guards against, as earlier versions made it: two taps
/// built before the first was stored take one `seq`, and the second names
/// no `base` and the wrong `old`.
#[test]
fn building_before_the_last_write_is_applied_repeats_the_seq() {
    let tab = Tab::new();
    let stamp = |id: &str| Stamp::new(id.into(), t(1), "");
    let first = rate_edit("a1-01", Rating::Met)(&tab.workspace, stamp("x1")).unwrap();
    let second = rate_edit("a1-01", Rating::NotMet)(&tab.workspace, stamp("x2")).unwrap();
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.seq, second.seq);
    assert_eq!(second.base, None);
}

#[test]
fn another_tabs_counter_is_taken_even_for_another_community() {
    let mut tab = Tab::new();
    assert!(tab.workspace.is_behind(7));
    tab.workspace.catch_up(StoredNews {
        taken: 7,
        records: None,
    });
    assert!(!tab.workspace.is_behind(7));
    assert_eq!(tab.workspace.next_seq(), 8);
}
