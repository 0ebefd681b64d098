//! The base64 that carries photos in export files: RFC 4648's test
//! vectors, round trips, and strict refusal of anything else.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use danzhou_green_community::exchange::{base64_decode, base64_encode, Base64Error};
use proptest::prelude::*;

const VECTORS: [(&str, &str); 7] = [
    ("", ""),
    ("f", "Zg=="),
    ("fo", "Zm8="),
    ("foo", "Zm9v"),
    ("foob", "Zm9vYg=="),
    ("fooba", "Zm9vYmE="),
    ("foobar", "Zm9vYmFy"),
];

#[test]
fn rfc_4648_test_vectors() {
    for (plain, encoded) in VECTORS {
        assert_eq!(base64_encode(plain.as_bytes()), encoded);
        assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
    }
}

#[test]
fn the_whole_alphabet_round_trips() {
    let bytes: Vec<u8> = (0..=255).collect();
    let encoded = base64_encode(&bytes);
    assert!(encoded.contains('+') && encoded.contains('/'));
    assert_eq!(base64_decode(&encoded).unwrap(), bytes);
}

#[test]
fn anything_but_strict_base64_is_refused() {
    assert_eq!(base64_decode("Zg="), Err(Base64Error::Length));
    assert_eq!(base64_decode("Zg"), Err(Base64Error::Length));
    assert_eq!(base64_decode("Zm9v\n"), Err(Base64Error::Length));
    assert_eq!(base64_decode("Zm 9"), Err(Base64Error::Character));
    assert_eq!(base64_decode("Zm-_"), Err(Base64Error::Character));
    assert_eq!(base64_decode("Zg==Zm9v"), Err(Base64Error::Character));
    assert_eq!(base64_decode("Z==="), Err(Base64Error::Character));
    assert_eq!(base64_decode("===="), Err(Base64Error::Character));
    assert_eq!(base64_decode("Z=g="), Err(Base64Error::Character));
    assert_eq!(base64_decode("Zh=="), Err(Base64Error::TrailingBits));
    assert_eq!(base64_decode("Zm9="), Err(Base64Error::TrailingBits));
    assert_eq!(base64_decode("中文中文"), Err(Base64Error::Character));
}

proptest! {
    #[test]
    fn every_byte_string_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let encoded = base64_encode(&bytes);
        prop_assert_eq!(encoded.len() % 4, 0);
        prop_assert_eq!(base64_decode(&encoded).unwrap(), bytes);
    }

    #[test]
    fn decoding_any_text_never_panics(text in ".{0,40}") {
        if let Ok(bytes) = base64_decode(&text) {
            prop_assert_eq!(base64_encode(&bytes), text);
        }
    }
}
