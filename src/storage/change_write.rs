//! The write that keeps one change record, with the photo it adds if any,
//! in one transaction, and the device's counter beside it (the highest
//! `seq` handed out; see `workspace::next_change`).
//!
//! A tab's first write reads the counter first (and, when another tab went
//! ahead, the community's records) and builds on it. Later writes build on
//! what the tab holds and claim their `seq` in the same transaction (a key
//! of the meta store, added, never replaced): when another tab claimed it
//! already, the database refuses the whole write, and the tab writes again
//! reading first. So a tap costs one round trip to the database, as it did
//! before the counter, and two tabs can never keep one `seq`.

use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use wasm_bindgen::JsValue;

use super::json::to_js;
use super::photos::photo_record;
use super::schema::{CHANGES, CHANGE_BATCHES, INSPECTIONS, META, PHOTOS, SUMMARIES};
use super::summaries::forget_summary;
use super::{commit, community_records_in, read_all, write_transaction, Storage, StorageError};
use crate::assessment::{Change, Inspection, PhotoRef};
use crate::ids::{CommunityId, DeviceId};
use crate::workspace::StoredNews;

/// The highest `seq` a device has handed out is kept, as a number, under
/// this prefix and the device id: `taken_seq:<device>`.
const TAKEN_SEQ_PREFIX: &str = "taken_seq:";
/// Each `seq` a change took is claimed under this prefix, the device id
/// and the number: `seq:<device>:<n>`.
const CLAIM_PREFIX: &str = "seq:";

fn taken_seq_key(device_id: &DeviceId) -> String {
    format!("{TAKEN_SEQ_PREFIX}{device_id}")
}

/// The image a change adds, stored with it.
pub type PhotoBytes<'a> = (&'a PhotoRef, &'a web_sys::Blob);

/// What builds a change inside the write that stores it: a tab's
/// workspace, as the app or a test holds it.
pub trait ChangeBuilder {
    /// Whether it has read the stored counter before.
    fn knows_counter(&self) -> bool;
    /// Whether the stored counter shows records this workspace has not seen.
    fn is_behind(&self, taken: u64) -> bool;
    /// Takes in what the write read.
    fn catch_up(&self, news: StoredNews);
    /// The change, built on the workspace as it is now; `None` when there
    /// is nothing to store.
    fn build(&self) -> Option<Change>;
}

/// An open write of one change record; nothing is kept until
/// [`ChangeWrite::commit`].
pub struct ChangeWrite<'a> {
    tx: Transaction<'a>,
}

impl Storage {
    /// Opens the write of one change (and its photo, if `with_photo`);
    /// `None` when nothing is kept beyond this page.
    pub fn change_write(&self, with_photo: bool) -> Result<Option<ChangeWrite<'_>>, StorageError> {
        self.open_change_write(&[META, CHANGES, SUMMARIES], with_photo)
    }

    /// A change write that can also read a community's records first.
    fn change_write_reading(
        &self,
        with_photo: bool,
    ) -> Result<Option<ChangeWrite<'_>>, StorageError> {
        let stores = [META, CHANGES, CHANGE_BATCHES, INSPECTIONS, SUMMARIES];
        self.open_change_write(&stores, with_photo)
    }

    fn open_change_write(
        &self,
        stores: &[&str],
        with_photo: bool,
    ) -> Result<Option<ChangeWrite<'_>>, StorageError> {
        let Storage::IndexedDb(db) = self else {
            return Ok(None);
        };
        let mut stores = stores.to_vec();
        if with_photo {
            stores.push(PHOTOS);
        }
        Ok(Some(ChangeWrite {
            tx: write_transaction(db, &stores)?,
        }))
    }

    /// Stores a change record as it is, in its own transaction (with the
    /// image it adds, both or neither), leaving the device's counter alone.
    pub async fn save_change(&self, change: &Change) -> Result<(), StorageError> {
        self.save_record(change, None).await
    }

    /// Stores a photo's image and the change that adds it to an item, both
    /// or neither. An image already stored (same hash) is kept as it is.
    pub async fn save_photo(
        &self,
        photo: &PhotoRef,
        blob: &web_sys::Blob,
        change: &Change,
    ) -> Result<(), StorageError> {
        if let Storage::Memory(memory) = self {
            memory.borrow_mut().insert(photo.hash.clone(), blob.clone());
        }
        self.save_record(change, Some((photo, blob))).await
    }

    async fn save_record(
        &self,
        change: &Change,
        photo: Option<PhotoBytes<'_>>,
    ) -> Result<(), StorageError> {
        match self.change_write(photo.is_some())? {
            Some(write) => {
                write.put(change, photo)?;
                write.commit().await
            }
            None => Ok(()),
        }
    }

    /// Builds this device's next change on everything stored before it and
    /// stores it, in one transaction (see `workspace::next_change`); gives
    /// the change stored, if any. `members` are the edited community and
    /// those merged into it.
    pub async fn write_next_change(
        &self,
        device_id: &DeviceId,
        members: &[CommunityId],
        photo: Option<PhotoBytes<'_>>,
        builder: &impl ChangeBuilder,
    ) -> Result<Option<Change>, StorageError> {
        if !self.is_persistent() {
            return self.build_in_memory(photo, builder).await;
        }
        if builder.knows_counter() {
            if let Some(change) = self.write_claimed(device_id, photo, builder).await? {
                return Ok(Some(change));
            }
        }
        self.write_after_catching_up(device_id, members, photo, builder)
            .await
    }

    /// The write that needs no reading first: builds on what the tab holds
    /// and claims the seq; `None` when there is nothing to build or another
    /// tab claimed that seq first (nothing is kept then).
    async fn write_claimed(
        &self,
        device_id: &DeviceId,
        photo: Option<PhotoBytes<'_>>,
        builder: &impl ChangeBuilder,
    ) -> Result<Option<Change>, StorageError> {
        let Some(change) = builder.build() else {
            return Ok(None);
        };
        let Some(write) = self.change_write(photo.is_some())? else {
            return Ok(None);
        };
        let kept = write.put_claimed(device_id, &change, photo).await?;
        Ok(kept.then_some(change))
    }

    /// Nothing outlives the page: this tab is the only writer.
    async fn build_in_memory(
        &self,
        photo: Option<PhotoBytes<'_>>,
        builder: &impl ChangeBuilder,
    ) -> Result<Option<Change>, StorageError> {
        let Some(change) = builder.build() else {
            return Ok(None);
        };
        if let Some((photo, blob)) = photo {
            self.save_photo(photo, blob, &change).await?;
        }
        Ok(Some(change))
    }

    /// The write that reads first: the counter and, when another tab went
    /// ahead, the community's records; then it builds and stores.
    async fn write_after_catching_up(
        &self,
        device_id: &DeviceId,
        members: &[CommunityId],
        photo: Option<PhotoBytes<'_>>,
        builder: &impl ChangeBuilder,
    ) -> Result<Option<Change>, StorageError> {
        let Some(write) = self.change_write_reading(photo.is_some())? else {
            return Ok(None);
        };
        let taken = write.taken_seq(device_id).await?;
        let records = match builder.is_behind(taken) {
            true => Some(write.community_records(members).await?),
            false => None,
        };
        builder.catch_up(StoredNews { taken, records });
        let Some(change) = builder.build() else {
            return Ok(None);
        };
        if write.put_claimed(device_id, &change, photo).await? {
            return Ok(Some(change));
        }
        // It read the counter in this very transaction: no one else can
        // have claimed the seq it chose.
        Err(StorageError::Other(format!(
            "seq {} claimed twice",
            change.seq
        )))
    }
}

impl ChangeWrite<'_> {
    /// The highest `seq` `device_id` has handed out. Data from before the
    /// counter was kept has none: then it is the highest among the device's
    /// own records, read once (they are the ones stored one by one; an
    /// import's batches hold other devices' records).
    pub async fn taken_seq(&self, device_id: &DeviceId) -> Result<u64, StorageError> {
        let meta = self.tx.object_store(META)?;
        let stored: Option<JsValue> = meta.get(taken_seq_key(device_id)).primitive()?.await?;
        if let Some(taken) = stored.and_then(|value| value.as_f64()) {
            return Ok(taken as u64);
        }
        let changes: Vec<Change> = read_all(&self.tx, CHANGES).await?;
        let own = changes.iter().filter(|c| c.device_id == *device_id);
        Ok(own.map(|c| c.seq).max().unwrap_or(0))
    }

    /// Claims `change.seq` for `device_id` and stores the change (and its
    /// image) with the new counter; gives whether it was kept. Nothing is
    /// kept when another tab claimed that `seq` first.
    async fn put_claimed(
        self,
        device_id: &DeviceId,
        change: &Change,
        photo: Option<PhotoBytes<'_>>,
    ) -> Result<bool, StorageError> {
        self.tx
            .object_store(META)?
            .add(JsValue::TRUE)
            .with_key(format!("{CLAIM_PREFIX}{device_id}:{}", change.seq))
            .without_key_type()
            .primitive()?;
        self.put(change, photo)?;
        self.put_taken_seq(device_id, change.seq)?;
        let handle = self.tx.as_sys().clone();
        match commit(self.tx).await {
            Ok(()) => Ok(true),
            // The refused claim fails the write, named on the transaction
            // or, when it fails first, in the request's error.
            Err(StorageError::Other(detail)) if detail.starts_with("ConstraintError") => Ok(false),
            Err(error) => match handle.error() {
                Some(reason) if reason.name() == "ConstraintError" => Ok(false),
                _ => Err(error),
            },
        }
    }

    /// The stored change records and inspections of `members` (a community
    /// and those merged into it).
    pub async fn community_records(
        &self,
        members: &[CommunityId],
    ) -> Result<(Vec<Change>, Vec<Inspection>), StorageError> {
        let (mut changes, mut inspections) = (Vec::new(), Vec::new());
        for member in members {
            let (more_changes, more_inspections) = community_records_in(&self.tx, member).await?;
            changes.extend(more_changes);
            inspections.extend(more_inspections);
        }
        Ok((changes, inspections))
    }

    /// Queues the change record (and the image it adds), and drops its
    /// community's summary.
    pub fn put(&self, change: &Change, photo: Option<PhotoBytes<'_>>) -> Result<(), StorageError> {
        if let Some((photo, blob)) = photo {
            self.tx
                .object_store(PHOTOS)?
                .put(photo_record(photo, blob)?)
                .with_key(photo.hash.clone())
                .primitive()?;
        }
        self.tx
            .object_store(CHANGES)?
            .put(to_js(change)?)
            .primitive()?;
        forget_summary(&self.tx, &change.community_id)
    }

    /// Queues `seq` as the highest `device_id` has handed out.
    pub fn put_taken_seq(&self, device_id: &DeviceId, seq: u64) -> Result<(), StorageError> {
        self.tx
            .object_store(META)?
            .put(JsValue::from_f64(seq as f64))
            .with_key(taken_seq_key(device_id))
            .without_key_type()
            .primitive()?;
        Ok(())
    }

    /// Waits until everything queued is on disk.
    pub async fn commit(self) -> Result<(), StorageError> {
        commit(self.tx).await
    }
}
