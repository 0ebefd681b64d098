//! Every view has a URL that survives a reload.

use danzhou_green_community::routing::Route;

#[test]
fn routes_round_trip_through_their_href() {
    let routes = [
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
    ];
    for route in routes {
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
