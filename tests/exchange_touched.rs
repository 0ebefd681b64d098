//! Which held communities an import reads before it merges a file, on a
//! device that has not read every community's records.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use std::collections::BTreeSet;

use danzhou_green_community::community::{Community, CommunityMerge};
use danzhou_green_community::exchange::communities_touched;
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::records::Records;
use exchange_support::*;

fn community(id: &str) -> Community {
    Community {
        id: id.into(),
        name: format!("社区{id}"),
        created_at: t(0),
        updated_at: t(0),
    }
}

fn merge(id: &str, from: &str, into: &str) -> CommunityMerge {
    CommunityMerge {
        id: id.into(),
        from: from.into(),
        into: into.into(),
        at: t(50),
        device_id: "office".into(),
        author: String::new(),
        undone_at: None,
    }
}

fn ids(list: &[&str]) -> BTreeSet<CommunityId> {
    list.iter().map(|id| CommunityId::from(*id)).collect()
}

/// c1 (the phone's), c2 merged into it, c3 and c4 apart.
fn held() -> Records {
    let mut held = Records::default();
    for id in ["c1", "c2", "c3", "c4"] {
        held.insert_community(community(id));
    }
    held.insert_community_merges([merge("m1", "c2", "c1")]);
    held
}

#[test]
fn a_file_touches_its_communities_with_those_merged_with_them() {
    let document = phone_export(false);
    assert_eq!(communities_touched(&held(), &document), ids(&["c1", "c2"]));
}

#[test]
fn a_file_touches_the_communities_its_merges_name_and_their_groups() {
    let mut document = phone_export(false);
    document.community_merges.push(merge("m2", "c3", "c1"));
    assert_eq!(
        communities_touched(&held(), &document),
        ids(&["c1", "c2", "c3"])
    );

    // Undoing the held merge moves c2 back to its own count: both touched.
    let mut held = held();
    held.insert_community(community("c5"));
    held.insert_community_merges([merge("m3", "c5", "c4")]);
    let mut undo = merge("m3", "c5", "c4");
    undo.undone_at = Some(t(60));
    let mut document = phone_export(false);
    document.community_merges.push(undo);
    assert_eq!(
        communities_touched(&held, &document),
        ids(&["c1", "c2", "c4", "c5"])
    );
}

#[test]
fn a_file_about_a_community_merged_away_touches_its_whole_group() {
    let mut held = held();
    held.insert_community_merges([merge("m4", "c1", "c3")]);
    let document = phone_export(false);
    // c1 counts as c3 now, with c2 merged into c1.
    assert_eq!(
        communities_touched(&held, &document),
        ids(&["c1", "c2", "c3"])
    );
}
