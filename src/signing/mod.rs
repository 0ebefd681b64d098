//! What the office's signatures cover and how a person checks a key: the
//! canonical form of a signed file's content, the signature block a file
//! carries, and a key's fingerprint in groups of digits that can be read
//! out over the phone. Pure: the browser's Web Crypto signs and verifies
//! these bytes (ECDSA P-256 with SHA-256).

mod canonical;
mod fingerprint;
mod signature;

pub use canonical::{canonical_json, signed_content};
pub use fingerprint::fingerprint;
pub use signature::{SignatureBlock, SignatureProblem, SIGNATURE_ALGORITHM};
