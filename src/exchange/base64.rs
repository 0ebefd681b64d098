//! Base64 as RFC 4648 §4 defines it: the standard alphabet (`A–Z a–z 0–9 +
//! /`) with `=` padding. Photos travel inside export files in this form.
//! The decoder is strict (no whitespace, no missing padding, no stray bits)
//! so that one photo has exactly one encoding.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD: u8 = b'=';

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
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let sextets = [
            b[0] >> 2,
            (b[0] & 0x03) << 4 | b[1] >> 4,
            (b[1] & 0x0f) << 2 | b[2] >> 6,
            b[2] & 0x3f,
        ];
        for (i, sextet) in sextets.iter().enumerate() {
            // A chunk of n bytes fills n + 1 characters; the rest is padding.
            let ch = if i <= chunk.len() {
                ALPHABET[usize::from(*sextet)]
            } else {
                PAD
            };
            out.push(char::from(ch));
        }
    }
    out
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return Err(Base64Error::Length);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let quads = text.len() / 4;
    for (index, quad) in text.chunks(4).enumerate() {
        let is_last = index + 1 == quads;
        decode_quad(quad, is_last, &mut out)?;
    }
    Ok(out)
}

/// Decodes four characters; only the last group may end in padding.
fn decode_quad(quad: &[u8], is_last: bool, out: &mut Vec<u8>) -> Result<(), Base64Error> {
    let padding = quad.iter().rev().take_while(|&&c| c == PAD).count();
    if padding > 2 || (padding > 0 && !is_last) {
        return Err(Base64Error::Character);
    }
    let mut sextets = [0u8; 4];
    for (slot, &c) in sextets.iter_mut().zip(&quad[..4 - padding]) {
        *slot = sextet_of(c).ok_or(Base64Error::Character)?;
    }
    let bytes = [
        sextets[0] << 2 | sextets[1] >> 4,
        sextets[1] << 4 | sextets[2] >> 2,
        sextets[2] << 6 | sextets[3],
    ];
    let kept = 3 - padding;
    if bytes[kept..].iter().any(|&b| b != 0) {
        return Err(Base64Error::TrailingBits);
    }
    out.extend_from_slice(&bytes[..kept]);
    Ok(())
}

fn sextet_of(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}
