//! What the signatures cover and what a key means: the canonical form of a
//! signed file's content, the signature block a file carries, a key's
//! fingerprint in groups of digits that can be read out over the phone, the
//! office's key rotations and wrapped key file, the key a device trusts and
//! the devices the office has seen per community. Pure: the browser's Web
//! Crypto signs and verifies these bytes (ECDSA P-256 with SHA-256).

mod canonical;
mod fingerprint;
mod key_book;
mod key_file;
mod rotation;
mod seen_devices;
mod signature;
mod signed_file;
mod trust;

pub use canonical::{canonical_json, signed_content};
pub use fingerprint::{fingerprint, fingerprint_of};
pub use key_book::KeyBook;
pub use key_file::{
    parse_key_file, KeyFileError, OfficeKeyFile, WrappedKey, IV_BYTES, KEY_FILE_FORMAT,
    MIN_PASSPHRASE_CHARS, PBKDF2_ITERATIONS, SALT_BYTES,
};
pub use rotation::{rotation_path, KeyRotation};
pub use seen_devices::{SeenDevice, SeenDevices, Sighting};
pub use signature::{SignatureBlock, SignatureProblem, SIGNATURE_ALGORITHM};
pub use signed_file::{read_signed_file, SignedFile, ROTATIONS_MEMBER};
pub use trust::{key_standing, KeyStanding, SignatureRefusal, Signer, TrustedKey};
