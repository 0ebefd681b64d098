//! Which key a device takes office files from, and what a verified file's
//! key means to it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{rotation_path, KeyRotation, SignatureProblem};

/// The office key this device trusts: on a phone the one the committee
/// confirmed by the fingerprint (pinned), on an office computer its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedKey {
    pub public_key: String,
    /// When it was confirmed, or followed to by a rotation.
    pub since: NaiveDate,
}

/// Who signed a file, once its signature has verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signer {
    /// A file from before signatures (or a hand-made one).
    Unsigned,
    /// The office key this device trusts.
    Office,
    /// Any other key: a device's own, or an office key not confirmed here.
    Key(String),
}

impl Signer {
    pub fn is_office(&self) -> bool {
        matches!(self, Signer::Office)
    }
}

/// What a file's (verified) key is to a device trusting `trusted`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyStanding<'a> {
    /// The trusted key itself.
    Trusted,
    /// A newer office key, reached from the trusted one by these rotations,
    /// each to be verified before it is followed.
    Rotated(Vec<&'a KeyRotation>),
    /// No office key is trusted yet here.
    NothingTrusted,
    /// Another key.
    Other,
}

pub fn key_standing<'a>(
    trusted: Option<&str>,
    key: &str,
    rotations: &'a [KeyRotation],
) -> KeyStanding<'a> {
    let Some(trusted) = trusted else {
        return KeyStanding::NothingTrusted;
    };
    match rotation_path(trusted, key, rotations) {
        Some(path) if path.is_empty() => KeyStanding::Trusted,
        Some(path) => KeyStanding::Rotated(path),
        None => KeyStanding::Other,
    }
}

/// Why a file's signature was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureRefusal {
    Malformed(SignatureProblem),
    /// The signature is not its key's over this content: the file was
    /// changed after it was signed, or signed over other content.
    DoesNotVerify,
    /// It names a rotation of the office's key the old key did not sign.
    RotationDoesNotVerify,
    /// No Web Crypto here (not https).
    Unavailable,
}
