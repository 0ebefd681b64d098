//! The signature block a signed file carries, and whether it is well
//! formed before anything is verified.

use serde::{Deserialize, Serialize};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The only algorithm: ECDSA on P-256 over SHA-256, as Web Crypto names
/// it, with the signature as r‖s (64 bytes).
pub const SIGNATURE_ALGORITHM: &str = "ECDSA-P256-SHA256";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureBlock {
    /// Always [`SIGNATURE_ALGORITHM`].
    pub algorithm: String,
    /// The signer's public key, an uncompressed P-256 point (65 bytes,
    /// starting 0x04), in standard base64.
    pub public_key: String,
    /// The signature over the file's canonical content, 64 bytes, base64.
    pub value: String,
}

/// Why a signature block cannot be verified at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureProblem {
    UnknownAlgorithm,
    MalformedKey,
    MalformedSignature,
}

impl SignatureBlock {
    /// The key's and the signature's bytes, when both are well formed.
    pub fn parts(&self) -> Result<(Vec<u8>, Vec<u8>), SignatureProblem> {
        if self.algorithm != SIGNATURE_ALGORITHM {
            return Err(SignatureProblem::UnknownAlgorithm);
        }
        let key = STANDARD
            .decode(&self.public_key)
            .map_err(|_| SignatureProblem::MalformedKey)?;
        if key.len() != 65 || key[0] != 0x04 {
            return Err(SignatureProblem::MalformedKey);
        }
        let value = STANDARD
            .decode(&self.value)
            .map_err(|_| SignatureProblem::MalformedSignature)?;
        if value.len() != 64 {
            return Err(SignatureProblem::MalformedSignature);
        }
        Ok((key, value))
    }
}
