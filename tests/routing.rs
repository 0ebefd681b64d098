//! Every view has a URL that survives a reload.

use danzhou_green_community::routing::{Bundle, Route};

fn every_route() -> Vec<Route> {
    vec![
        Route::Home,
        Route::Community {
            community_id: "c-1".into(),
        },
        Route::Item {
            community_id: "c-1".into(),
            item_id: "a2-05".into(),
        },
        Route::Plan { focus_item: None },
        Route::Plan {
            focus_item: Some("a3-01".into()),
        },
        Route::Settings,
        Route::Office,
        Route::YearlyReport,
        Route::OfficeCommunity {
            community_id: "c-1".into(),
        },
        Route::Report {
            community_id: "c-1".into(),
        },
        Route::Kiosk {
            community_id: "c-1".into(),
        },
        Route::Missing {
            community_id: "c-1".into(),
        },
        Route::Actions {
            community_id: "c-1".into(),
        },
        Route::Inspections {
            community_id: "c-1".into(),
        },
        Route::InspectionStep {
            community_id: "c-1".into(),
            inspection_id: "x".into(),
            step: 3,
        },
        Route::InspectionSummary {
            community_id: "c-1".into(),
            inspection_id: "x".into(),
        },
    ]
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
    assert_eq!(Route::Office.bundle(true), Bundle::Office);
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
