//! What a device knows of keys, kept with its settings: the office key it
//! trusts, the office's rotations it has seen, and (at the office) the
//! devices each community's files came from. Private keys are not here:
//! the browser keeps them as keys that never appear as bytes.

use serde::{Deserialize, Serialize};

use super::{KeyRotation, SeenDevices, TrustedKey};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyBook {
    pub trusted_office_key: Option<TrustedKey>,
    /// Every rotation of the office's key this device made or took, so
    /// that its own office files lead from any older key to the current.
    #[serde(default)]
    pub rotations: Vec<KeyRotation>,
    #[serde(default)]
    pub seen_devices: SeenDevices,
}

impl KeyBook {
    pub fn trusted_key(&self) -> Option<&str> {
        self.trusted_office_key
            .as_ref()
            .map(|k| k.public_key.as_str())
    }

    /// Adds rotations not yet known.
    pub fn learn_rotations(&mut self, rotations: &[KeyRotation]) {
        for rotation in rotations {
            if !self.rotations.contains(rotation) {
                self.rotations.push(rotation.clone());
            }
        }
    }
}
