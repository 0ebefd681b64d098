//! The files' layout: JSON indented by two spaces, exactly as
//! `serde_json::to_string_pretty` writes it, made from the compact text.
//! Serialising compactly only means the bundles carry one serialiser per
//! type (the checksum and storage need the compact one anyway) instead of
//! two; `tests/exchange_indent.rs` checks the two layouts are the same.

use serde::Serialize;

/// `value` as indented JSON text.
pub fn to_indented_json<T: Serialize>(value: &T) -> String {
    // Plain data with string keys: serialising it cannot fail.
    indent(&serde_json::to_vec(value).unwrap_or_default())
}

/// Indents compact JSON (no whitespace outside strings, as serde_json
/// writes it). Only ASCII bytes are structural, so the UTF-8 of strings
/// passes through untouched.
pub fn indent(compact: &[u8]) -> String {
    let mut out = Vec::with_capacity(compact.len() + compact.len() / 4);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut bytes = compact.iter().copied().peekable();
    while let Some(byte) = bytes.next() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            out.push(byte);
            continue;
        }
        match byte {
            b'{' | b'[' => {
                out.push(byte);
                let close = if byte == b'{' { b'}' } else { b']' };
                if bytes.next_if_eq(&close).is_some() {
                    // Empty: `{}` or `[]`.
                    out.push(close);
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(byte);
            }
            b',' => {
                out.push(byte);
                new_line(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => {
                in_string = byte == b'"';
                out.push(byte);
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

fn new_line(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    out.extend(std::iter::repeat_n(b' ', depth * 2));
}
