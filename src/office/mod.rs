//! The city office's reports over every community it holds: the table of
//! communities and the city's totals against the plan's target, where
//! communities fail (per area and item), per responsible unit, and the
//! table as CSV. Pure: no browser.

mod community_summary;
mod csv;
mod heat_map;
mod summary;
mod units;

pub use community_summary::{city_summaries, CommunitySummary, OpenAction, SUMMARY_VERSION};
pub use csv::{csv_line, to_csv};
pub use heat_map::{failure_heat_map, AreaFailures, ItemFailures};
pub use summary::{
    city_totals, community_rows, office_summary, office_summary_of, CityTotals, CommunityRow,
    OfficeSummary,
};
pub use units::{unit_summaries, UnitSummary};
