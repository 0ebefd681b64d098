//! Which devices' keys the office has taken each community's files from,
//! so that a file from a device never seen for that community is pointed
//! out (not refused: a new phone is normal, but the office should know).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::CommunityId;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenDevice {
    pub public_key: String,
    /// The device's user, as its latest file named them.
    pub user: String,
    pub first_seen: NaiveDate,
    pub last_seen: NaiveDate,
    pub files: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenDevices {
    pub by_community: BTreeMap<CommunityId, Vec<SeenDevice>>,
}

/// What a signed file's key was to a community's earlier files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sighting {
    /// The community's first signed file here.
    First,
    Known,
    /// Files of the community came from other devices before.
    NewDevice,
}

impl SeenDevices {
    /// Notes that a file for `community` was signed by `public_key`.
    pub fn record(
        &mut self,
        community: &CommunityId,
        public_key: &str,
        user: &str,
        on: NaiveDate,
    ) -> Sighting {
        let seen = self.by_community.entry(community.clone()).or_default();
        if let Some(device) = seen.iter_mut().find(|d| d.public_key == public_key) {
            device.last_seen = device.last_seen.max(on);
            device.files += 1;
            device.user = user.to_string();
            return Sighting::Known;
        }
        let sighting = if seen.is_empty() {
            Sighting::First
        } else {
            Sighting::NewDevice
        };
        seen.push(SeenDevice {
            public_key: public_key.to_string(),
            user: user.to_string(),
            first_seen: on,
            last_seen: on,
            files: 1,
        });
        sighting
    }

    pub fn of(&self, community: &CommunityId) -> &[SeenDevice] {
        self.by_community
            .get(community)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}
