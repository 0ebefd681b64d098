//! How figures are written, the same on every screen, form and file: a
//! share as a whole percent, and scoring points. Pure.

/// Whole percent, rounded down so that 99.6% never shows as "100%" (a
/// community shown at 70% has reached 70%).
pub fn percent(ratio: f64) -> u32 {
    (ratio * 100.0 + 1e-9).floor() as u32
}

/// A share as "70%", or `none` (for example "—") when there is nothing to
/// measure it against.
pub fn percent_text(share: Option<f64>, none: &str) -> String {
    share.map_or_else(|| none.to_string(), |s| format!("{}%", percent(s)))
}

/// Scoring points with at most two decimals and no trailing zeros: 2, 2.5,
/// 0.25; never "2.0".
pub fn format_points(points: f64) -> String {
    let text = format!("{points:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
