use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::ids::ItemId;

/// A community's results by item; items never rated are absent.
pub type Ratings = HashMap<ItemId, Rating>;

/// The self-assessment result of one item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// 未评估
    #[default]
    Unassessed,
    /// 达标
    Met,
    /// 部分达标
    Partial,
    /// 未达标
    NotMet,
    /// 不适用
    NotApplicable,
}

impl Rating {
    /// In the order the picker shows them.
    pub const ALL: [Rating; 5] = [
        Rating::Unassessed,
        Rating::Met,
        Rating::Partial,
        Rating::NotMet,
        Rating::NotApplicable,
    ];

    /// The value used in stored records and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Unassessed => "unassessed",
            Rating::Met => "met",
            Rating::Partial => "partial",
            Rating::NotMet => "not_met",
            Rating::NotApplicable => "not_applicable",
        }
    }

    pub fn is_applicable(self) -> bool {
        self != Rating::NotApplicable
    }

    /// Applicable and given a result.
    pub fn is_assessed(self) -> bool {
        !matches!(self, Rating::Unassessed | Rating::NotApplicable)
    }
}
