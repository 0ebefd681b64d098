//! The bytes a signature covers: the file's JSON without its `signature`
//! member, every object's members sorted by name, no spaces, text as is.
//! The same bytes whatever order a file's members came in and however it
//! was indented, on every device.

use serde::Serialize;
use serde_json::Value;

/// The canonical bytes of `document` without its top-level `signature`.
pub fn signed_content<T: Serialize>(document: &T) -> Vec<u8> {
    // Written as text and read back rather than `to_value`: the app already
    // writes every record as text, and a second serializer for each record
    // type would cost the bundles tens of kilobytes.
    let text = serde_json::to_vec(document).unwrap_or_default();
    let mut value: Value = serde_json::from_slice(&text).unwrap_or(Value::Null);
    if let Value::Object(members) = &mut value {
        members.remove("signature");
    }
    canonical_json(&value)
}

/// `value` as compact JSON with every object's members sorted by name.
/// Sorted here, not by the map type, so that no crate feature elsewhere in
/// the build (an insertion-ordered map) can change the bytes.
pub fn canonical_json(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write(value, &mut out);
    out
}

fn write(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(members) => {
            let mut names: Vec<&String> = members.keys().collect();
            crate::sorting::sort(&mut names);
            out.push(b'{');
            for (i, name) in names.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                scalar(&Value::String(name.clone()), out);
                out.push(b':');
                write(&members[name], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(item, out);
            }
            out.push(b']');
        }
        _ => scalar(value, out),
    }
}

fn scalar(value: &Value, out: &mut Vec<u8>) {
    out.extend(serde_json::to_vec(value).unwrap_or_default());
}
