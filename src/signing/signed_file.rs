//! A signed file as read back: its signature block, the office's key
//! rotations it carries, and the canonical bytes the signature must cover,
//! whatever kind of file it is.

use serde_json::Value;

use super::{canonical_json, KeyRotation, SignatureBlock, SignatureProblem};

/// The member that holds a file's rotations.
pub const ROTATIONS_MEMBER: &str = "key_rotations";

pub struct SignedFile {
    pub block: SignatureBlock,
    pub rotations: Vec<KeyRotation>,
    /// The file's content without its signature, in canonical form.
    pub content: Vec<u8>,
}

/// The signature a file's text carries: `Ok(None)` for a file without one
/// (or text that is no JSON object: its own parser says what it is).
pub fn read_signed_file(bytes: &[u8]) -> Result<Option<SignedFile>, SignatureProblem> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let Ok(Value::Object(mut members)) = serde_json::from_slice::<Value>(bytes) else {
        return Ok(None);
    };
    let Some(signature) = members.remove("signature") else {
        return Ok(None);
    };
    let block: SignatureBlock =
        serde_json::from_value(signature).map_err(|_| SignatureProblem::MalformedSignature)?;
    block.parts()?;
    let rotations: Vec<KeyRotation> = match members.get(ROTATIONS_MEMBER) {
        None => Vec::new(),
        Some(listed) => {
            serde_json::from_value(listed.clone()).map_err(|_| SignatureProblem::MalformedKey)?
        }
    };
    for rotation in &rotations {
        rotation.block().parts()?;
    }
    Ok(Some(SignedFile {
        block,
        rotations,
        content: canonical_json(&Value::Object(members)),
    }))
}
