//! Community names: required, trimmed, unique, at most 40 characters.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use danzhou_green_community::community::{validate_name, NameError, NameFilter, MAX_NAME_CHARS};

#[test]
fn a_name_is_trimmed_and_inner_spaces_collapsed() {
    assert_eq!(validate_name("  东风社区 ", []), Ok("东风社区".to_string()));
    assert_eq!(
        validate_name("东风 \t 社区", []),
        Ok("东风 社区".to_string())
    );
}

#[test]
fn an_empty_or_blank_name_is_refused() {
    assert_eq!(validate_name("", []), Err(NameError::Empty));
    assert_eq!(validate_name("   \u{3000} ", []), Err(NameError::Empty));
}

#[test]
fn forty_characters_pass_and_forty_one_do_not() {
    let forty = "社".repeat(MAX_NAME_CHARS);
    assert_eq!(validate_name(&forty, []), Ok(forty.clone()));
    let forty_one = "社".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(validate_name(&forty_one, []), Err(NameError::TooLong));
    // Counted after trimming.
    assert!(validate_name(&format!("  {forty}  "), []).is_ok());
}

#[test]
fn a_duplicate_is_refused_ignoring_case_and_spacing() {
    let existing = ["东风社区", "Nada Road"];
    assert_eq!(
        validate_name(" 东风社区", existing),
        Err(NameError::Duplicate)
    );
    assert_eq!(
        validate_name("nada  road", existing),
        Err(NameError::Duplicate)
    );
    assert!(validate_name("东风二社区", existing).is_ok());
}

#[test]
fn control_characters_are_refused() {
    assert_eq!(
        validate_name("东风\u{0007}社区", []),
        Err(NameError::ControlCharacters)
    );
}

#[test]
fn same_name_agrees_with_the_duplicate_rule() {
    use danzhou_green_community::community::{same_name, validate_name, NameError};
    let names = [
        "东风社区",
        " 东风  社区 ",
        "东风社区居委会",
        "Dongfeng  Shequ",
        "dongfeng shequ",
        "东风",
        "",
    ];
    for a in names {
        for b in names {
            let duplicate = validate_name(a, [b]) == Err(NameError::Duplicate);
            if !a.trim().is_empty() {
                assert_eq!(same_name(a, b), duplicate, "{a:?} {b:?}");
            }
        }
    }
}

mod index_by_name {
    use chrono::{TimeZone, Utc};
    use danzhou_green_community::community::{same_name, Community};
    use danzhou_green_community::ids::CommunityId;
    use danzhou_green_community::records::Records;
    use proptest::prelude::*;

    const NAMES: [&str; 5] = ["东风社区", "东风 社区", "Dongfeng", "dongfeng ", "西风社区"];

    /// Add or rename (a later version of the same id), or delete.
    #[derive(Clone, Debug)]
    enum Step {
        Put { id: u8, name: usize, at: i64 },
        Remove { id: u8 },
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => (0u8..6, 0..NAMES.len(), 0i64..50).prop_map(|(id, name, at)| Step::Put { id, name, at }),
            1 => (0u8..6).prop_map(|id| Step::Remove { id }),
        ]
    }

    proptest! {
        /// Whatever communities came, were renamed or went, the lookup by
        /// name finds exactly those a look at every community finds.
        #[test]
        fn the_lookup_by_name_finds_what_a_scan_finds(steps in proptest::collection::vec(step(), 0..30)) {
            let mut records = Records::default();
            for step in steps {
                match step {
                    Step::Put { id, name, at } => {
                        let when = Utc.timestamp_opt(1_800_000_000 + at, 0).unwrap();
                        records.insert_community(Community {
                            id: CommunityId::from(format!("c{id}")),
                            name: NAMES[name].to_string(),
                            created_at: when,
                            updated_at: when,
                        });
                    }
                    Step::Remove { id } => records.remove_community(&format!("c{id}").into()),
                }
            }
            for name in NAMES {
                let mut found: Vec<&CommunityId> = records.communities_named(name).collect();
                found.sort();
                let scanned: Vec<&CommunityId> = records
                    .communities
                    .values()
                    .filter(|c| same_name(&c.name, name))
                    .map(|c| &c.id)
                    .collect();
                prop_assert_eq!(found, scanned);
            }
        }
    }
}

#[test]
fn a_name_filter_matches_names_holding_its_text_whatever_the_case_and_spacing() {
    let filter = NameFilter::new("  东风 ");
    assert!(filter.matches("那大镇东风社区"));
    assert!(!filter.matches("和平村"));
    assert!(NameFilter::new("a  社区").matches("A 社区二"));
    assert!(!NameFilter::new("a社区").matches("A 社区"));
    assert!(NameFilter::new("   ").matches("和平村"));
}
