//! Import checks the whole file before anything is written, and says what
//! is wrong in terms of the file.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use danzhou_green_community::community::NameError;
use danzhou_green_community::exchange::{
    compute_checksum, parse_export, to_json, ExportDocument, ImportError, ValueProblem,
    MAX_IMPORT_BYTES,
};
use exchange_support::*;
use serde_json::{json, Value};

/// A change to a valid export's JSON.
type Edit = Box<dyn FnOnce(&mut Value)>;

fn parse(bytes: &[u8]) -> Result<ExportDocument, ImportError> {
    parse_export(bytes, &plan(), MAX_IMPORT_BYTES)
}

fn valid_json() -> Value {
    serde_json::to_value(phone_export(true)).unwrap()
}

/// The export after `edit`, with its checksum made right again, as a
/// careful forger (or a buggy exporter) would.
fn resealed(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = valid_json();
    edit(&mut value);
    if let Ok(mut document) = serde_json::from_value::<ExportDocument>(value.clone()) {
        document.checksum = compute_checksum(&document);
        return serde_json::to_vec(&document).unwrap();
    }
    serde_json::to_vec(&value).unwrap()
}

/// The export after `edit`, checksum untouched.
fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = valid_json();
    edit(&mut value);
    serde_json::to_vec(&value).unwrap()
}

fn invalid_at(bytes: &[u8]) -> (String, ValueProblem) {
    match parse(bytes) {
        Err(ImportError::InvalidValue { path, detail }) => (path, detail),
        other => panic!("expected InvalidValue, got {other:?}"),
    }
}

#[test]
fn a_valid_export_is_read_back_as_written() {
    let document = phone_export(true);
    assert_eq!(parse(to_json(&document).as_bytes()).unwrap(), document);
    assert_eq!(
        parse(&serde_json::to_vec(&document).unwrap()).unwrap(),
        document
    );
    let with_bom = format!("\u{feff}{}", to_json(&document));
    assert_eq!(parse(with_bom.as_bytes()).unwrap(), document);
}

#[test]
fn a_file_exported_without_photos_is_accepted() {
    let document = phone_export(false);
    assert_eq!(parse(to_json(&document).as_bytes()).unwrap(), document);
}

#[test]
fn too_large() {
    let bytes = to_json(&phone_export(true)).into_bytes();
    let max = bytes.len() as u64 - 1;
    assert_eq!(
        parse_export(&bytes, &plan(), max),
        Err(ImportError::TooLarge {
            max_bytes: max,
            actual: max + 1
        })
    );
}

#[test]
fn not_json() {
    assert_eq!(parse(b"hello"), Err(ImportError::NotJson));
    assert_eq!(parse(b""), Err(ImportError::NotJson));
    assert_eq!(parse(b"\xff\xfe{}"), Err(ImportError::NotJson));
    assert_eq!(parse(b"{} trailing"), Err(ImportError::NotJson));
    assert_eq!(
        parse("\u{feff}\u{feff}{}".as_bytes()),
        Err(ImportError::NotJson)
    );
}

#[test]
fn not_this_format() {
    assert_eq!(parse(b"[1, 2]"), Err(ImportError::NotThisFormat));
    assert_eq!(parse(b"{}"), Err(ImportError::NotThisFormat));
    assert_eq!(
        parse(br#"{"format": "danzhou-green-community-plan"}"#),
        Err(ImportError::NotThisFormat)
    );
    let plan_file = danzhou_green_community::plan::EMBEDDED_PLAN_JSON;
    assert_eq!(parse(plan_file.as_bytes()), Err(ImportError::NotThisFormat));
}

#[test]
fn a_newer_schema_asks_for_an_update() {
    let bytes = edited(|v| v["schema_version"] = json!(3));
    assert_eq!(
        parse(&bytes),
        Err(ImportError::NewerSchema {
            found: 3,
            supported: 2
        })
    );
    let (path, _) = invalid_at(&edited(|v| v["schema_version"] = json!("1")));
    assert_eq!(path, "schema_version");
    // Well formed but 0: refused the same way, though it reads as a number.
    let (path, _) = invalid_at(&edited(|v| v["schema_version"] = json!(0)));
    assert_eq!(path, "schema_version");
}

/// A well-formed file is read straight into the typed document; one with
/// a problem is read again member by member. Both ways check the same
/// things in the same order, so a file with two problems is refused for
/// the more basic one either way.
#[test]
fn the_first_problem_is_named_whether_or_not_the_file_is_well_formed() {
    let typed_but_wrong = edited(|v| {
        v["plan"]["version"] = json!("1.0.0");
        v["checksum"]["algorithm"] = json!("md5");
    });
    let untyped_and_wrong = edited(|v| {
        v["plan"]["version"] = json!("1.0.0");
        v["checksum"]["algorithm"] = json!("md5");
        v["app_version"] = json!(7);
    });
    for bytes in [typed_but_wrong, untyped_and_wrong] {
        assert_eq!(
            parse(&bytes),
            Err(ImportError::PlanVersionMismatch {
                found: "1.0.0".into(),
                expected: "1.1.0".into()
            })
        );
    }
}

#[test]
fn another_plan_or_plan_version_is_named() {
    let bytes = edited(|v| v["plan"]["id"] = json!("haikou-2021"));
    assert_eq!(
        parse(&bytes),
        Err(ImportError::UnknownPlan {
            id: "haikou-2021".into()
        })
    );
    let bytes = edited(|v| v["plan"]["version"] = json!("1.0.0"));
    assert_eq!(
        parse(&bytes),
        Err(ImportError::PlanVersionMismatch {
            found: "1.0.0".into(),
            expected: "1.1.0".into()
        })
    );
}

#[test]
fn a_missing_or_wrong_checksum_is_refused() {
    let bytes = edited(|v| {
        v.as_object_mut().unwrap().remove("checksum");
    });
    assert_eq!(parse(&bytes), Err(ImportError::ChecksumMismatch));
    let bytes = edited(|v| v["checksum"]["algorithm"] = json!("md5"));
    assert_eq!(parse(&bytes), Err(ImportError::ChecksumMismatch));
    let bytes = edited(|v| v["communities"][0]["community"]["name"] = json!("西风社区"));
    assert_eq!(parse(&bytes), Err(ImportError::ChecksumMismatch));
    let bytes = edited(|v| v["exported_at"] = json!("2026-11-28T08:01:41Z"));
    assert_eq!(parse(&bytes), Err(ImportError::ChecksumMismatch));
}

#[test]
fn a_file_cut_short_is_truncated() {
    let text = to_json(&phone_export(true));
    for cut in [1, 10, text.len() / 2, text.len() - 1] {
        assert_eq!(
            parse(&text.as_bytes()[..cut]),
            Err(ImportError::Truncated),
            "cut at {cut}"
        );
    }
    // Cut inside a Chinese character.
    let at = text.find("东风").unwrap() + 1;
    assert_eq!(parse(&text.as_bytes()[..at]), Err(ImportError::Truncated));
}

#[test]
fn bad_values_are_named_with_their_path() {
    let (path, detail) = invalid_at(&edited(|v| {
        v["communities"][0]["changes"][0]["kind"]["new"] = json!("excellent")
    }));
    assert_eq!(path, "communities[0].changes[0]");
    assert!(matches!(detail, ValueProblem::Malformed(_)));

    let (path, _) = invalid_at(&edited(|v| {
        v["communities"][0]["changes"][1]["at"] = json!("yesterday")
    }));
    assert_eq!(path, "communities[0].changes[1]");

    let (path, detail) = invalid_at(&edited(|v| {
        v["communities"][0]
            .as_object_mut()
            .unwrap()
            .remove("inspections");
    }));
    assert_eq!(
        (path.as_str(), detail),
        ("communities[0].inspections", ValueProblem::Missing)
    );

    let (path, _) = invalid_at(&edited(|v| v["communities"] = json!({})));
    assert_eq!(path, "communities");
}

#[test]
fn values_the_app_would_refuse_are_refused() {
    let cases: Vec<(Edit, &str, ValueProblem)> = vec![
        (
            Box::new(|v| v["communities"][0]["changes"][0]["id"] = json!("")),
            "communities[0].changes[0].id",
            ValueProblem::BadId,
        ),
        (
            Box::new(|v| v["communities"][0]["changes"][0]["device_id"] = json!("x".repeat(101))),
            "communities[0].changes[0].device_id",
            ValueProblem::BadId,
        ),
        (
            Box::new(|v| v["communities"][0]["community"]["name"] = json!("   ")),
            "communities[0].community.name",
            ValueProblem::BadName(NameError::Empty),
        ),
        (
            Box::new(|v| v["communities"][0]["community"]["name"] = json!("长".repeat(41))),
            "communities[0].community.name",
            ValueProblem::BadName(NameError::TooLong),
        ),
        (
            Box::new(|v| {
                v["communities"][0]["changes"][2]["kind"]["new"] = json!("字".repeat(2001))
            }),
            "communities[0].changes[2].kind.new",
            ValueProblem::TooLong {
                max: 2000,
                actual: 2001,
            },
        ),
        (
            Box::new(|v| v["communities"][0]["changes"][3]["kind"]["photo"]["hash"] = json!("ABC")),
            "communities[0].changes[3].kind.photo.hash",
            ValueProblem::BadHash,
        ),
        (
            Box::new(|v| v["communities"][0]["changes"][0]["at"] = json!("1969-12-31T23:59:59Z")),
            "communities[0].changes[0].at",
            ValueProblem::OutOfRange,
        ),
        (
            Box::new(|v| v["communities"][0]["changes"][0]["seq"] = json!(9007199254740992u64)),
            "communities[0].changes[0].seq",
            ValueProblem::OutOfRange,
        ),
        (
            Box::new(|v| {
                let first = v["communities"][0]["changes"][0].clone();
                v["communities"][0]["changes"][1]["id"] = first["id"].clone();
            }),
            "communities[0].changes[1].id",
            ValueProblem::Duplicate,
        ),
        (
            Box::new(|v| {
                let entry = v["communities"][0].clone();
                v["communities"].as_array_mut().unwrap().push(entry);
            }),
            "communities[1].community.id",
            ValueProblem::Duplicate,
        ),
        (
            Box::new(|v| {
                v["communities"][0]["inspections"][0]["finished_at"] = json!("2026-11-28T07:00:00Z")
            }),
            "communities[0].inspections[0].finished_at",
            ValueProblem::EndsBeforeStart,
        ),
        (
            Box::new(|v| v["photos"][0]["data_base64"] = json!("not base64!")),
            "photos[0].data_base64",
            ValueProblem::BadPhotoData,
        ),
        (
            Box::new(|v| v["photos"][0]["bytes"] = json!(3)),
            "photos[0].bytes",
            ValueProblem::SizeMismatch,
        ),
    ];
    for (edit, expected_path, expected) in cases {
        let (path, detail) = invalid_at(&resealed(edit));
        assert_eq!((path.as_str(), &detail), (expected_path, &expected));
    }
}

#[test]
fn actions_and_inspectors_follow_the_app_rules() {
    let (path, detail) = invalid_at(&resealed(|v| {
        let changes = v["communities"][0]["changes"].as_array_mut().unwrap();
        let action = changes
            .iter_mut()
            .find(|c| c["kind"]["field"] == "action")
            .unwrap();
        action["kind"]["new"]["responsible"] = json!({"kind": "unit", "name": "市财政局"});
    }));
    assert_eq!(path, "communities[0].changes[4].kind.new");
    assert!(matches!(detail, ValueProblem::Refused(_)));

    let (path, detail) = invalid_at(&resealed(|v| {
        v["communities"][0]["inspections"][0]["inspectors"] = json!([" "]);
    }));
    assert_eq!(path, "communities[0].inspections[0].inspectors");
    assert!(matches!(detail, ValueProblem::Refused(_)));
}

#[test]
fn an_item_not_in_the_plan_is_named() {
    let bytes = resealed(|v| v["communities"][0]["changes"][0]["item_id"] = json!("a9-99"));
    assert_eq!(
        parse(&bytes),
        Err(ImportError::UnknownItem {
            item_id: "a9-99".into()
        })
    );
}

#[test]
fn a_record_under_another_community_is_refused() {
    let bytes = resealed(|v| v["communities"][0]["changes"][1]["community_id"] = json!("c2"));
    assert_eq!(
        parse(&bytes),
        Err(ImportError::WrongCommunity {
            path: "communities[0].changes[1].community_id".into()
        })
    );
    let bytes = resealed(|v| v["communities"][0]["inspections"][0]["community_id"] = json!("c2"));
    assert!(matches!(
        parse(&bytes),
        Err(ImportError::WrongCommunity { .. })
    ));
}

#[test]
fn photo_bytes_must_match_their_hash() {
    let other = photo(2).1;
    let bytes = resealed(|v| {
        v["photos"][0]["data_base64"] =
            json!(danzhou_green_community::exchange::base64_encode(&other));
        v["photos"][0]["bytes"] = json!(other.len());
    });
    assert_eq!(
        parse(&bytes),
        Err(ImportError::PhotoHashMismatch {
            hash: photo(1).0.hash
        })
    );
}

#[test]
fn a_huge_foreign_value_makes_a_short_message() {
    let bytes = edited(|v| v["plan"]["id"] = json!("x".repeat(100_000)));
    match parse(&bytes) {
        Err(ImportError::UnknownPlan { id }) => assert!(id.chars().count() <= 101),
        other => panic!("{other:?}"),
    }
}

/// The office's roster travels in its merged export: read back as written,
/// covered by the checksum, and held to the roster's own rules.
#[test]
fn the_offices_roster_travels_checked() {
    let roster = json!({
        "roster": {"entries": [
            {"name": "东风社区", "street": "那大镇", "in_scope": true, "joined_on": "2020-09-01", "demonstration": true, "matched": ["c9"]},
            {"name": "兰洋社区", "in_scope": false}
        ]},
        "definitions": {"taking_part": "any_item_assessed"},
        "updated_at": "2026-11-28T08:00:00Z"
    });
    let with_roster = resealed(|v| v["city"] = roster.clone());
    let city = parse(&with_roster)
        .unwrap()
        .city
        .expect("the roster is read");
    assert_eq!(city.roster.entries.len(), 2);
    assert_eq!(city.roster.entries[0].matched[0].as_str(), "c9");
    assert!(!city.roster.entries[1].in_scope);

    let mut changed: Value = serde_json::from_slice(&with_roster).unwrap();
    changed["city"]["roster"]["entries"][1]["in_scope"] = json!(true);
    assert_eq!(
        parse(&serde_json::to_vec(&changed).unwrap()),
        Err(ImportError::ChecksumMismatch)
    );

    let twice = resealed(|v| {
        v["city"] = roster.clone();
        v["city"]["roster"]["entries"][1]["name"] = json!("东风社区　");
    });
    assert_eq!(
        invalid_at(&twice),
        (
            "city.roster.entries[1].name".into(),
            ValueProblem::Duplicate
        )
    );
    let unnamed = resealed(|v| {
        v["city"] = roster.clone();
        v["city"]["roster"]["entries"][0]["name"] = json!(" ");
    });
    assert_eq!(
        invalid_at(&unnamed),
        (
            "city.roster.entries[0].name".into(),
            ValueProblem::BadName(NameError::Empty)
        )
    );
}

#[test]
fn a_merge_of_communities_that_cannot_mean_anything_is_refused_with_its_path() {
    let merge = |from: &str, undone_at: Option<&str>| {
        json!({
            "id": "m1", "from": from, "into": "c1", "at": "2026-11-28T08:00:10Z",
            "device_id": "office", "author": "市城管局", "undone_at": undone_at,
        })
    };
    let with = |value: Value| resealed(move |v| v["community_merges"] = json!([value]));
    let mut undone_early = merge("c2", Some("2026-11-28T08:00:00Z"));
    let (path, detail) = invalid_at(&with(undone_early.take()));
    assert_eq!(path, "community_merges[0].undone_at");
    assert_eq!(detail, ValueProblem::OutOfRange);
    let (path, detail) = invalid_at(&with(merge("c1", None)));
    assert_eq!(path, "community_merges[0].into");
    assert_eq!(detail, ValueProblem::Duplicate);
    let fine = parse(&with(merge("c2", None))).unwrap();
    assert_eq!(fine.community_merges.len(), 1);
}
