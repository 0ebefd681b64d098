//! Every view has a URL. Routes live in the hash (`#/c/…`), so a reload on
//! any URL works on a plain static server with no rewrite rules.

/// The views of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Community list, or the first-run welcome.
    Home,
    /// A community's checklist.
    Community {
        community_id: String,
    },
    /// One item of a community's checklist.
    Item {
        community_id: String,
        item_id: String,
    },
    /// The plan reader, optionally scrolled to an item's place.
    Plan {
        focus_item: Option<String>,
    },
    NotFound,
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["c", community] => Route::Community {
                community_id: community.to_string(),
            },
            ["c", community, "i", item] => Route::Item {
                community_id: community.to_string(),
                item_id: item.to_string(),
            },
            ["plan"] => Route::Plan { focus_item: None },
            ["plan", item] => Route::Plan {
                focus_item: Some(item.to_string()),
            },
            _ => Route::NotFound,
        }
    }

    /// The `href` for a link to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Community { community_id } => format!("#/c/{community_id}"),
            Route::Item {
                community_id,
                item_id,
            } => format!("#/c/{community_id}/i/{item_id}"),
            Route::Plan { focus_item: None } => "#/plan".to_string(),
            Route::Plan {
                focus_item: Some(item),
            } => format!("#/plan/{item}"),
        }
    }
}
