use serde::{Deserialize, Serialize};

use crate::hashing::sha256_hex;
use crate::ids::CommunityId;

/// Seconds per slide the user can pick; the first is the default.
pub const SLIDE_SECONDS: [u32; 4] = [12, 8, 20, 30];

/// A device in kiosk mode, kept with the preferences so that the display
/// comes back by itself after a reload or a power cut.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KioskConfig {
    pub community_id: CommunityId,
    /// SHA-256 of the device id and the PIN; the PIN itself is not stored.
    pub pin_hash: String,
    pub seconds_per_slide: u32,
    /// Whether the display asks residents how satisfied they are (a touch
    /// screen); off unless the committee turns it on.
    #[serde(default)]
    pub poll: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    /// Not 4 to 8 digits.
    Format,
    Wrong,
}

/// A PIN is 4 to 8 digits (ASCII), typed on any number pad.
pub fn validate_pin(pin: &str) -> Result<(), PinError> {
    let pin = pin.trim();
    if (4..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(PinError::Format)
    }
}

pub fn hash_pin(device_id: &str, pin: &str) -> String {
    sha256_hex(format!("{device_id}:{}", pin.trim()).as_bytes())
}

/// Whether `pin` unlocks the kiosk.
pub fn check_pin(config: &KioskConfig, device_id: &str, pin: &str) -> Result<(), PinError> {
    validate_pin(pin)?;
    if hash_pin(device_id, pin) == config.pin_hash {
        Ok(())
    } else {
        Err(PinError::Wrong)
    }
}
