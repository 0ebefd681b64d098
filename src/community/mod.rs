//! Communities (社区) and the rules for their names.

mod merge;
mod name;

pub use merge::CommunityMerge;

pub use name::{
    name_key, normalise_name, same_name, validate_name, NameError, NameFilter, MAX_NAME_CHARS,
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::CommunityId;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Community {
    /// Random, stable; used in URLs and change records.
    pub id: CommunityId,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
