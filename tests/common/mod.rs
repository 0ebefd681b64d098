//! Helpers shared by the workspace tests: a clock, stamps and a workspace
//! with one community.
#![allow(dead_code)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use danzhou_green_community::assessment::{Change, PhotoRef, Rating};
use danzhou_green_community::workspace::{Stamp, Workspace};

/// A moment `seconds` after a fixed start.
pub fn t(seconds: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 8, 0, 0).unwrap() + Duration::seconds(seconds)
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A stamp for a record `id` made at `t(at)` by 王芳.
pub fn stamp(id: &str, at: i64) -> Stamp {
    Stamp::new(id.into(), t(at), "王芳")
}

/// A workspace on `device-a` with one community, `c1`.
pub fn workspace_with_community() -> Workspace {
    let mut ws = Workspace::new("device-a".into(), vec![], vec![]);
    let c = ws.new_community("东风社区", "c1".into(), t(0)).unwrap();
    ws.put_community(c);
    ws
}

/// Applies a change that must be recorded.
pub fn apply(ws: &mut Workspace, change: Option<Change>) {
    ws.apply_change(change.expect("a real change"));
}

/// Sets a result other than 不适用 in `c1`.
pub fn rate(ws: &mut Workspace, item: &str, rating: Rating, id: &str, at: i64) {
    let change = ws.result_change(&"c1".into(), &item.into(), rating, None, stamp(id, at));
    apply(ws, change.unwrap());
}

/// Sets 不适用 with a reason in `c1`.
pub fn rate_na(ws: &mut Workspace, item: &str, reason: &str, id: &str, at: i64) {
    let change = ws.result_change(
        &"c1".into(),
        &item.into(),
        Rating::NotApplicable,
        Some(reason),
        stamp(id, at),
    );
    apply(ws, change.unwrap());
}

/// A reference to sample photo `n` (its hash made from `n`), taken at
/// `t(taken_at)`.
pub fn photo_ref(n: u8, caption: &str, taken_at: i64) -> PhotoRef {
    PhotoRef {
        hash: format!("{n:02x}").repeat(32),
        mime: "image/jpeg".into(),
        bytes: 350_000,
        width: 1600,
        height: 1200,
        taken_at: t(taken_at),
        caption: caption.into(),
    }
}
