//! Change records that came in an import, stored as one record per
//! community per write instead of one per change: a browser writes and
//! reads a few hundred records far faster than tens of thousands. A batch
//! may hold a record also stored on its own, or in another batch; reading
//! merges them by id as any records are merged, so that costs space only.

use std::collections::BTreeMap;

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::json::to_js;
use super::schema::{BY_COMMUNITY, CHANGE_BATCHES};
use super::{read_all, read_of_community, StorageError};
use crate::assessment::Change;
use crate::ids::CommunityId;

#[derive(Serialize, Deserialize)]
struct ChangeBatch {
    community_id: CommunityId,
    changes: Vec<Change>,
}

/// Queues, in `tx`, one batch per community of `changes`.
pub(super) fn put_batches<'a>(
    tx: &Transaction<'_>,
    changes: impl IntoIterator<Item = &'a Change>,
) -> Result<(), StorageError> {
    let mut by_community: BTreeMap<&CommunityId, Vec<Change>> = BTreeMap::new();
    for change in changes {
        by_community
            .entry(&change.community_id)
            .or_default()
            .push(change.clone());
    }
    let store = tx.object_store(CHANGE_BATCHES)?;
    for (community_id, changes) in by_community {
        let batch = ChangeBatch {
            community_id: community_id.clone(),
            changes,
        };
        store.put(to_js(&batch)?).primitive()?;
    }
    Ok(())
}

/// Every change record of every batch, read in `tx`.
pub(super) async fn read_all_batches(tx: &Transaction<'_>) -> Result<Vec<Change>, StorageError> {
    let batches: Vec<ChangeBatch> = read_all(tx, CHANGE_BATCHES).await?;
    Ok(batches.into_iter().flat_map(|b| b.changes).collect())
}

/// The change records of one community's batches, read in `tx`.
pub(super) async fn read_batches_of(
    tx: &Transaction<'_>,
    community_id: &CommunityId,
) -> Result<Vec<Change>, StorageError> {
    let batches: Vec<ChangeBatch> = read_of_community(tx, CHANGE_BATCHES, community_id).await?;
    Ok(batches.into_iter().flat_map(|b| b.changes).collect())
}

/// Deletes, in `tx`, every batch of a community.
pub(super) async fn delete_batches_of(
    tx: &Transaction<'_>,
    community_id: &CommunityId,
) -> Result<(), StorageError> {
    let store = tx.object_store(CHANGE_BATCHES)?;
    let keys: Vec<JsValue> = store
        .index(BY_COMMUNITY)?
        .get_all_keys()
        .with_query(community_id.as_str())
        .primitive()?
        .await?
        .collect::<Result<_, _>>()?;
    for key in keys {
        store.delete(key).primitive()?;
    }
    Ok(())
}
