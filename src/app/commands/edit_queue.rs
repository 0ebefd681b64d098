//! The tab's edits of items, stored one after another in the order they
//! were made. Each is built into its change record only when its turn
//! comes, inside the write that stores it (`workspace::next_change` says
//! why), so it stands on every edit before it, committed or not, in this
//! tab or another.
//!
//! When a write fails, the edits queued behind it are not stored either:
//! the person made them looking at a screen that showed the failed one, so
//! storing them alone would keep what they did not mean. The screen goes
//! back to what is stored and says why, as for a single failed write.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::saving::{stamp, wrote};
use crate::app::failure::failure_message;
use crate::app::state::{AppState, SaveStatus};
use crate::assessment::{AssessmentError, Change, PhotoRef};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::storage::{ChangeBuilder, PhotoBytes, StorageError};
use crate::workspace::{Edit, Stamp, StoredNews};

/// An edit waiting for its turn.
struct Queued {
    community_id: CommunityId,
    edit: Edit,
    stamp: Stamp,
    /// The image an added photo stores with its record.
    photo: Option<(PhotoRef, web_sys::Blob)>,
}

/// What waits for every queued edit to be stored (or refused).
type AfterEdits = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Queued>> = const { RefCell::new(VecDeque::new()) };
    static WRITING: Cell<bool> = const { Cell::new(false) };
    static AFTER_EDITS: RefCell<Vec<AfterEdits>> = const { RefCell::new(Vec::new()) };
}

/// Runs `then` once every edit made so far is stored (at once when none
/// is waiting): what stands on the edits before it, as a submission does,
/// sees all of them.
pub fn after_edits_stored(then: impl FnOnce() + 'static) {
    if !WRITING.get() && QUEUE.with_borrow(VecDeque::is_empty) {
        then();
    } else {
        AFTER_EDITS.with_borrow_mut(|waiting| waiting.push(Box::new(then)));
    }
}

/// Runs what waited for the queue to empty.
fn run_after_edits() {
    for then in AFTER_EDITS.with_borrow_mut(std::mem::take) {
        then();
    }
}

/// Queues an edit of an item of `community_id`. Input the edit refuses is
/// refused now, with its reason, and nothing is queued.
pub fn queue_edit(
    state: AppState,
    community_id: &CommunityId,
    edit: Edit,
) -> Result<(), AssessmentError> {
    queue(state, community_id, edit, None)
}

/// Queues the edit that adds a photo, with the image stored alongside.
pub fn queue_photo_edit(
    state: AppState,
    community_id: &CommunityId,
    photo: (PhotoRef, web_sys::Blob),
    edit: Edit,
) -> Result<(), AssessmentError> {
    queue(state, community_id, edit, Some(photo))
}

fn queue(
    state: AppState,
    community_id: &CommunityId,
    edit: Edit,
    photo: Option<(PhotoRef, web_sys::Blob)>,
) -> Result<(), AssessmentError> {
    let stamp = stamp(state);
    let now = state.workspace.with_untracked(|w| edit(w, stamp.clone()))?;
    let idle = !WRITING.get() && QUEUE.with_borrow(VecDeque::is_empty);
    if now.is_none() && idle {
        return Ok(());
    }
    QUEUE.with_borrow_mut(|queue| {
        queue.push_back(Queued {
            community_id: community_id.clone(),
            edit,
            stamp,
            photo,
        })
    });
    if !WRITING.replace(true) {
        spawn_local(write_queued(state));
    }
    Ok(())
}

/// Stores the queued edits one by one until none is left or one fails.
async fn write_queued(state: AppState) {
    let before = state.save_status.get_untracked();
    state.save_status.set(SaveStatus::Saving);
    let mut stored_any = false;
    while let Some(queued) = QUEUE.with_borrow_mut(VecDeque::pop_front) {
        match write_one(state, &queued).await {
            Ok(Some(change)) => {
                state.workspace.update(|w| w.apply_change(change));
                stored_any = true;
                wrote(state).await;
            }
            Ok(None) => {}
            Err(error) => {
                let dropped = QUEUE.with_borrow_mut(std::mem::take).len();
                fail(state, error, dropped).await;
                WRITING.set(false);
                run_after_edits();
                return;
            }
        }
    }
    WRITING.set(false);
    state.save_status.set(match stored_any {
        true => SaveStatus::Saved(crate::web::now()),
        false => before,
    });
    run_after_edits();
}

/// Reports a failed write (and how many edits behind it were not stored)
/// and shows what is stored.
async fn fail(state: AppState, error: StorageError, dropped: usize) {
    let mut message = failure_message(error).await;
    if dropped > 0 {
        let count = dropped.to_string();
        message.push_str(&fill(texts().later_edits_not_saved, &[("count", &count)]));
    }
    state.save_status.set(SaveStatus::Failed(message));
    // Views showing the unsaved value fall back to the stored one.
    state.workspace.notify();
}

/// Builds one queued edit on everything stored before it and stores it,
/// in one transaction; `None` when by its turn it changes nothing.
async fn write_one(state: AppState, queued: &Queued) -> Result<Option<Change>, StorageError> {
    let (device_id, members) = state
        .workspace
        .with_untracked(|w| (w.device_id.clone(), w.members_of(&queued.community_id)));
    let photo: Option<PhotoBytes> = queued.photo.as_ref().map(|(photo, blob)| (photo, blob));
    let builder = TabBuilder { state, queued };
    let storage = state.storage.get_value();
    storage
        .write_next_change(&device_id, &members, photo, &builder)
        .await
}

/// This tab's workspace building one queued edit.
struct TabBuilder<'a> {
    state: AppState,
    queued: &'a Queued,
}

impl ChangeBuilder for TabBuilder<'_> {
    fn knows_counter(&self) -> bool {
        self.state.workspace.with_untracked(|w| w.knows_counter())
    }

    fn is_behind(&self, taken: u64) -> bool {
        self.state.workspace.with_untracked(|w| w.is_behind(taken))
    }

    fn catch_up(&self, news: StoredNews) {
        // Another tab's records change what this one shows; a counter
        // alone changes nothing on screen.
        match news.records.is_some() {
            true => self.state.workspace.update(|w| w.catch_up(news)),
            false => self.state.workspace.update_untracked(|w| w.catch_up(news)),
        }
    }

    /// An edit checked at the tap that is refused now (what it edits is
    /// gone) is dropped like one that changes nothing.
    fn build(&self) -> Option<Change> {
        let stamp = self.queued.stamp.clone();
        let edit = &self.queued.edit;
        self.state
            .workspace
            .with_untracked(|w| edit(w, stamp))
            .ok()
            .flatten()
    }
}
