//! The office's private key as it leaves the office's storage: wrapped
//! under a passphrase (PBKDF2 with SHA-256 derives an AES-GCM key that
//! encrypts the key's PKCS #8 bytes). This file is how a second office
//! laptop gets the key, and the office's backup of it. The checks here are
//! of its form; a wrong passphrase shows when the browser unwraps it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{KeyRotation, SignatureBlock, SIGNATURE_ALGORITHM};

pub const KEY_FILE_FORMAT: &str = "danzhou-green-community-office-key";
/// PBKDF2 rounds for a new file: OWASP's figure for PBKDF2-HMAC-SHA256
/// (about a second on an office laptop, once per file).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Fewer rounds than this make a passphrase too cheap to guess; more than
/// this would keep a laptop busy for minutes.
const ITERATIONS_ACCEPTED: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// A passphrase shorter than this is refused when the file is made.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// No key file is larger (a wrapped P-256 key is about 150 bytes).
const MAX_KEY_FILE_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeKeyFile {
    pub format: String,
    /// The key pair's public key (base64, 65 bytes).
    pub public_key: String,
    pub made_on: NaiveDate,
    pub iterations: u32,
    pub salt: String,
    pub iv: String,
    /// The private key, wrapped (base64).
    pub wrapped_key: String,
    /// The office's rotations up to this key, so that the laptop's files
    /// lead phones from an older key to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rotations: Vec<KeyRotation>,
}

/// Why a key file was refused before any passphrase was tried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyFileError {
    NotAKeyFile,
    /// A key file, but with a part that is not well formed.
    Damaged,
}

/// The parts the browser needs to unwrap the key.
pub struct WrappedKey {
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub wrapped: Vec<u8>,
    pub iterations: u32,
}

/// A key file's contents, checked for form.
pub fn parse_key_file(bytes: &[u8]) -> Result<(OfficeKeyFile, WrappedKey), KeyFileError> {
    if bytes.len() > MAX_KEY_FILE_BYTES {
        return Err(KeyFileError::NotAKeyFile);
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let file: OfficeKeyFile =
        serde_json::from_slice(bytes).map_err(|_| KeyFileError::NotAKeyFile)?;
    if file.format != KEY_FILE_FORMAT {
        return Err(KeyFileError::NotAKeyFile);
    }
    let key_block = SignatureBlock {
        algorithm: SIGNATURE_ALGORITHM.to_string(),
        public_key: file.public_key.clone(),
        value: STANDARD.encode([0u8; 64]),
    };
    key_block.parts().map_err(|_| KeyFileError::Damaged)?;
    let decode = |text: &str| STANDARD.decode(text).map_err(|_| KeyFileError::Damaged);
    let wrapped = WrappedKey {
        salt: decode(&file.salt)?,
        iv: decode(&file.iv)?,
        wrapped: decode(&file.wrapped_key)?,
        iterations: file.iterations,
    };
    let well_formed = wrapped.salt.len() == SALT_BYTES
        && wrapped.iv.len() == IV_BYTES
        && !wrapped.wrapped.is_empty()
        && ITERATIONS_ACCEPTED.contains(&file.iterations);
    if !well_formed {
        return Err(KeyFileError::Damaged);
    }
    Ok((file, wrapped))
}
