//! The office's clock: days begin and end in Beijing time (UTC+8), on
//! every device, so a report or a chart counts the same days wherever it
//! is made. Pure.

use chrono::{DateTime, Duration, NaiveDate, Utc};

const BEIJING_HOURS: i64 = 8;

/// The day `at` falls on in Beijing.
pub fn beijing_day(at: DateTime<Utc>) -> NaiveDate {
    (at + Duration::hours(BEIJING_HOURS)).date_naive()
}

/// The last moment of `day` in Beijing.
pub fn end_of_beijing_day(day: NaiveDate) -> DateTime<Utc> {
    let end = day.and_hms_opt(23, 59, 59).unwrap_or_default();
    DateTime::<Utc>::from_naive_utc_and_offset(end, Utc) - Duration::hours(BEIJING_HOURS)
}
