//! The browser's Web Crypto, as the signatures use it: ECDSA P-256 key
//! pairs, signing and verifying bytes, and wrapping a private key under a
//! passphrase (PBKDF2 with SHA-256 derives an AES-GCM key). Thin: which
//! bytes are signed and what a key means is decided in `crate::signing`.
//! Web Crypto exists only in a secure context (https, or the device itself);
//! elsewhere every call says [`CryptoError::Unavailable`].

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, CryptoKeyPair, SubtleCrypto};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No Web Crypto here: the page is not served over https.
    Unavailable,
    /// The browser refused the operation (a wrong passphrase when
    /// unwrapping, a key of another kind).
    Refused,
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).map_err(|_| CryptoError::Unavailable)?;
    if subtle.is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok(subtle.unchecked_into())
}

/// A plain object with the given members: Web Crypto's algorithm parameters.
fn params(members: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in members {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

fn ecdsa_key() -> Object {
    params(&[("name", "ECDSA".into()), ("namedCurve", "P-256".into())])
}

fn ecdsa_sha256() -> Object {
    params(&[("name", "ECDSA".into()), ("hash", "SHA-256".into())])
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    let promise = promise.map_err(|_| CryptoError::Refused)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| CryptoError::Refused)
}

fn bytes_of(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

/// `count` random bytes.
pub fn random_bytes(count: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; count];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

/// A new signing key pair. Only a key that will be wrapped for another
/// device (the office's) is made `extractable`; a device's own stays where
/// it was made.
pub async fn new_key_pair(extractable: bool) -> Result<CryptoKeyPair, CryptoError> {
    let subtle = subtle()?;
    let made =
        subtle.generate_key_with_object(&ecdsa_key(), extractable, &usages(&["sign", "verify"]));
    Ok(resolve(made).await?.unchecked_into())
}

/// The public key as an uncompressed P-256 point (65 bytes).
pub async fn public_key_bytes(key: &CryptoKey) -> Result<Vec<u8>, CryptoError> {
    let exported = resolve(subtle()?.export_key("raw", key)).await?;
    Ok(bytes_of(&exported))
}

/// The signature of `data` (r‖s, 64 bytes).
pub async fn sign(private_key: &CryptoKey, data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let signed = subtle()?.sign_with_object_and_u8_array(&ecdsa_sha256(), private_key, data);
    Ok(bytes_of(&resolve(signed).await?))
}

/// Whether `signature` is `public_key`'s over `data`. A key that is no
/// P-256 point is an error, a signature that does not match is `false`.
pub async fn verify(public_key: &[u8], signature: &[u8], data: &[u8]) -> Result<bool, CryptoError> {
    let subtle = subtle()?;
    let key_data = Uint8Array::from(public_key);
    let imported =
        subtle.import_key_with_object("raw", &key_data, &ecdsa_key(), true, &usages(&["verify"]));
    let key: CryptoKey = resolve(imported).await?.unchecked_into();
    let checked =
        subtle.verify_with_object_and_u8_array_and_u8_array(&ecdsa_sha256(), &key, signature, data);
    Ok(resolve(checked).await?.as_bool().unwrap_or(false))
}

/// The AES-GCM key a passphrase gives with `salt` and `iterations`.
async fn passphrase_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let pbkdf2 = params(&[("name", "PBKDF2".into())]);
    let base =
        subtle.import_key_with_object("raw", &secret, &pbkdf2, false, &usages(&["deriveKey"]));
    let base: CryptoKey = resolve(base).await?.unchecked_into();
    let derivation = params(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let aes = params(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let derived = subtle.derive_key_with_object_and_object(
        &derivation,
        &base,
        &aes,
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    );
    Ok(resolve(derived).await?.unchecked_into())
}

fn aes_gcm(iv: &[u8]) -> Object {
    params(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
    ])
}

/// The private key, wrapped (PKCS #8, encrypted with AES-GCM under the
/// passphrase's key).
pub async fn wrap_private_key(
    private_key: &CryptoKey,
    passphrase: &str,
    salt: &[u8],
    iv: &[u8],
    iterations: u32,
) -> Result<Vec<u8>, CryptoError> {
    let wrapping = passphrase_key(passphrase, salt, iterations).await?;
    let wrapped = subtle()?.wrap_key_with_object("pkcs8", private_key, &wrapping, &aes_gcm(iv));
    Ok(bytes_of(&resolve(wrapped).await?))
}

/// The private key a wrapped key holds; [`CryptoError::Refused`] for a
/// wrong passphrase (AES-GCM then finds the bytes were not its own).
pub async fn unwrap_private_key(
    wrapped: &[u8],
    passphrase: &str,
    salt: &[u8],
    iv: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let unwrapping = passphrase_key(passphrase, salt, iterations).await?;
    let unwrapped = subtle()?.unwrap_key_with_u8_array_and_object_and_object(
        "pkcs8",
        wrapped,
        &unwrapping,
        &aes_gcm(iv),
        &ecdsa_key(),
        true,
        &usages(&["sign"]),
    );
    Ok(resolve(unwrapped).await?.unchecked_into())
}
