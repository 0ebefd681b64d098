//! The write that keeps one change record, with the photo it adds if any,
//! in one transaction. A change of this device is built inside it (see
//! `workspace::next_change`): the write first reads the device's counter,
//! stored beside the records, and, when another tab went ahead, the edited
//! community's records; then it stores the change and the new counter.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::json::{from_js, to_js};
use super::photos::photo_record;
use super::schema::{CHANGES, CHANGE_BATCHES, INSPECTIONS, META, PHOTOS, SUMMARIES};
use super::summaries::forget_summary;
use super::{commit, community_records_in, read_all, write_transaction, Storage, StorageError};
use crate::assessment::{Change, Inspection, PhotoRef};
use crate::ids::{CommunityId, DeviceId};
use crate::workspace::StoredNews;

/// The highest `seq` this device has handed out, kept under this key.
const TAKEN_SEQ_KEY: &str = "taken_seq";

#[derive(Serialize, Deserialize)]
struct TakenSeq {
    device_id: DeviceId,
    seq: u64,
}

/// The image a change adds, stored with it.
pub type PhotoBytes<'a> = (&'a PhotoRef, &'a web_sys::Blob);

/// What builds a change inside the write that stores it: a tab's
/// workspace, as the app or a test holds it.
pub trait ChangeBuilder {
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
        let Storage::IndexedDb(db) = self else {
            return Ok(None);
        };
        let mut stores = vec![META, CHANGES, CHANGE_BATCHES, INSPECTIONS, SUMMARIES];
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
}

impl Storage {
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
        let Some(write) = self.change_write(photo.is_some())? else {
            // Nothing outlives the page: this tab is the only writer.
            let Some(change) = builder.build() else {
                return Ok(None);
            };
            if let Some((photo, blob)) = photo {
                self.save_photo(photo, blob, &change).await?;
            }
            return Ok(Some(change));
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
        write.put(&change, photo)?;
        write.put_taken_seq(device_id, change.seq)?;
        write.commit().await?;
        Ok(Some(change))
    }
}

impl ChangeWrite<'_> {
    /// The highest `seq` `device_id` has handed out. Data from before the
    /// counter was kept has none: then it is the highest among the device's
    /// own records, read once (they are the ones stored one by one; an
    /// import's batches hold other devices' records).
    pub async fn taken_seq(&self, device_id: &DeviceId) -> Result<u64, StorageError> {
        let meta = self.tx.object_store(META)?;
        let stored: Option<JsValue> = meta.get(TAKEN_SEQ_KEY).primitive()?.await?;
        let taken = stored.as_ref().map(from_js::<TakenSeq>).transpose()?;
        if let Some(taken) = taken.filter(|t| t.device_id == *device_id) {
            return Ok(taken.seq);
        }
        let changes: Vec<Change> = read_all(&self.tx, CHANGES).await?;
        let own = changes.iter().filter(|c| c.device_id == *device_id);
        Ok(own.map(|c| c.seq).max().unwrap_or(0))
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
        let taken = TakenSeq {
            device_id: device_id.clone(),
            seq,
        };
        self.tx
            .object_store(META)?
            .put(to_js(&taken)?)
            .with_key(TAKEN_SEQ_KEY.to_string())
            .without_key_type()
            .primitive()?;
        Ok(())
    }

    /// Waits until everything queued is on disk.
    pub async fn commit(self) -> Result<(), StorageError> {
        commit(self.tx).await
    }
}
