//! The city office's reports over every community it holds: the table of
//! communities and the city's totals against the plan's target, where
//! communities fail (per area and item), per responsible unit, and the
//! table as CSV, which of its communities the table lists, and the city's
//! progress over time. Pure: no browser.

mod community_summary;
mod csv;
mod funnel;
mod heat_map;
mod progress_history;
mod rating_days;
mod summary;
mod table_query;
mod units;

pub use community_summary::{city_summaries, CommunitySummary, OpenAction, SUMMARY_VERSION};
pub use csv::{csv_line, to_csv};
pub use funnel::{area_gaps, AreaGap, Funnel};
pub use heat_map::{failure_heat_map, AreaFailures, ItemFailures};
pub use progress_history::{city_progress, ProgressPoint};
pub use rating_days::{rating_days, DayOfRatings};
pub use summary::{
    city_totals, community_rows, office_summary, office_summary_of, CityTotals, CommunityRow,
    OfficeSummary,
};
pub use table_query::{no_file_since, Column, Shown, TableQuery};
pub use units::{unit_summaries, UnitSummary};
