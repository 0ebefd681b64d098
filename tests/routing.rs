//! Every view has a URL that survives a reload.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use danzhou_green_community::evaluation::Stage;
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::office::{Column, Shown, TableQuery};
use danzhou_green_community::routing::{Bundle, OfficePage, Route};

/// One example of every route, found by walking [`after`] from `Home`. Its
/// `match` names every variant and has no wildcard, so a new variant does
/// not compile until it is given an example and its place in the walk.
fn every_route() -> Vec<Route> {
    let mut all = vec![Route::Home];
    while let Some(next) = after(all.last().expect("starts with Home")) {
        all.push(next);
    }
    all
}

/// An imported id can hold anything: a slash, a hash, a percent sign,
/// spaces and Chinese.
fn odd_community() -> CommunityId {
    CommunityId::from("东风/社区 #1 100%")
}

/// A table query with every part set, its name filter full of characters
/// a URL treats as its own.
fn odd_query() -> TableQuery {
    TableQuery {
        name: "东风 & 社区?=#%+".into(),
        show: Shown::NotYet,
        sort: Column::Score,
        descending: true,
    }
}

fn after(route: &Route) -> Option<Route> {
    let community_id = odd_community();
    Some(match route {
        Route::Home => Route::Community { community_id },
        Route::Community { .. } => Route::Item {
            community_id,
            item_id: "a2-05".into(),
        },
        Route::Item { .. } => Route::Missing { community_id },
        Route::Missing { .. } => Route::Actions { community_id },
        Route::Actions { .. } => Route::Evaluation { community_id },
        Route::Evaluation { .. } => Route::Residents { community_id },
        Route::Residents { .. } => Route::Inspections { community_id },
        Route::Inspections { .. } => Route::InspectionStep {
            community_id,
            inspection_id: "检查/1?".into(),
            step: 3,
        },
        Route::InspectionStep { .. } => Route::InspectionSummary {
            community_id,
            inspection_id: "检查/1?".into(),
        },
        Route::InspectionSummary { .. } => Route::Plan { focus_item: None },
        Route::Plan { focus_item: None } => Route::Plan {
            focus_item: Some("a3-01".into()),
        },
        Route::Plan {
            focus_item: Some(_),
        } => Route::Settings,
        Route::Settings => Route::Office(OfficePage::Overview),
        Route::Office(page) => match page {
            OfficePage::Overview => Route::Office(OfficePage::Import),
            OfficePage::Import => Route::Office(OfficePage::Communities(TableQuery::default())),
            OfficePage::Communities(query) if *query == TableQuery::default() => {
                Route::Office(OfficePage::Communities(odd_query()))
            }
            OfficePage::Communities(_) => Route::Office(OfficePage::Roster),
            OfficePage::Roster => Route::Office(OfficePage::Merges),
            OfficePage::Merges => Route::Office(OfficePage::Scoring),
            OfficePage::Scoring => Route::Office(OfficePage::Reviews),
            OfficePage::Reviews => Route::Office(OfficePage::Notices),
            OfficePage::Notices => Route::Office(OfficePage::Units),
            OfficePage::Units => Route::Office(OfficePage::Exports),
            OfficePage::Exports => Route::Office(OfficePage::Keys),
            OfficePage::Keys => Route::YearlyReport,
        },
        Route::YearlyReport => Route::OfficeCommunity { community_id },
        Route::OfficeCommunity { .. } => Route::OfficeReview {
            community_id,
            stage: Stage::Initial,
        },
        Route::OfficeReview { .. } => Route::NoticeList { named: false },
        Route::NoticeList { named: false } => Route::NoticeList { named: true },
        Route::NoticeList { named: true } => Route::Report { community_id },
        Route::Report { .. } => Route::Kiosk { community_id },
        // The end of the walk. `NotFound` has no URL of its own.
        Route::Kiosk { .. } | Route::NotFound => return None,
    })
}

#[test]
fn the_walk_meets_each_kind_of_route_once() {
    let routes = every_route();
    let kinds: std::collections::HashSet<_> = routes
        .iter()
        .map(|r| {
            (
                std::mem::discriminant(r),
                match r {
                    Route::Plan { focus_item } => focus_item.is_some() as u8,
                    Route::NoticeList { named } => *named as u8,
                    Route::Office(page) => {
                        let custom = matches!(page, OfficePage::Communities(q) if *q != TableQuery::default());
                        let at = OfficePage::all().iter().position(|p| p.same_page(page));
                        10 + at.expect("every page is in the menu") as u8 + 50 * custom as u8
                    }
                    _ => 0,
                },
            )
        })
        .collect();
    assert_eq!(kinds.len(), routes.len());
}

#[test]
fn ids_are_percent_encoded_in_links() {
    let href = Route::Community {
        community_id: odd_community(),
    }
    .href();
    assert_eq!(
        href,
        "#/c/%E4%B8%9C%E9%A3%8E%2F%E7%A4%BE%E5%8C%BA%20%231%20100%25"
    );
    for route in every_route() {
        let href = route.href();
        let rest = href.trim_start_matches("#/");
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        assert!(!path.contains(['#', ' ']), "{href}");
        assert!(!query.contains(['#', '?', ' ', '+']), "{href}");
    }
}

#[test]
fn a_browser_that_hands_back_chinese_unescaped_still_opens_the_route() {
    assert_eq!(
        Route::parse("#/c/东风社区/i/a1-01"),
        Route::Item {
            community_id: "东风社区".into(),
            item_id: "a1-01".into(),
        }
    );
}

#[test]
fn broken_escapes_are_not_found() {
    assert_eq!(Route::parse("#/c/%E4%B8"), Route::NotFound);
    assert_eq!(Route::parse("#/c/%zz"), Route::NotFound);
    assert_eq!(Route::parse("#/c/%+1"), Route::NotFound);
    assert_eq!(Route::parse("#/c/50%"), Route::NotFound);
}

proptest::proptest! {
    #[test]
    fn any_id_survives_a_link(id in "\\PC{0,40}") {
        let route = Route::OfficeCommunity { community_id: CommunityId::from(id.as_str()) };
        let parsed = Route::parse(&route.href());
        if id.is_empty() {
            proptest::prop_assert_eq!(parsed, Route::NotFound);
        } else {
            proptest::prop_assert_eq!(parsed, route);
        }
    }
}

#[test]
fn routes_round_trip_through_their_href() {
    for route in every_route() {
        assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
    }
}

#[test]
fn empty_and_odd_hashes() {
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("#"), Route::Home);
    assert_eq!(Route::parse("#/"), Route::Home);
    assert_eq!(
        Route::parse("#/c/abc/"),
        Route::Community {
            community_id: "abc".into()
        }
    );
    assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
    assert_eq!(Route::parse("#/c/abc/x/y"), Route::NotFound);
    assert_eq!(Route::parse("#/c/abc/inspections/i/0"), Route::NotFound);
    assert_eq!(Route::parse("#/c/abc/inspections/i/two"), Route::NotFound);
}

#[test]
fn the_loader_picks_the_bundle_that_shows_each_route() {
    for has_communities in [false, true] {
        for route in every_route() {
            assert_eq!(
                Bundle::for_hash(&route.href(), has_communities),
                route.bundle(has_communities),
                "{}",
                route.href()
            );
        }
    }
    assert_eq!(
        Route::Office(OfficePage::Units).bundle(true),
        Bundle::Office
    );
    assert_eq!(Route::YearlyReport.bundle(false), Bundle::Office);
    let kiosk = Route::Kiosk {
        community_id: "c".into(),
    };
    assert_eq!(kiosk.bundle(true), Bundle::Kiosk);
    assert_eq!(Route::Settings.bundle(false), Bundle::Phone);
    assert_eq!(Route::Home.bundle(false), Bundle::Start);
    assert_eq!(Route::Home.bundle(true), Bundle::Phone);
    assert_eq!(Bundle::for_hash("", false), Bundle::Start);
    assert_eq!(Bundle::for_hash("#/", true), Bundle::Phone);
    assert_eq!(Bundle::for_hash("#/kiosk", true), Bundle::Phone);
    assert_eq!(Bundle::for_hash("#office/report", false), Bundle::Office);
    assert_eq!(
        Bundle::for_hash("#/office?from=wechat", false),
        Bundle::Office
    );
}

#[test]
fn each_office_page_has_its_own_url() {
    let hrefs: Vec<String> = OfficePage::all()
        .into_iter()
        .map(|page| Route::Office(page).href())
        .collect();
    assert_eq!(
        hrefs,
        [
            "#/office",
            "#/office/import",
            "#/office/communities",
            "#/office/roster",
            "#/office/merges",
            "#/office/scoring",
            "#/office/reviews",
            "#/office/notices",
            "#/office/units",
            "#/office/exports",
            "#/office/keys"
        ]
    );
    assert_eq!(Route::parse("#/office/nowhere"), Route::NotFound);
    assert_eq!(
        Route::parse("#/office/"),
        Route::Office(OfficePage::Overview)
    );
}

#[test]
fn a_table_link_says_what_it_shows() {
    let query = TableQuery {
        show: Shown::NotYet,
        ..TableQuery::default()
    };
    let href = Route::Office(OfficePage::Communities(query.clone())).href();
    assert_eq!(href, "#/office/communities?show=not-yet");
    let sorted = query.sorted_by(Column::Score).sorted_by(Column::Score);
    assert_eq!(
        Route::Office(OfficePage::Communities(sorted)).href(),
        "#/office/communities?show=not-yet&sort=score&order=desc"
    );
}

#[test]
fn a_table_link_edited_by_hand_still_opens_the_table() {
    let parsed =
        Route::parse("#/office/communities?show=meets&sort=nonsense&colour=red&q=%zz&order");
    assert_eq!(
        parsed,
        Route::Office(OfficePage::Communities(TableQuery {
            show: Shown::Meets,
            ..TableQuery::default()
        }))
    );
    // A space typed into a link by hand as `+`, and Chinese unescaped.
    let parsed = Route::parse("#/office/communities?q=东风+社区&show=bogus");
    assert_eq!(
        parsed,
        Route::Office(OfficePage::Communities(TableQuery {
            name: "东风 社区".into(),
            ..TableQuery::default()
        }))
    );
    // Other pages pass a query over.
    assert_eq!(
        Route::parse("#/office/units?x=1"),
        Route::Office(OfficePage::Units)
    );
}

/// The loader (JavaScript), index.html and the binaries name the same files.
#[test]
fn every_bundle_is_built_and_loaded_under_its_name() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).unwrap();
    let loader = read("src/pwa/loader.js");
    let index = read("index.html");
    for bundle in [Bundle::Start, Bundle::Office, Bundle::Kiosk] {
        let name = bundle.as_str();
        assert!(loader.contains(&format!("return '{name}'")), "{name}");
        assert!(loader.contains(&format!("base + '{name}.js'")), "{name}");
        assert!(
            loader.contains(&format!("base + '{name}_bg.wasm'")),
            "{name}"
        );
        assert!(index.contains(&format!("data-bin=\"{name}\"")), "{name}");
        assert!(read(&format!("src/bin/{name}.rs")).contains(&format!("Bundle::{bundle:?}")));
    }
    assert!(read("Trunk.toml").contains("@src/pwa/loader.js"));
}

#[test]
fn pages_of_one_community_name_it_and_city_pages_do_not() {
    for route in every_route() {
        let href = route.href();
        let one = href.starts_with("#/c/")
            || href.starts_with("#/kiosk/")
            || href.starts_with("#/office/c/")
            || href.starts_with("#/office/review/");
        assert_eq!(route.community().is_some(), one, "{href}");
        if one {
            assert_eq!(route.community(), Some(&odd_community()), "{href}");
        }
    }
}

#[test]
fn a_route_about_one_community_can_be_turned_to_another() {
    let item = Route::Item {
        community_id: "c1".into(),
        item_id: "a1-01".into(),
    };
    assert_eq!(
        item.about("c2".into()),
        Route::Item {
            community_id: "c2".into(),
            item_id: "a1-01".into(),
        }
    );
    assert_eq!(Route::Home.about("c2".into()), Route::Home);
    assert_eq!(
        Route::Office(OfficePage::Overview)
            .about("c2".into())
            .community(),
        None
    );
}
