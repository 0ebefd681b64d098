//! Evidence photos: upload checks, downscaling, and photo records.

mod common;

use common::{apply, photo_ref, stamp, t, workspace_with_community};
use danzhou_green_community::assessment::{
    check_photo_upload, fit_within, validate_photo_hash, AssessmentError, Change, ChangeKind,
    PhotoRef, MAX_LONG_SIDE,
};
use danzhou_green_community::office::CommunitySummary;

const MB: u64 = 1024 * 1024;

fn photo(n: u8) -> PhotoRef {
    photo_ref(n, &format!("照片 {n}"), 0)
}

#[test]
fn only_images_up_to_30_mb_may_be_uploaded() {
    assert_eq!(check_photo_upload("image/jpeg", 30 * MB), Ok(()));
    assert_eq!(check_photo_upload("IMAGE/HEIC", 1), Ok(()));
    assert_eq!(
        check_photo_upload("image/png", 30 * MB + 1),
        Err(AssessmentError::PhotoTooLarge {
            max_bytes: 30 * MB,
            actual: 30 * MB + 1
        })
    );
    for mime in [
        "application/pdf",
        "video/mp4",
        "",
        "image/",
        "image/svg+xml",
    ] {
        assert_eq!(
            check_photo_upload(mime, 1000),
            Err(AssessmentError::NotAnImage),
            "{mime}"
        );
    }
    assert_eq!(
        check_photo_upload("image/jpeg", 0),
        Err(AssessmentError::NotAnImage)
    );
}

#[test]
fn photos_are_downscaled_to_1600_on_the_long_side() {
    assert_eq!(fit_within(4000, 3000, MAX_LONG_SIDE), (1600, 1200));
    assert_eq!(fit_within(3000, 4000, MAX_LONG_SIDE), (1200, 1600));
    assert_eq!(fit_within(4032, 1008, 1600), (1600, 400));
    assert_eq!(fit_within(1600, 900, 1600), (1600, 900), "already small");
    assert_eq!(fit_within(800, 600, 1600), (800, 600), "never enlarged");
    assert_eq!(fit_within(10000, 3, 1600), (1600, 1), "no side becomes 0");
}

#[test]
fn a_photo_hash_is_64_lowercase_hex_digits() {
    assert_eq!(validate_photo_hash(&"ab".repeat(32)), Ok(()));
    for bad in [
        "ab".repeat(31),
        "AB".repeat(32),
        "zz".repeat(32),
        String::new(),
    ] {
        assert_eq!(
            validate_photo_hash(&bad),
            Err(AssessmentError::BadPhotoHash),
            "{bad}"
        );
    }
}

#[test]
fn photos_are_listed_in_the_order_added_and_can_be_removed() {
    let mut ws = workspace_with_community();
    for (n, id) in [(1, "p1"), (2, "p2"), (3, "p3")] {
        let change = ws.photo_added(&"c1".into(), &"a1-01".into(), photo(n), stamp(id, n.into()));
        apply(&mut ws, change.unwrap());
    }
    let removal = ws.photo_removed(
        &"c1".into(),
        &"a1-01".into(),
        &photo(2).hash,
        stamp("r2", 4),
    );
    apply(&mut ws, removal);
    let hashes: Vec<String> = ws
        .photos(&"c1".into(), &"a1-01".into())
        .into_iter()
        .map(|p| p.hash)
        .collect();
    assert_eq!(hashes, [photo(1).hash, photo(3).hash]);
    assert_eq!(
        ws.photo_removed(
            &"c1".into(),
            &"a1-01".into(),
            &photo(2).hash,
            stamp("r3", 5)
        ),
        None,
        "not there any more"
    );
}

#[test]
fn the_same_photo_added_twice_records_nothing_the_second_time() {
    let mut ws = workspace_with_community();
    let change = ws.photo_added(&"c1".into(), &"a1-01".into(), photo(1), stamp("p1", 1));
    apply(&mut ws, change.unwrap());
    let again = PhotoRef {
        caption: "另一个说明".into(),
        ..photo(1)
    };
    assert_eq!(
        ws.photo_added(&"c1".into(), &"a1-01".into(), again, stamp("p2", 2)),
        Ok(None)
    );
    assert_eq!(ws.photos(&"c1".into(), &"a1-01".into()).len(), 1);
    // The same image on another item is another piece of evidence.
    let other = ws.photo_added(&"c1".into(), &"a1-02".into(), photo(1), stamp("p3", 3));
    assert!(other.unwrap().is_some());
}

#[test]
fn a_photo_record_is_checked_before_it_is_made() {
    let ws = workspace_with_community();
    let bad_hash = PhotoRef {
        hash: "not-a-hash".into(),
        ..photo(1)
    };
    assert_eq!(
        ws.photo_added(&"c1".into(), &"a1-01".into(), bad_hash, stamp("p1", 1)),
        Err(AssessmentError::BadPhotoHash)
    );
    let long_caption = PhotoRef {
        caption: "说".repeat(201),
        ..photo(1)
    };
    assert_eq!(
        ws.photo_added(&"c1".into(), &"a1-01".into(), long_caption, stamp("p1", 1)),
        Err(AssessmentError::CaptionTooLong {
            max: 200,
            actual: 201
        })
    );
    let pdf = PhotoRef {
        mime: "application/pdf".into(),
        ..photo(1)
    };
    assert_eq!(
        ws.photo_added(&"c1".into(), &"a1-01".into(), pdf, stamp("p1", 1)),
        Err(AssessmentError::NotAnImage)
    );
}

#[test]
fn photo_records_have_a_stable_json_shape() {
    let mut ws = workspace_with_community();
    let change = ws.photo_added(&"c1".into(), &"a1-01".into(), photo(7), stamp("p1", 1));
    apply(&mut ws, change.unwrap());
    let json = serde_json::to_value(ws.changes_in_order()[0]).unwrap();
    assert_eq!(json["kind"]["field"], "photo_added");
    assert_eq!(json["kind"]["photo"]["hash"], photo(7).hash);
    assert_eq!(json["kind"]["photo"]["width"], 1600);
    assert_eq!(json["kind"]["photo"]["taken_at"], "2026-11-28T08:00:00Z");
    let back: Change = serde_json::from_value(json).unwrap();
    assert_eq!(back, (*ws.changes_in_order()[0]));
    assert!(matches!(back.kind, ChangeKind::PhotoAdded { .. }));
}

#[test]
fn deleting_a_community_frees_the_images_only_it_shows() {
    let mut ws = workspace_with_community();
    let other = ws.new_community("兰洋社区", "c2".into(), t(0)).unwrap();
    ws.put_community(other);
    // c1: photo 1 (also on c2), photo 2 (added, then removed), photo 3.
    for (community, n, id) in [
        ("c1", 1, "p1"),
        ("c2", 1, "q1"),
        ("c1", 2, "p2"),
        ("c1", 3, "p3"),
    ] {
        let change = ws.photo_added(
            &community.into(),
            &"a1-01".into(),
            photo(n),
            stamp(id, n.into()),
        );
        apply(&mut ws, change.unwrap());
    }
    let removal = ws.photo_removed(
        &"c1".into(),
        &"a1-01".into(),
        &photo(2).hash,
        stamp("r2", 9),
    );
    apply(&mut ws, removal);

    let records = ws.records_of(&"c1".into());
    assert_eq!(records.photo_hashes, [photo(2).hash, photo(3).hash]);
    assert_eq!(records.change_ids.len(), 4);
    assert!(
        ws.records_of(&"c2".into()).photo_hashes.is_empty(),
        "photo 1 is c1's too"
    );
    assert_eq!(ws.records_of(&"nowhere".into()), Default::default());

    // A community whose records are not held counts by its summary's photos.
    let elsewhere = [photo(3).hash].into_iter().collect();
    let records = ws.records_of_keeping(&"c1".into(), &elsewhere);
    assert_eq!(records.photo_hashes, [photo(2).hash]);
    assert_eq!(records.change_ids.len(), 4);
    let summary = CommunitySummary::of(&ws.records, &"c1".into());
    let mentioned: std::collections::BTreeSet<String> = [1, 2, 3].map(|n| photo(n).hash).into();
    assert_eq!(summary.photo_hashes, mentioned);
}
