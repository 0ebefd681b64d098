//! The office moving to a new key: the new key, signed by the old one. A
//! device that trusts the old key follows to the new one when it finds such
//! a chain of rotations in an office file, without asking again.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{canonical_json, SignatureBlock, SIGNATURE_ALGORITHM};

const ROTATION_FORMAT: &str = "danzhou-green-community-key-rotation";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRotation {
    /// The key given up, which signs this rotation (base64, 65 bytes).
    pub from_key: String,
    /// The key now used.
    pub to_key: String,
    pub on: NaiveDate,
    /// The old key's signature over [`KeyRotation::signed_bytes`] (base64).
    pub signature: String,
}

impl KeyRotation {
    /// The bytes the old key signs: both keys and the date, in canonical
    /// form, named as a rotation so that no other signed file can stand
    /// for one.
    pub fn content(from_key: &str, to_key: &str, on: NaiveDate) -> Vec<u8> {
        canonical_json(&json!({
            "format": ROTATION_FORMAT,
            "from_key": from_key,
            "to_key": to_key,
            "on": on.to_string(),
        }))
    }

    pub fn signed_bytes(&self) -> Vec<u8> {
        KeyRotation::content(&self.from_key, &self.to_key, self.on)
    }

    /// The rotation's signature as a block, to be checked like a file's.
    pub fn block(&self) -> SignatureBlock {
        SignatureBlock {
            algorithm: SIGNATURE_ALGORITHM.to_string(),
            public_key: self.from_key.clone(),
            value: self.signature.clone(),
        }
    }
}

/// The rotations, in order, that lead from the `trusted` key to `key`;
/// `None` when no chain of them does. Empty when `key` is the trusted one.
pub fn rotation_path<'a>(
    trusted: &str,
    key: &str,
    rotations: &'a [KeyRotation],
) -> Option<Vec<&'a KeyRotation>> {
    let mut path = Vec::new();
    let mut current = trusted;
    while current != key {
        if path.len() >= rotations.len() {
            return None;
        }
        let next = rotations.iter().find(|r| r.from_key == current)?;
        path.push(next);
        current = &next.to_key;
    }
    Some(path)
}
