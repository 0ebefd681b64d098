//! Signing this device's files and checking the signatures of the files it
//! takes. A device signs with its own key, made on first use; an office
//! computer signs the office's files with the office key. A file's key
//! counts as the office's only when it is the key this device trusts, or a
//! newer one the office announced by signing it with that key.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use leptos::prelude::*;
use serde::Serialize;

use crate::app::failure::failure_message;
use crate::app::state::AppState;
use crate::signing::{
    key_standing, read_signed_file, signed_content, KeyBook, KeyRotation, KeyStanding,
    SignatureBlock, SignatureProblem, SignatureRefusal, Signer, TrustedKey, SIGNATURE_ALGORITHM,
};
use crate::storage::{StoredKey, DEVICE_KEY_NAME, OFFICE_KEY_NAME};
use crate::web::crypto::{self, CryptoError};
use crate::web::today;

/// Why this device could not sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SigningError {
    Unavailable,
    /// This device holds no office key.
    NoOfficeKey,
    /// The key could not be stored (the message says why).
    Storage(String),
}

impl From<CryptoError> for SigningError {
    fn from(error: CryptoError) -> Self {
        match error {
            CryptoError::Unavailable | CryptoError::Refused => SigningError::Unavailable,
        }
    }
}

pub fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// A new key pair with its public key; the office's is extractable so that
/// it can be wrapped for a second laptop.
pub async fn new_stored_key(extractable: bool) -> Result<StoredKey, CryptoError> {
    let pair = crypto::new_key_pair(extractable).await?;
    let public_key = base64(&crypto::public_key_bytes(&pair.get_public_key()).await?);
    Ok(StoredKey {
        private_key: pair.get_private_key(),
        public_key,
    })
}

/// This device's own key, made and stored on first use.
async fn device_key(state: AppState) -> Result<StoredKey, SigningError> {
    let storage = state.storage.get_value();
    if let Ok(Some(key)) = storage.load_key(DEVICE_KEY_NAME).await {
        return Ok(key);
    }
    let key = new_stored_key(false).await?;
    if let Err(error) = storage.save_key(DEVICE_KEY_NAME, &key).await {
        return Err(SigningError::Storage(failure_message(error).await));
    }
    Ok(key)
}

/// The office key, on a computer that holds it.
pub async fn office_key(state: AppState) -> Option<StoredKey> {
    state
        .storage
        .get_value()
        .load_key(OFFICE_KEY_NAME)
        .await
        .ok()
        .flatten()
}

/// `key`'s signature block over `content`.
pub async fn signature_over(
    key: &StoredKey,
    content: &[u8],
) -> Result<SignatureBlock, CryptoError> {
    let value = crypto::sign(&key.private_key, content).await?;
    Ok(SignatureBlock {
        algorithm: SIGNATURE_ALGORITHM.to_string(),
        public_key: key.public_key.clone(),
        value: base64(&value),
    })
}

/// This device's signature over `document` (its `signature` member aside).
pub async fn device_signature<T: Serialize>(
    state: AppState,
    document: &T,
) -> Result<SignatureBlock, SigningError> {
    let key = device_key(state).await?;
    Ok(signature_over(&key, &signed_content(document)).await?)
}

/// The office's signature over `document`.
pub async fn office_signature<T: Serialize>(
    state: AppState,
    document: &T,
) -> Result<SignatureBlock, SigningError> {
    let key = office_key(state).await.ok_or(SigningError::NoOfficeKey)?;
    Ok(signature_over(&key, &signed_content(document)).await?)
}

/// The office's key rotations this device knows, which its office files
/// carry.
pub fn known_rotations(state: AppState) -> Vec<KeyRotation> {
    state.key_book.with_untracked(|book| book.rotations.clone())
}

async fn verifies(block: &SignatureBlock, content: &[u8]) -> Result<bool, SignatureRefusal> {
    let (key, value) = block.parts().map_err(SignatureRefusal::Malformed)?;
    crypto::verify(&key, &value, content)
        .await
        .map_err(|error| match error {
            CryptoError::Unavailable => SignatureRefusal::Unavailable,
            CryptoError::Refused => SignatureRefusal::Malformed(SignatureProblem::MalformedKey),
        })
}

/// Who signed the file `bytes`, once its signature has verified. A newer
/// office key reached by verified rotations from the trusted one becomes
/// the trusted key here.
pub async fn signer_of(state: AppState, bytes: &[u8]) -> Result<Signer, SignatureRefusal> {
    let Some(file) = read_signed_file(bytes).map_err(SignatureRefusal::Malformed)? else {
        return Ok(Signer::Unsigned);
    };
    if !verifies(&file.block, &file.content).await? {
        return Err(SignatureRefusal::DoesNotVerify);
    }
    let key = file.block.public_key.clone();
    let trusted = state
        .key_book
        .with_untracked(|b| b.trusted_key().map(str::to_string));
    match key_standing(trusted.as_deref(), &key, &file.rotations) {
        KeyStanding::Trusted => Ok(Signer::Office),
        KeyStanding::Rotated(path) => {
            for rotation in &path {
                if !verifies(&rotation.block(), &rotation.signed_bytes()).await? {
                    return Err(SignatureRefusal::RotationDoesNotVerify);
                }
            }
            let rotations = file.rotations.clone();
            update_key_book(state, move |book| {
                book.learn_rotations(&rotations);
                book.trusted_office_key = Some(TrustedKey {
                    public_key: key,
                    since: today(),
                });
            })
            .await;
            Ok(Signer::Office)
        }
        KeyStanding::NothingTrusted | KeyStanding::Other => Ok(Signer::Key(key)),
    }
}

/// Changes the key book, stores it, and shows it once stored.
pub async fn update_key_book(state: AppState, change: impl FnOnce(&mut KeyBook)) -> bool {
    let mut book = state.key_book.get_untracked();
    change(&mut book);
    let stored = state.storage.get_value().save_key_book(&book).await.is_ok();
    if stored {
        state.key_book.set(book);
    }
    stored
}

/// The committee confirmed `public_key` by its fingerprint: from now on
/// this device takes office files only when signed by it.
pub async fn trust_office_key(state: AppState, public_key: String) -> bool {
    update_key_book(state, move |book| {
        book.trusted_office_key = Some(TrustedKey {
            public_key,
            since: today(),
        });
    })
    .await
}

/// What a file means as an office file on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeSigner {
    Office,
    /// Signed, but this device trusts no office key yet: the committee is
    /// asked to confirm the key's fingerprint.
    Unconfirmed(String),
    Unsigned,
    /// Signed by a key that is not the trusted office key.
    OtherKey(String),
}

pub async fn office_signer(
    state: AppState,
    bytes: &[u8],
) -> Result<OfficeSigner, SignatureRefusal> {
    Ok(match signer_of(state, bytes).await? {
        Signer::Office => OfficeSigner::Office,
        Signer::Unsigned => OfficeSigner::Unsigned,
        Signer::Key(key)
            if state
                .key_book
                .with_untracked(|b| b.trusted_office_key.is_none()) =>
        {
            OfficeSigner::Unconfirmed(key)
        }
        Signer::Key(key) => OfficeSigner::OtherKey(key),
    })
}

/// What a user reads when this device could not sign.
pub fn signing_error_message(error: &SigningError) -> String {
    let s = crate::i18n::office_key_texts();
    match error {
        SigningError::Unavailable => s.error_unavailable.to_string(),
        SigningError::NoOfficeKey => s.error_no_key.to_string(),
        SigningError::Storage(reason) => crate::i18n::fill(s.error_storage, &[("reason", reason)]),
    }
}
