//! A public key as a person reads it out: five groups of four digits from
//! its SHA-256, e.g. `0931 5527 4410 0082 7316` (about 66 bits: enough
//! that no one makes a key with the same fingerprint by trying).

use sha2::{Digest, Sha256};

pub fn fingerprint(public_key: &[u8]) -> String {
    let digest = Sha256::digest(public_key);
    digest
        .chunks(2)
        .take(5)
        .map(|pair| {
            let number = u16::from_be_bytes([pair[0], pair[1]]) % 10_000;
            format!("{number:04}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fingerprint of a key written in base64 (as files carry it); empty
/// for text that is not base64.
pub fn fingerprint_of(public_key: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(public_key)
        .map(|bytes| fingerprint(&bytes))
        .unwrap_or_default()
}
