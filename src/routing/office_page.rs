//! The office's pages: one URL each under `#/office/`.

use super::percent::percent_decode;
use crate::office::TableQuery;

/// The pages of the office's workspace, each under `#/office/…`, moved
/// between with the office's menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficePage {
    /// The city against the 70% line, its progress over time, the next
    /// deadline and what needs attention.
    Overview,
    /// Taking in the communities' files.
    Import,
    /// The table of communities, as `TableQuery` asks.
    Communities(TableQuery),
    /// The roster of communities in scope, those on no entry, and the
    /// definitions of the city figures.
    Roster,
    /// Communities that are one: suggestions, merges, undo.
    Merges,
    /// The office's scoring rules, sent to the phones.
    Scoring,
    /// Where items fail, by area and by responsible unit, and the units'
    /// own plans.
    Units,
    /// The merged exports and the yearly report.
    Exports,
    /// Submissions, their 初核 and 复核, and the office's devices.
    Reviews,
    /// 公示 and 命名.
    Notices,
    /// The office's signing key, and the devices communities' files came from.
    Keys,
}

impl OfficePage {
    /// Every page, in the menu's order (the table with its default query).
    pub fn all() -> [OfficePage; 11] {
        [
            OfficePage::Overview,
            OfficePage::Import,
            OfficePage::Communities(TableQuery::default()),
            OfficePage::Roster,
            OfficePage::Merges,
            OfficePage::Scoring,
            OfficePage::Reviews,
            OfficePage::Notices,
            OfficePage::Units,
            OfficePage::Exports,
            OfficePage::Keys,
        ]
    }

    /// Its segment after `#/office/`; empty for the overview.
    pub fn segment(&self) -> &'static str {
        match self {
            OfficePage::Overview => "",
            OfficePage::Import => "import",
            OfficePage::Communities(_) => "communities",
            OfficePage::Roster => "roster",
            OfficePage::Merges => "merges",
            OfficePage::Scoring => "scoring",
            OfficePage::Units => "units",
            OfficePage::Exports => "exports",
            OfficePage::Reviews => "reviews",
            OfficePage::Notices => "notices",
            OfficePage::Keys => "keys",
        }
    }

    /// Whether `self` and `other` are the same page (whatever the table's query).
    pub fn same_page(&self, other: &OfficePage) -> bool {
        self.segment() == other.segment()
    }

    pub(super) fn of_segment(segment: &str, query: &str) -> Option<OfficePage> {
        if segment == "communities" {
            return Some(OfficePage::Communities(TableQuery::from_query(
                query,
                percent_decode,
            )));
        }
        OfficePage::all()
            .into_iter()
            .find(|page| !page.segment().is_empty() && page.segment() == segment)
    }
}
