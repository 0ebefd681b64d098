//! The office's key on its computers: made once, moved to a new one signed
//! by the old, written to a file only wrapped under a passphrase, and taken
//! from that file on a second office laptop.

use leptos::prelude::*;

use crate::app::failure::failure_message;
use crate::app::signing::{base64, new_stored_key, office_key, signature_over, update_key_book};
use crate::app::state::AppState;
use crate::i18n::{fill, office_key_texts};
use crate::signing::{
    parse_key_file, KeyFileError, KeyRotation, OfficeKeyFile, TrustedKey, IV_BYTES,
    KEY_FILE_FORMAT, MIN_PASSPHRASE_CHARS, PBKDF2_ITERATIONS, SALT_BYTES,
};
use crate::storage::{StoredKey, OFFICE_KEY_NAME};
use crate::web::crypto::{self, CryptoError};
use crate::web::today;

/// Why a key could not be made, written or taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeKeyError {
    /// No Web Crypto here (the page is not served over https).
    Unavailable,
    ShortPassphrase,
    PassphrasesDiffer,
    File(KeyFileError),
    /// The passphrase does not unwrap the file's key.
    WrongPassphrase,
    /// The unwrapped key is not the file's public key's.
    KeyMismatch,
    NoOfficeKey,
    Storage(String),
}

impl From<CryptoError> for OfficeKeyError {
    fn from(_: CryptoError) -> Self {
        OfficeKeyError::Unavailable
    }
}

/// Stores `key` as the office key and trusts it here.
async fn keep_office_key(
    state: AppState,
    key: &StoredKey,
    rotations: Vec<KeyRotation>,
) -> Result<(), OfficeKeyError> {
    if let Err(error) = state
        .storage
        .get_value()
        .save_key(OFFICE_KEY_NAME, key)
        .await
    {
        return Err(OfficeKeyError::Storage(failure_message(error).await));
    }
    let public_key = key.public_key.clone();
    let stored = update_key_book(state, move |book| {
        book.learn_rotations(&rotations);
        book.trusted_office_key = Some(TrustedKey {
            public_key,
            since: today(),
        });
    })
    .await;
    if stored {
        Ok(())
    } else {
        Err(OfficeKeyError::Storage(String::new()))
    }
}

/// Makes the office's key on this computer.
pub async fn create_office_key(state: AppState) -> Result<(), OfficeKeyError> {
    let key = new_stored_key(true).await?;
    keep_office_key(state, &key, Vec::new()).await
}

/// Moves the office to a new key, which the old one signs: phones that
/// trust the old key follow without asking.
pub async fn rotate_office_key(state: AppState) -> Result<(), OfficeKeyError> {
    let old = office_key(state).await.ok_or(OfficeKeyError::NoOfficeKey)?;
    let new = new_stored_key(true).await?;
    let on = today();
    let content = KeyRotation::content(&old.public_key, &new.public_key, on);
    let signed = signature_over(&old, &content).await?;
    let rotation = KeyRotation {
        from_key: old.public_key.clone(),
        to_key: new.public_key.clone(),
        on,
        signature: signed.value,
    };
    keep_office_key(state, &new, vec![rotation]).await
}

/// The key file: the office key wrapped under `passphrase`.
pub async fn office_key_file(
    state: AppState,
    passphrase: &str,
    again: &str,
) -> Result<String, OfficeKeyError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(OfficeKeyError::ShortPassphrase);
    }
    if passphrase != again {
        return Err(OfficeKeyError::PassphrasesDiffer);
    }
    let key = office_key(state).await.ok_or(OfficeKeyError::NoOfficeKey)?;
    let salt = crypto::random_bytes(SALT_BYTES)?;
    let iv = crypto::random_bytes(IV_BYTES)?;
    let wrapped =
        crypto::wrap_private_key(&key.private_key, passphrase, &salt, &iv, PBKDF2_ITERATIONS)
            .await?;
    let file = OfficeKeyFile {
        format: KEY_FILE_FORMAT.to_string(),
        public_key: key.public_key,
        made_on: today(),
        iterations: PBKDF2_ITERATIONS,
        salt: base64(&salt),
        iv: base64(&iv),
        wrapped_key: base64(&wrapped),
        rotations: crate::app::signing::known_rotations(state),
    };
    Ok(crate::exchange::to_indented_json(&file))
}

/// Takes the office key from a key file with its passphrase. Nothing
/// changes unless the passphrase unwraps the key and the key signs as the
/// file's public key says.
pub async fn take_office_key_file(
    state: AppState,
    bytes: &[u8],
    passphrase: &str,
) -> Result<String, OfficeKeyError> {
    let (file, wrapped) = parse_key_file(bytes).map_err(OfficeKeyError::File)?;
    let private_key = crypto::unwrap_private_key(
        &wrapped.wrapped,
        passphrase,
        &wrapped.salt,
        &wrapped.iv,
        wrapped.iterations,
    )
    .await
    .map_err(|error| match error {
        CryptoError::Refused => OfficeKeyError::WrongPassphrase,
        CryptoError::Unavailable => OfficeKeyError::Unavailable,
    })?;
    let key = StoredKey {
        private_key,
        public_key: file.public_key.clone(),
    };
    check_pair(&key).await?;
    keep_office_key(state, &key, file.rotations).await?;
    Ok(crate::signing::fingerprint_of(&file.public_key))
}

/// Whether the private key signs as the public key says: a file whose two
/// halves were put together from different keys is refused.
async fn check_pair(key: &StoredKey) -> Result<(), OfficeKeyError> {
    let probe = b"danzhou-green-community office key check";
    let block = signature_over(key, probe).await?;
    let (public, value) = block.parts().map_err(|_| OfficeKeyError::KeyMismatch)?;
    match crypto::verify(&public, &value, probe).await {
        Ok(true) => Ok(()),
        _ => Err(OfficeKeyError::KeyMismatch),
    }
}

impl OfficeKeyError {
    /// What a user reads when the key could not be made, written or taken.
    pub fn message(&self, file: &str) -> String {
        let s = office_key_texts();
        let with_file = |template: &str| fill(template, &[("file", file)]);
        match self {
            OfficeKeyError::Unavailable => s.error_unavailable.to_string(),
            OfficeKeyError::ShortPassphrase => {
                fill(s.error_short, &[("n", &MIN_PASSPHRASE_CHARS.to_string())])
            }
            OfficeKeyError::PassphrasesDiffer => s.error_differ.to_string(),
            OfficeKeyError::File(KeyFileError::NotAKeyFile) => with_file(s.error_not_key_file),
            OfficeKeyError::File(KeyFileError::Damaged) => with_file(s.error_damaged),
            OfficeKeyError::WrongPassphrase => s.error_wrong_passphrase.to_string(),
            OfficeKeyError::KeyMismatch => with_file(s.error_mismatch),
            OfficeKeyError::NoOfficeKey => s.error_no_key.to_string(),
            OfficeKeyError::Storage(reason) => fill(s.error_storage, &[("reason", reason)]),
        }
    }
}
