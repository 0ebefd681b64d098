//! The 300-file import benchmark (scripts/bench.sh): 300 communities, every
//! item assessed with five changes each, no photos. Writes the export files
//! to a folder (for the browser run) and times parsing and merging them all
//! natively.
//!
//!     cargo run --release --example bench_import -- <folder>

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use danzhou_green_community::assessment::Rating;
use danzhou_green_community::exchange::{
    build_export, import_into, parse_export, to_json, DeviceInfo, ExportOptions, MAX_IMPORT_BYTES,
};
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::plan;
use danzhou_green_community::records::Records;
use danzhou_green_community::workspace::{Stamp, Workspace};

const COMMUNITIES: usize = 300;
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
    };
    to_json(&build_export(
        &ws.records.clone(),
        &[&id.into()],
        plan,
        options,
    ))
}

fn main() {
    let folder = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench-import".into());
    std::fs::create_dir_all(&folder).expect("folder");
    let plan = plan::embedded();
    let files: Vec<String> = (0..COMMUNITIES).map(|i| community_file(i, &plan)).collect();
    for (i, json) in files.iter().enumerate() {
        std::fs::write(format!("{folder}/community-{i:03}.json"), json).expect("write");
    }
    let bytes: usize = files.iter().map(String::len).sum();

    let started = Instant::now();
    let mut dataset = Records::default();
    for json in &files {
        let document = parse_export(json.as_bytes(), &plan, MAX_IMPORT_BYTES).expect("valid");
        let outcome = import_into(&dataset, &document);
        dataset.absorb(&outcome.to_write);
    }
    let elapsed = started.elapsed();
    println!(
        "{{\"files\": {COMMUNITIES}, \"bytes\": {bytes}, \"changes\": {}, \"native_ms\": {}}}",
        dataset.changes().len(),
        elapsed.as_millis()
    );
}
