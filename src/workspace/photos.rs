use super::{Stamp, Workspace};
use crate::assessment::{AssessmentError, Change, ChangeKind, PhotoRef};
use crate::ids::{CommunityId, ItemId};

impl Workspace {
    /// The item's photos, in the order added.
    pub fn photos(&self, community_id: &CommunityId, item_id: &ItemId) -> Vec<PhotoRef> {
        self.item_state(community_id, item_id).photos
    }

    /// The record for adding a photo to an item, not yet applied.
    /// `Ok(None)` when the item already has a photo with that hash.
    pub fn photo_added(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        photo: PhotoRef,
        stamp: Stamp,
    ) -> Result<Option<Change>, AssessmentError> {
        let photo = photo.validated()?;
        let state = self.item_state(community_id, item_id);
        if state.photo(&photo.hash).is_some() {
            return Ok(None);
        }
        let kind = ChangeKind::PhotoAdded { photo };
        Ok(Some(self.record(community_id, item_id, kind, stamp)))
    }

    /// The record for removing a photo from an item, not yet applied;
    /// `None` when the item has no photo with that hash.
    pub fn photo_removed(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        hash: &str,
        stamp: Stamp,
    ) -> Option<Change> {
        let photo = self.item_state(community_id, item_id).photo(hash)?.clone();
        let kind = ChangeKind::PhotoRemoved { photo };
        Some(self.record(community_id, item_id, kind, stamp))
    }
}

impl Workspace {
    /// The record that marks an item's photo to be shown on the display
    /// (`shown`) or not, not yet applied; `None` when the item has no such
    /// photo or the mark is already so.
    pub fn photo_display_change(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        hash: &str,
        shown: bool,
        stamp: Stamp,
    ) -> Option<Change> {
        let state = self.item_state(community_id, item_id);
        state.photo(hash)?;
        if state.on_display.contains(hash) == shown {
            return None;
        }
        let kind = ChangeKind::PhotoDisplay {
            hash: hash.to_string(),
            shown,
        };
        Some(self.record(community_id, item_id, kind, stamp))
    }
}
