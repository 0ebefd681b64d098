//! The name an export file is saved under: the community's name and the
//! date, like `东风社区-2026-11-28.json`, safe on every common file system.

use chrono::NaiveDate;

/// What a nameless export is called.
const FALLBACK_LABEL: &str = "export";

/// `{label}-{YYYY-MM-DD}.json`, with the characters Windows, macOS or
/// Android refuse in file names (`/ \ : * ? " < > |` and control
/// characters) replaced by `_`, and surrounding spaces and dots removed.
pub fn file_name(label: &str, date: NaiveDate) -> String {
    let safe: String = label.chars().map(safe_char).collect();
    let safe = safe.trim_matches(|c: char| c.is_whitespace() || c == '.');
    let safe = if safe.is_empty() {
        FALLBACK_LABEL
    } else {
        safe
    };
    // `NaiveDate`'s own display is `%Y-%m-%d`, without chrono's format machinery.
    format!("{safe}-{date}.json")
}

fn safe_char(c: char) -> char {
    match c {
        '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
        c if c.is_control() => '_',
        c => c,
    }
}
