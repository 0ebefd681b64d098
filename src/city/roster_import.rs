//! Reading a roster the office pastes (one name per line) or imports as a
//! CSV file from Excel or WPS. Either is taken whole or not at all: every
//! bad row is named with its row number and why, and nothing changes.
//!
//! CSV columns, in this order or named by a header row (Chinese or English
//! names): 名称 (name), 街道/镇 (street), 在册 (in scope: 是/否, empty is
//! 是), 参与日期 (joined on: 2020-09-01, 2020/9/1 or 2020年9月1日; empty
//! while it has not joined), 示范社区 (demonstration: 是/否, empty is 否).

use chrono::NaiveDate;

use super::roster::{roster_key, RosterEntry};
use crate::community::{validate_name, NameError};

/// Why one row was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    Name(NameError),
    /// The same community twice in the file (the row of the first).
    Repeated {
        first_row: usize,
    },
    /// Not a yes or no, in the named column.
    NotYesOrNo {
        column: RosterColumn,
        value: String,
    },
    NotADate {
        value: String,
    },
    /// Not readable as CSV at all (an unclosed quote, say).
    Unreadable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RosterColumn {
    Name,
    Street,
    InScope,
    JoinedOn,
    Demonstration,
}

/// A bad row: its number (1 is the file's first line) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub problem: RowProblem,
}

/// One name per line; blank lines are skipped.
pub fn parse_name_list(text: &str) -> Result<Vec<RosterEntry>, Vec<RowError>> {
    let rows = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| (i + 1, read_name(line).map(|n| RosterEntry::named(&n))));
    collect_rows(rows)
}

/// A CSV file's rows (see the module docs), the header row left out.
pub fn parse_roster_csv(text: &str) -> Result<Vec<RosterEntry>, Vec<RowError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(record) => records.push((i + 1, record)),
            Err(error) => {
                let row = error.position().map_or(i + 1, |p| p.line() as usize);
                return Err(vec![RowError {
                    row,
                    problem: RowProblem::Unreadable,
                }]);
            }
        }
    }
    let columns = match records.first() {
        Some((_, first)) if is_header(first) => {
            let columns = header_columns(first);
            records.remove(0);
            columns
        }
        _ => DEFAULT_COLUMNS.to_vec(),
    };
    let rows = records
        .into_iter()
        .filter(|(_, record)| record.iter().any(|cell| !cell.trim().is_empty()))
        .map(|(row, record)| (row, read_row(&record, &columns)));
    collect_rows(rows)
}

const DEFAULT_COLUMNS: [Option<RosterColumn>; 5] = [
    Some(RosterColumn::Name),
    Some(RosterColumn::Street),
    Some(RosterColumn::InScope),
    Some(RosterColumn::JoinedOn),
    Some(RosterColumn::Demonstration),
];

fn column_named(header: &str) -> Option<RosterColumn> {
    let header = header.trim().to_lowercase();
    let column = match header.as_str() {
        "名称" | "社区" | "社区名称" | "name" | "community" => RosterColumn::Name,
        "街道" | "镇" | "街道/镇" | "街道（镇）" | "所属街道" | "street" => {
            RosterColumn::Street
        }
        "在册" | "是否在册" | "in scope" | "in_scope" => RosterColumn::InScope,
        "参与日期" | "参与创建日期" | "加入日期" | "joined" | "joined on" | "joined_on" => {
            RosterColumn::JoinedOn
        }
        "示范" | "示范社区" | "demonstration" => RosterColumn::Demonstration,
        _ => return None,
    };
    Some(column)
}

/// A first row that names the name column anywhere is a header (no
/// community is called 名称).
fn is_header(record: &csv::StringRecord) -> bool {
    record
        .iter()
        .any(|cell| column_named(cell) == Some(RosterColumn::Name))
}

fn header_columns(record: &csv::StringRecord) -> Vec<Option<RosterColumn>> {
    record.iter().map(column_named).collect()
}

fn read_row(
    record: &csv::StringRecord,
    columns: &[Option<RosterColumn>],
) -> Result<RosterEntry, RowProblem> {
    // A line break inside a cell means a quote opened and never closed:
    // the rows after it ran together.
    if record.iter().any(|cell| cell.contains(['\n', '\r'])) {
        return Err(RowProblem::Unreadable);
    }
    let cell = |wanted: RosterColumn| {
        columns
            .iter()
            .position(|c| *c == Some(wanted))
            .and_then(|i| record.get(i))
            .map(str::trim)
            .unwrap_or("")
    };
    let mut entry = RosterEntry::named(&read_name(cell(RosterColumn::Name))?);
    entry.street = cell(RosterColumn::Street).to_string();
    entry.in_scope = yes_or_no(RosterColumn::InScope, cell(RosterColumn::InScope), true)?;
    entry.joined_on = date(cell(RosterColumn::JoinedOn))?;
    entry.demonstration = yes_or_no(
        RosterColumn::Demonstration,
        cell(RosterColumn::Demonstration),
        false,
    )?;
    Ok(entry)
}

fn read_name(raw: &str) -> Result<String, RowProblem> {
    validate_name(raw, []).map_err(RowProblem::Name)
}

fn yes_or_no(column: RosterColumn, value: &str, empty: bool) -> Result<bool, RowProblem> {
    match value.to_lowercase().as_str() {
        "" => Ok(empty),
        "是" | "y" | "yes" | "1" | "√" | "✓" | "true" => Ok(true),
        "否" | "n" | "no" | "0" | "×" | "false" => Ok(false),
        _ => Err(RowProblem::NotYesOrNo {
            column,
            value: value.chars().take(20).collect(),
        }),
    }
}

fn date(value: &str) -> Result<Option<NaiveDate>, RowProblem> {
    if value.is_empty() {
        return Ok(None);
    }
    ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(value, format).ok())
        .map(Some)
        .ok_or_else(|| RowProblem::NotADate {
            value: value.chars().take(20).collect(),
        })
}

/// The entries, or every bad row: a problem in a row, or a name that an
/// earlier row already has.
fn collect_rows(
    rows: impl Iterator<Item = (usize, Result<RosterEntry, RowProblem>)>,
) -> Result<Vec<RosterEntry>, Vec<RowError>> {
    let mut entries: Vec<(usize, RosterEntry)> = Vec::new();
    let mut errors = Vec::new();
    for (row, result) in rows {
        let checked = result.and_then(|entry| {
            let key = roster_key(&entry.name);
            match entries.iter().find(|(_, e)| roster_key(&e.name) == key) {
                Some((first_row, _)) => Err(RowProblem::Repeated {
                    first_row: *first_row,
                }),
                None => Ok(entry),
            }
        });
        match checked {
            Ok(entry) => entries.push((row, entry)),
            Err(problem) => errors.push(RowError { row, problem }),
        }
    }
    if errors.is_empty() {
        Ok(entries.into_iter().map(|(_, e)| e).collect())
    } else {
        Err(errors)
    }
}
