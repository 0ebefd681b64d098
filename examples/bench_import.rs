//! The import benchmark (scripts/bench.sh): communities with every item
//! assessed, five changes each, no photos. Writes the export files to a
//! folder (for the browser run) and times parsing and merging them all
//! natively; with `-` for the folder it makes each file in memory, times
//! its import and drops it, so 10,000 files fit (run it under
//! `/usr/bin/time -v` for the memory figure). Then it times the office
//! merging the first two communities and undoing it, and a phone that holds
//! them all exporting one of them: each costs what it touches, not
//! everything held.
//!
//!     cargo run --profile bench-native --example bench_import -- <folder> [communities]
//!     cargo run --profile bench-native --example bench_import -- - 10000

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use danzhou_green_community::assessment::Rating;
use danzhou_green_community::community::CommunityMerge;
use danzhou_green_community::exchange::{
    build_export, import_into, parse_export, to_json, DeviceInfo, ExportOptions, MAX_IMPORT_BYTES,
};
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::plan;
use danzhou_green_community::records::Records;
use danzhou_green_community::workspace::{Stamp, Workspace};

const CHANGES_PER_ITEM: usize = 5;
const RESULTS: [Rating; 4] = [Rating::Met, Rating::Partial, Rating::NotMet, Rating::Met];

fn community_file(index: usize, plan: &plan::Plan) -> String {
    let start = Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, 0).unwrap();
    let mut ws = Workspace::new(format!("device-{index}").into(), vec![], vec![]);
    let id = format!("community-{index:03}");
    let community = ws
        .new_community(&format!("社区{index:03}"), id.clone().into(), start)
        .unwrap();
    ws.put_community(community);
    let mut n = 0i64;
    for item in plan.item_ids() {
        for round in 0..CHANGES_PER_ITEM {
            n += 1;
            let rating = RESULTS[(round + index) % RESULTS.len()];
            let stamp = Stamp::new(format!("{id}-{n}").into(), start + Duration::seconds(n), "");
            if let Ok(Some(change)) =
                ws.result_change(&CommunityId::from(&id), item, rating, None, stamp)
            {
                ws.apply_change(change);
            }
        }
    }
    let options = ExportOptions {
        device: DeviceInfo {
            id: format!("device-{index}").into(),
            user_name: String::new(),
        },
        exported_at: start + Duration::days(1),
        with_photos: false,
        relay: false,
        city: None,
        office_devices: Vec::new(),
    };
    to_json(&build_export(
        &ws.records.clone(),
        &[&id.into()],
        plan,
        options,
    ))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "target/bench-import".into());
    let communities: usize = args.next().map_or(300, |n| n.parse().expect("a count"));
    let plan = plan::embedded();
    if folder != "-" {
        std::fs::create_dir_all(&folder).expect("folder");
    }
    let mut dataset = Records::default();
    let mut bytes = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    for i in 0..communities {
        let json = community_file(i, &plan);
        if folder != "-" {
            std::fs::write(format!("{folder}/community-{i:03}.json"), &json).expect("write");
        }
        bytes += json.len();
        // Only reading and merging the file is timed, not making it.
        let started = Instant::now();
        let document = parse_export(json.as_bytes(), &plan, MAX_IMPORT_BYTES).expect("valid");
        let outcome = import_into(&dataset, &document);
        dataset.absorb(&outcome.to_write);
        elapsed += started.elapsed();
    }
    let merge_ms = time_merge_and_undo(&mut dataset);
    let export_ms = time_export_of_one(&dataset, &plan);
    println!(
        "{{\"files\": {communities}, \"bytes\": {bytes}, \"changes\": {}, \"native_ms\": {}, \"merge_and_undo_ms\": {merge_ms:.1}, \"export_one_ms\": {export_ms:.1}}}",
        dataset.changes().len(),
        elapsed.as_millis()
    );
}

/// Exports community-000 as the app does (from a copy of its own records);
/// milliseconds.
fn time_export_of_one(dataset: &Records, plan: &plan::Plan) -> f64 {
    let id = CommunityId::from("community-000");
    let started = Instant::now();
    let alone = dataset.only(&[&id]);
    let options = ExportOptions {
        device: DeviceInfo {
            id: "device-0".into(),
            user_name: String::new(),
        },
        exported_at: Utc.with_ymd_and_hms(2026, 11, 4, 8, 0, 0).unwrap(),
        with_photos: false,
        relay: false,
        city: None,
        office_devices: Vec::new(),
    };
    let json = to_json(&build_export(&alone, &[&id], plan, options));
    assert!(json.contains("community-000"));
    started.elapsed().as_secs_f64() * 1000.0
}

/// Merges community-001 into community-000 and undoes it; milliseconds.
fn time_merge_and_undo(dataset: &mut Records) -> f64 {
    let at = Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0).unwrap();
    let merge = CommunityMerge {
        id: "bench-merge".into(),
        from: "community-001".into(),
        into: "community-000".into(),
        at,
        device_id: "office".into(),
        author: String::new(),
        undone_at: None,
    };
    let started = Instant::now();
    dataset.insert_community_merge(merge.clone());
    dataset.insert_community_merge(merge.undone(at + Duration::minutes(1)));
    started.elapsed().as_secs_f64() * 1000.0
}
