//! Base64 as RFC 4648 §4 defines it: the standard alphabet (`A–Z a–z 0–9 +
//! /`) with `=` padding. Photos travel inside export files in this form.
//! The decoder is strict (no whitespace, no missing padding, no stray bits)
//! so that one photo has exactly one encoding: the `base64` crate's
//! standard engine, whose errors are sorted here into the three a file's
//! reader is told.

use base64::engine::general_purpose::STANDARD;
use base64::{DecodeError, Engine};

/// Why a text is not strict base64.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// The length is not a multiple of 4.
    Length,
    /// A byte outside the alphabet, or `=` anywhere but at the end.
    Character,
    /// Bits after the last byte that are not zero: not the canonical form.
    TrailingBits,
}

pub fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    if !text.len().is_multiple_of(4) {
        return Err(Base64Error::Length);
    }
    STANDARD.decode(text).map_err(|error| match error {
        DecodeError::InvalidLength(_) => Base64Error::Length,
        DecodeError::InvalidLastSymbol(..) => Base64Error::TrailingBits,
        DecodeError::InvalidByte(..) | DecodeError::InvalidPadding => Base64Error::Character,
    })
}
