//! 公示 and 命名: the office publishes the communities that passed for
//! objections over a period (seven days by default), records objections
//! (each withdraws its community from the list, with the reason), and after
//! the period names the communities still listed, with the date and the
//! document number.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CommunityId, DeviceId, NoticeId};

/// The days a 公示 lasts unless the office says otherwise.
pub const DEFAULT_NOTICE_DAYS: i64 = 7;

/// 公示: the communities that passed, published for objections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publicity {
    pub id: NoticeId,
    /// The year of the evaluation.
    pub year: i32,
    pub starts_on: NaiveDate,
    /// The last day objections are taken.
    pub ends_on: NaiveDate,
    /// Where objections go: the office's telephone by default.
    pub contact: String,
    pub communities: Vec<CommunityId>,
    pub made_at: DateTime<Utc>,
    pub device_id: DeviceId,
}

/// An objection to one community of a 公示: it leaves the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objection {
    pub id: NoticeId,
    pub publicity_id: NoticeId,
    pub community_id: CommunityId,
    pub received_on: NaiveDate,
    pub reason: String,
    pub made_at: DateTime<Utc>,
    pub device_id: DeviceId,
}

/// 命名: the communities named after the 公示, by a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Naming {
    pub id: NoticeId,
    pub publicity_id: NoticeId,
    pub named_on: NaiveDate,
    /// The naming document's number, e.g. 儋绿创办〔2026〕3号.
    pub document_number: String,
    pub communities: Vec<CommunityId>,
    pub made_at: DateTime<Utc>,
    pub device_id: DeviceId,
}

/// Why a 公示, an objection or a naming is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeError {
    EndsBeforeStart,
    NoContact,
    NoCommunities,
    /// An objection or naming of a community the 公示 does not list.
    NotListed(CommunityId),
    NoReason,
    /// Named before the 公示 ended.
    NamedTooEarly,
    NoDocumentNumber,
}

/// The last day of a 公示 of `days` days from `starts_on` (both counted).
pub fn notice_ends(starts_on: NaiveDate, days: i64) -> NaiveDate {
    starts_on + Duration::days(days.max(1) - 1)
}

impl Publicity {
    pub fn check(&self) -> Result<(), NoticeError> {
        if self.ends_on < self.starts_on {
            return Err(NoticeError::EndsBeforeStart);
        }
        if self.contact.trim().is_empty() {
            return Err(NoticeError::NoContact);
        }
        if self.communities.is_empty() {
            return Err(NoticeError::NoCommunities);
        }
        Ok(())
    }

    /// The communities still listed: those of the 公示 no objection to it
    /// withdrew, in its order.
    pub fn listed(&self, objections: &[Objection]) -> Vec<CommunityId> {
        let withdrawn = |id: &CommunityId| {
            objections
                .iter()
                .any(|o| o.publicity_id == self.id && o.community_id == *id)
        };
        self.communities
            .iter()
            .filter(|id| !withdrawn(id))
            .cloned()
            .collect()
    }

    /// Whether objections are taken on `day`.
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        (self.starts_on..=self.ends_on).contains(&day)
    }
}

impl Objection {
    pub fn check(&self, publicity: &Publicity) -> Result<(), NoticeError> {
        if !publicity.communities.contains(&self.community_id) {
            return Err(NoticeError::NotListed(self.community_id.clone()));
        }
        if self.reason.trim().is_empty() {
            return Err(NoticeError::NoReason);
        }
        Ok(())
    }
}

impl Naming {
    /// Whether it can name its communities after `publicity`, with
    /// `objections` recorded.
    pub fn check(
        &self,
        publicity: &Publicity,
        objections: &[Objection],
    ) -> Result<(), NoticeError> {
        if self.named_on <= publicity.ends_on {
            return Err(NoticeError::NamedTooEarly);
        }
        if self.document_number.trim().is_empty() {
            return Err(NoticeError::NoDocumentNumber);
        }
        if self.communities.is_empty() {
            return Err(NoticeError::NoCommunities);
        }
        let listed = publicity.listed(objections);
        match self.communities.iter().find(|id| !listed.contains(id)) {
            Some(id) => Err(NoticeError::NotListed(id.clone())),
            None => Ok(()),
        }
    }
}
