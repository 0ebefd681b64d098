//! What the office's table of communities shows: which communities (a
//! name filter and a state), in which order. It lives in the URL
//! (`#/office/communities?show=not-yet&sort=score`), so a worker can send
//! "the communities not yet meeting the requirements" as a link.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::summary::CommunityRow;
use crate::assessment::Verdict;
use crate::community::NameFilter;
use crate::sorting;

/// Which communities the table lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableQuery {
    /// Part of a community's name, as typed; empty lists every name.
    pub name: String,
    pub show: Shown,
    pub sort: Column,
    /// Largest first (the latest date, the most actions).
    pub descending: bool,
}

/// Communities in which state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shown {
    #[default]
    All,
    Meets,
    NotYet,
    WithConflicts,
    WithOverdueActions,
    /// No file of it exported after the plan's last deadline.
    NoFileSinceDeadline,
}

/// A column of the table, each one sortable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    #[default]
    Name,
    Progress,
    Score,
    Verdict,
    Inspection,
    Export,
    Conflicts,
    Actions,
}

impl Shown {
    pub const ALL: [Shown; 6] = [
        Shown::All,
        Shown::Meets,
        Shown::NotYet,
        Shown::WithConflicts,
        Shown::WithOverdueActions,
        Shown::NoFileSinceDeadline,
    ];

    /// Its name in a URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Shown::All => "all",
            Shown::Meets => "meets",
            Shown::NotYet => "not-yet",
            Shown::WithConflicts => "conflicts",
            Shown::WithOverdueActions => "overdue",
            Shown::NoFileSinceDeadline => "no-file-since-deadline",
        }
    }

    fn from_str(text: &str) -> Option<Shown> {
        Shown::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether `row` is in this state; `last_deadline` is the plan's latest
    /// deadline before today, if one has passed.
    pub fn includes(self, row: &CommunityRow, last_deadline: Option<NaiveDate>) -> bool {
        match self {
            Shown::All => true,
            Shown::Meets => row.verdict == Verdict::Meets,
            Shown::NotYet => row.verdict != Verdict::Meets,
            Shown::WithConflicts => row.open_conflicts > 0,
            Shown::WithOverdueActions => row.overdue_actions > 0,
            Shown::NoFileSinceDeadline => no_file_since(row, last_deadline),
        }
    }
}

/// Whether no file of `row`'s community was exported after `deadline`
/// (the day itself counts as before it). With no deadline passed, none is
/// late.
pub fn no_file_since(row: &CommunityRow, deadline: Option<NaiveDate>) -> bool {
    match deadline {
        None => false,
        Some(deadline) => row
            .last_exported_at
            .is_none_or(|at| at.date_naive() <= deadline),
    }
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Name,
        Column::Progress,
        Column::Score,
        Column::Verdict,
        Column::Inspection,
        Column::Export,
        Column::Conflicts,
        Column::Actions,
    ];

    /// Its name in a URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Progress => "progress",
            Column::Score => "score",
            Column::Verdict => "verdict",
            Column::Inspection => "inspection",
            Column::Export => "export",
            Column::Conflicts => "conflicts",
            Column::Actions => "actions",
        }
    }

    fn from_str(text: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// The order of two rows by this column, smallest first; rows alike
    /// in it keep their order (by name).
    fn compare(self, a: &CommunityRow, b: &CommunityRow) -> Ordering {
        let ratio = |r: &CommunityRow| r.progress.assessed_ratio();
        match self {
            Column::Name => Ordering::Equal,
            Column::Progress => ratio(a).partial_cmp(&ratio(b)).unwrap_or(Ordering::Equal),
            Column::Score => a
                .score_share
                .partial_cmp(&b.score_share)
                .unwrap_or(Ordering::Equal),
            Column::Verdict => (a.verdict == Verdict::Meets).cmp(&(b.verdict == Verdict::Meets)),
            Column::Inspection => a.last_inspection.cmp(&b.last_inspection),
            Column::Export => a.last_exported_at.cmp(&b.last_exported_at),
            Column::Conflicts => a.open_conflicts.cmp(&b.open_conflicts),
            Column::Actions => {
                (a.overdue_actions, a.open_actions).cmp(&(b.overdue_actions, b.open_actions))
            }
        }
    }
}

impl TableQuery {
    /// `rows` (by name, as the summary gives them) filtered and ordered.
    pub fn apply(
        &self,
        rows: &[CommunityRow],
        last_deadline: Option<NaiveDate>,
    ) -> Vec<CommunityRow> {
        let filter = NameFilter::new(&self.name);
        let mut shown: Vec<CommunityRow> = rows
            .iter()
            .filter(|r| filter.matches(&r.name) && self.show.includes(r, last_deadline))
            .cloned()
            .collect();
        // Rows alike in the column stay in name order either way.
        match (self.sort, self.descending) {
            (Column::Name, false) => {}
            (Column::Name, true) => shown.reverse(),
            (column, false) => sorting::sort_by(&mut shown, |a, b| column.compare(a, b)),
            (column, true) => sorting::sort_by(&mut shown, |a, b| column.compare(b, a)),
        }
        shown
    }

    /// The query after a click on `column`'s header: a new column sorts
    /// smallest first (names A to Z), the same column turns the order round.
    pub fn sorted_by(&self, column: Column) -> TableQuery {
        TableQuery {
            sort: column,
            descending: self.sort == column && !self.descending,
            ..self.clone()
        }
    }

    /// The query string of a URL, without the `?`; empty for the default
    /// query. Values are percent-encoded with `encode`.
    pub fn to_query(&self, encode: impl Fn(&str) -> String) -> String {
        let mut pairs = Vec::new();
        if !self.name.is_empty() {
            pairs.push(format!("q={}", encode(&self.name)));
        }
        if self.show != Shown::All {
            pairs.push(format!("show={}", self.show.as_str()));
        }
        if self.sort != Column::Name {
            pairs.push(format!("sort={}", self.sort.as_str()));
        }
        if self.descending {
            pairs.push("order=desc".to_string());
        }
        pairs.join("&")
    }

    /// The query a URL's query string asks for, its values decoded with
    /// `decode`. A link edited by hand still opens the table: a key or
    /// value this app does not know is passed over.
    pub fn from_query(query: &str, decode: impl Fn(&str) -> Option<String>) -> TableQuery {
        let mut table = TableQuery::default();
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "q" => table.name = decode(&value.replace('+', " ")).unwrap_or_default(),
                "show" => table.show = Shown::from_str(value).unwrap_or_default(),
                "sort" => table.sort = Column::from_str(value).unwrap_or_default(),
                "order" => table.descending = value == "desc",
                _ => {}
            }
        }
        table
    }
}
