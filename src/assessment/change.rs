use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{ActionState, PhotoRef, Rating, SurveyState};
use crate::ids::{ActionId, ChangeId, CommunityId, DeviceId, InspectionId, ItemId, SurveyId};

/// One recorded edit of one item in one community: who (device and person),
/// when, what, old and new value. Items' current state is derived from these
/// records, so they can later be exported and merged as they are. Records
/// are never changed or deleted by later edits, not even by an undo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Random, unique across devices.
    pub id: ChangeId,
    /// The device that made the change.
    pub device_id: DeviceId,
    /// Per-device counter; orders changes made in the same millisecond.
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub community_id: CommunityId,
    pub item_id: ItemId,
    /// The change this one replaced in the same [`Slot`], as the device saw
    /// it; `None` when the slot had no recorded value on that device.
    pub base: Option<ChangeId>,
    pub kind: ChangeKind,
    /// The name of the device's user; empty when not given and in records
    /// made before names were recorded.
    #[serde(default)]
    pub author: String,
    /// The field inspection during which the change was made.
    #[serde(default)]
    pub inspection_id: Option<InspectionId>,
    /// The change this one reverts, when it was made by "undo".
    #[serde(default)]
    pub undoes: Option<ChangeId>,
    /// When this change settles a conflict (see `exchange::conflict`): the
    /// other concurrent changes in the same slot it replaces, besides
    /// `base`. Empty, and left out of the stored record, otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<ChangeId>,
}

/// What changed. Stored with a `field` tag: `result`, `note`,
/// `photo_added`, `photo_removed`, `photo_display`, `action`, `survey`. Read by
/// [`super::change_kind_reading`], which accepts what this derive writes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum ChangeKind {
    /// The item's result. `reason` is given exactly when `new` is
    /// 不适用 (records made before reasons were required have none).
    /// `old == new == NotApplicable` records a changed reason.
    Result {
        old: Rating,
        new: Rating,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// The item's note; empty means no note.
    Note {
        old: String,
        new: String,
    },
    PhotoAdded {
        photo: PhotoRef,
    },
    PhotoRemoved {
        photo: PhotoRef,
    },
    /// Whether a photo of the item may be shown on the community center's
    /// display (the committee has looked: no one can be recognised on it).
    /// Photos are not shown there until marked.
    PhotoDisplay {
        hash: String,
        shown: bool,
    },
    /// An action created (`old` is `None`), edited, or deleted (`new` is
    /// `None`).
    Action {
        action_id: ActionId,
        old: Option<ActionState>,
        new: Option<ActionState>,
    },
    /// A residents' satisfaction survey entered (`before` is `None`),
    /// corrected, or deleted (`after` is `None`). Named apart from an
    /// action's `old`/`new` so the reader knows a survey from an action.
    Survey {
        survey_id: SurveyId,
        before: Option<SurveyState>,
        after: Option<SurveyState>,
    },
}

/// The part of an item a change writes to. Two changes in the same slot
/// replace one another; changes in different slots are independent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot<'a> {
    Result,
    Note,
    /// One photo, by hash.
    Photo(&'a str),
    /// Whether one photo shows on the display, by hash.
    PhotoDisplay(&'a str),
    /// One action, by id.
    Action(&'a str),
    /// One survey, by id.
    Survey(&'a str),
}

impl ChangeKind {
    pub fn slot(&self) -> Slot<'_> {
        match self {
            ChangeKind::Result { .. } => Slot::Result,
            ChangeKind::Note { .. } => Slot::Note,
            ChangeKind::PhotoAdded { photo } | ChangeKind::PhotoRemoved { photo } => {
                Slot::Photo(&photo.hash)
            }
            ChangeKind::PhotoDisplay { hash, .. } => Slot::PhotoDisplay(hash),
            ChangeKind::Action { action_id, .. } => Slot::Action(action_id),
            ChangeKind::Survey { survey_id, .. } => Slot::Survey(survey_id),
        }
    }
}

impl Change {
    /// The order in which changes to one item are applied: by time, then by
    /// device and counter so that ties resolve the same way everywhere.
    pub fn order_key(&self) -> (DateTime<Utc>, &str, u64, &str) {
        (self.at, self.device_id.as_str(), self.seq, self.id.as_str())
    }

    pub fn is_undo(&self) -> bool {
        self.undoes.is_some()
    }
}
