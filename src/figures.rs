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
    let text = fixed(points, 2);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `value` with `places` decimals (at most 6), rounded half away from zero:
/// `fixed(2.345, 1)` is "2.3", `fixed(0.5, 0)` is "1". Worked out in whole
/// numbers, so a bundle needs none of the standard library's float
/// formatting for it.
pub fn fixed(value: f64, places: u32) -> String {
    let scale = 10_i64.pow(places.min(6));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        let width = places.min(6) as usize;
        format!("{sign}{whole}.{fraction:0width$}")
    }
}
