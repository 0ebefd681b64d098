//! The office table as CSV for a spreadsheet: UTF-8 with a byte-order mark
//! (so that Excel reads the Chinese right), CRLF line ends, and RFC 4180
//! quoting.

use chrono::{DateTime, FixedOffset, Utc};

use super::summary::CommunityRow;
use crate::assessment::Verdict;
use crate::figures::percent_text;
use crate::i18n::Texts;
use crate::plan::Scoring;

const BOM: &str = "\u{feff}";
const LINE_END: &str = "\r\n";

/// The rows with a header line in the language of `texts` (the office
/// reads Chinese: pass `texts_for(Lang::ZhCn)` for its files). Times are
/// Beijing time, the office's clock.
pub fn to_csv(rows: &[CommunityRow], texts: &Texts, scoring: &Scoring) -> String {
    let t = &texts.exchange;
    let verdict = texts.with_scoring(t.csv_verdict, scoring);
    let header = [
        t.csv_name,
        t.csv_progress,
        t.csv_score,
        &verdict,
        t.csv_last_inspection,
        t.csv_last_export,
        t.csv_conflicts,
        t.csv_open_actions,
        t.csv_overdue_actions,
    ]
    .map(String::from);
    let mut out = String::from(BOM);
    out.push_str(&csv_line(&header));
    for row in rows {
        out.push_str(&csv_line(&cells(row, texts)));
    }
    out
}

fn cells(row: &CommunityRow, t: &Texts) -> [String; 9] {
    let none = || t.no_applicable.to_string();
    [
        spreadsheet_safe(&row.name),
        format!("{}/{}", row.progress.assessed, row.progress.applicable),
        percent_text(row.score_share, t.no_applicable),
        match row.verdict {
            Verdict::Meets => t.exchange.csv_meets,
            Verdict::NotYet(_) => t.exchange.csv_not_yet,
        }
        .to_string(),
        row.last_inspection.map_or_else(none, |d| d.to_string()),
        row.last_exported_at.map_or_else(none, beijing_time),
        row.open_conflicts.to_string(),
        row.open_actions.to_string(),
        row.overdue_actions.to_string(),
    ]
}

/// One line, each field quoted when it holds a comma, a quote or a line
/// break, quotes inside doubled.
pub fn csv_line(fields: &[String]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    quoted.join(",") + LINE_END
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Text a spreadsheet would take for a formula (starting with `=`, `+`,
/// `-` or `@`) gets a leading `'`, so that a community name can never run
/// as one.
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn beijing_time(at: DateTime<Utc>) -> String {
    const FORMAT: &str = "%Y-%m-%d %H:%M";
    match FixedOffset::east_opt(8 * 3600) {
        Some(beijing) => at.with_timezone(&beijing).format(FORMAT).to_string(),
        None => at.format(FORMAT).to_string(),
    }
}
