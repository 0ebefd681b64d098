//! Ids in URLs: percent-encoded segments, so an imported id may hold `/`,
//! `#`, `?` or Chinese.

/// A URL path segment: every byte but ASCII letters, digits and `-._~` as
/// `%XX` (the unreserved characters of RFC 3986), so a segment never holds
/// `/`, `#`, `?` or `%` of its own.
pub fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The segment with its `%XX` escapes decoded; `None` when an escape is
/// broken or the bytes are not UTF-8. Unescaped characters (a browser may
/// show or hand back Chinese as is) are kept.
pub fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
