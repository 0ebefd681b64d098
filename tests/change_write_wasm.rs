//! The write that builds and stores a change, in a real browser's
//! IndexedDB: two tabs of one device (two workspaces on one database)
//! never hand out the same seq, and a tab that has not heard of the other's
//! change builds on it all the same; writes started together, as fast taps
//! start them, still stand one on the other.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{TimeZone, Utc};
use danzhou_green_community::assessment::{Change, ChangeKind, Rating};
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::storage::{self, ChangeBuilder, Storage};
use danzhou_green_community::workspace::{Edit, Stamp, StoredNews, Workspace};
use indexed_db_futures::database::Database;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// One tab: its workspace, and the edit it is storing.
struct Tab {
    workspace: RefCell<Workspace>,
    edit: RefCell<Option<(Edit, Stamp)>>,
}

impl Tab {
    fn new() -> Tab {
        let mut workspace = Workspace::new("device-a".into(), vec![], vec![]);
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 8, 0, 0).unwrap();
        let community = workspace
            .new_community("东风社区", "c1".into(), at)
            .unwrap();
        workspace.put_community(community);
        Tab {
            workspace: RefCell::new(workspace),
            edit: RefCell::new(None),
        }
    }

    /// Sets `item` to `rating` through the write, and applies what it stored.
    async fn rate(&self, storage: &Storage, id: &str, item: &'static str, rating: Rating) {
        let edit: Edit = Rc::new(move |w: &Workspace, stamp| {
            w.result_change(&"c1".into(), &item.into(), rating, None, stamp)
        });
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
        *self.edit.borrow_mut() = Some((edit, Stamp::new(id.into(), at, "")));
        let members: Vec<CommunityId> = vec!["c1".into()];
        let stored = storage
            .write_next_change(&"device-a".into(), &members, None, self)
            .await
            .expect("stored")
            .expect("a change");
        self.workspace.borrow_mut().apply_change(stored);
    }
}

impl ChangeBuilder for Tab {
    fn knows_counter(&self) -> bool {
        self.workspace.borrow().knows_counter()
    }

    fn is_behind(&self, taken: u64) -> bool {
        self.workspace.borrow().is_behind(taken)
    }

    fn catch_up(&self, news: StoredNews) {
        self.workspace.borrow_mut().catch_up(news);
    }

    fn build(&self) -> Option<Change> {
        let (edit, stamp) = self.edit.borrow().clone()?;
        edit(&self.workspace.borrow(), stamp).ok().flatten()
    }
}

async fn fresh(name: &str) -> Storage {
    if let Ok(request) = Database::delete_by_name(name) {
        let _ = request.await;
    }
    Storage::IndexedDb(storage::open(name).await.expect("opens"))
}

async fn stored_changes(storage: &Storage) -> Vec<Change> {
    let (mut changes, _) = storage.load_community(&"c1".into()).await.unwrap();
    changes.sort_by_key(|c| c.seq);
    changes
}

fn old_and_new(change: &Change) -> (Rating, Rating) {
    match change.kind {
        ChangeKind::Result { old, new, .. } => (old, new),
        _ => panic!("a result change"),
    }
}

#[wasm_bindgen_test]
async fn a_stale_tab_builds_on_what_the_other_tab_stored() {
    let storage = fresh("change-write-two-tabs").await;
    let (tab_a, tab_b) = (Tab::new(), Tab::new());
    tab_a.rate(&storage, "x1", "a1-01", Rating::Met).await;
    // Tab B has not heard of it: it still shows 未评估.
    assert_eq!(
        tab_b
            .workspace
            .borrow()
            .rating(&"c1".into(), &"a1-01".into()),
        Rating::Unassessed
    );
    tab_b.rate(&storage, "x2", "a1-01", Rating::NotMet).await;
    tab_b.rate(&storage, "x3", "a1-02", Rating::Met).await;
    let changes = stored_changes(&storage).await;
    let seqs: Vec<u64> = changes.iter().map(|c| c.seq).collect();
    assert_eq!(seqs, vec![1, 2, 3]);
    assert_eq!(changes[1].base.as_ref(), Some(&changes[0].id));
    assert_eq!(old_and_new(&changes[1]), (Rating::Met, Rating::NotMet));
    // The stale tab now shows what the other stored.
    assert_eq!(
        tab_b
            .workspace
            .borrow()
            .rating(&"c1".into(), &"a1-01".into()),
        Rating::NotMet
    );
}

#[wasm_bindgen_test]
async fn the_counter_of_data_stored_before_it_existed_is_found_from_the_records() {
    let storage = fresh("change-write-old-data").await;
    let mut old = Tab::new().workspace.into_inner();
    let at = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let stamp = Stamp::new("old".into(), at, "");
    let mut change = old
        .result_change(&"c1".into(), &"a1-01".into(), Rating::Met, None, stamp)
        .unwrap()
        .unwrap();
    change.seq = 41;
    storage.save_change(&change).await.unwrap();
    old.apply_change(change);
    // A tab that read nothing of it (another community's page, say).
    let tab = Tab::new();
    tab.rate(&storage, "x1", "a1-03", Rating::Met).await;
    let changes = stored_changes(&storage).await;
    assert_eq!(changes.last().unwrap().seq, 42);
}

#[wasm_bindgen_test]
async fn writes_started_together_stand_one_on_the_other() {
    let storage = fresh("change-write-together").await;
    let (tab_a, tab_b) = (Tab::new(), Tab::new());
    // Both transactions are opened before either commits; the browser runs
    // them one after the other, and the second reads what the first wrote.
    futures::join!(
        tab_a.rate(&storage, "x1", "a1-01", Rating::Met),
        tab_b.rate(&storage, "x2", "a1-01", Rating::Partial),
    );
    let changes = stored_changes(&storage).await;
    assert_eq!(
        changes.iter().map(|c| c.seq).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(changes[1].base.as_ref(), Some(&changes[0].id));
    assert_eq!(old_and_new(&changes[1]).0, old_and_new(&changes[0]).1);
}

#[wasm_bindgen_test]
async fn a_seq_another_tab_claimed_is_refused_and_the_write_reads_first() {
    let storage = fresh("change-write-claims").await;
    let (tab_a, tab_b) = (Tab::new(), Tab::new());
    tab_a.rate(&storage, "x1", "a1-01", Rating::Met).await;
    tab_b.rate(&storage, "x2", "a1-01", Rating::NotMet).await;
    // Tab A knows the counter from its first write, so it builds on what it
    // holds (seq 2, on x1) and claims seq 2: tab B holds that claim.
    assert!(tab_a.workspace.borrow().knows_counter());
    tab_a.rate(&storage, "x3", "a1-01", Rating::Partial).await;
    let changes = stored_changes(&storage).await;
    assert_eq!(
        changes.iter().map(|c| c.seq).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(changes[2].id.as_str(), "x3");
    assert_eq!(changes[2].base.as_ref(), Some(&changes[1].id));
    assert_eq!(old_and_new(&changes[2]), (Rating::NotMet, Rating::Partial));
}
