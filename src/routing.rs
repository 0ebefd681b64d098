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
    /// What stands between the community and 达到创建要求.
    Missing {
        community_id: String,
    },
    /// The community's open rectification actions, by due date.
    Actions {
        community_id: String,
    },
    /// Start a field inspection; past inspections.
    Inspections {
        community_id: String,
    },
    /// Step `step` (1-based, in plan order) of an inspection walk.
    InspectionStep {
        community_id: String,
        inspection_id: String,
        step: usize,
    },
    /// What an inspection changed.
    InspectionSummary {
        community_id: String,
        inspection_id: String,
    },
    /// The plan reader, optionally scrolled to an item's place.
    Plan {
        focus_item: Option<String>,
    },
    /// Device, storage and defaults.
    Settings,
    /// The city office: import files, the city overview, merged exports.
    Office,
    /// The office's yearly evaluation summary, for printing.
    YearlyReport,
    /// The office's read-only look into one community.
    OfficeCommunity {
        community_id: String,
    },
    /// A community's self-assessment form, for printing.
    Report {
        community_id: String,
    },
    /// The community center's display for one community.
    Kiosk {
        community_id: String,
    },
    NotFound,
}

/// The separately loaded parts of the app. A phone's first load carries
/// neither the office's import and overview nor the kiosk display; the page
/// loads the bundle that shows the route in its URL (see `Trunk.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The first run of a device with no community yet: what the app is and
    /// "add your community", nothing more.
    Start,
    /// Community list, checklist and everything a committee member does.
    Phone,
    /// Import, the city overview and the yearly summary.
    Office,
    /// The community center's display.
    Kiosk,
}

impl Bundle {
    /// The bundle the page loads for `location.hash`, by the first segment of
    /// its path only, as the loader (`src/pwa/loader.js`) decides before any
    /// wasm runs: the start bundle for the root of a device that has never
    /// held a community. It agrees with [`Route::bundle`] for every route's
    /// `href`.
    pub fn for_hash(hash: &str, device_has_communities: bool) -> Bundle {
        let mut segments = hash
            .trim_start_matches('#')
            .split('/')
            .filter(|s| !s.is_empty());
        match (segments.next(), segments.next()) {
            (Some("office"), _) => Bundle::Office,
            (Some("kiosk"), Some(_)) => Bundle::Kiosk,
            (None, _) if !device_has_communities => Bundle::Start,
            _ => Bundle::Phone,
        }
    }

    /// The name of the bundle's files and of its binary.
    pub fn as_str(self) -> &'static str {
        match self {
            Bundle::Start => "start",
            Bundle::Phone => "phone",
            Bundle::Office => "office",
            Bundle::Kiosk => "kiosk",
        }
    }
}

impl Route {
    /// The bundle whose code shows this route.
    pub fn bundle(&self, device_has_communities: bool) -> Bundle {
        match self {
            Route::Office | Route::YearlyReport | Route::OfficeCommunity { .. } => Bundle::Office,
            Route::Kiosk { .. } => Bundle::Kiosk,
            Route::Home if !device_has_communities => Bundle::Start,
            _ => Bundle::Phone,
        }
    }

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
            ["c", community, "missing"] => Route::Missing {
                community_id: community.to_string(),
            },
            ["c", community, "actions"] => Route::Actions {
                community_id: community.to_string(),
            },
            ["c", community, "inspections"] => Route::Inspections {
                community_id: community.to_string(),
            },
            ["c", community, "inspections", inspection] => Route::InspectionSummary {
                community_id: community.to_string(),
                inspection_id: inspection.to_string(),
            },
            ["c", community, "inspections", inspection, step] => match step.parse() {
                Ok(step) if step >= 1 => Route::InspectionStep {
                    community_id: community.to_string(),
                    inspection_id: inspection.to_string(),
                    step,
                },
                _ => Route::NotFound,
            },
            ["plan"] => Route::Plan { focus_item: None },
            ["settings"] => Route::Settings,
            ["office"] => Route::Office,
            ["office", "report"] => Route::YearlyReport,
            ["office", "c", community] => Route::OfficeCommunity {
                community_id: community.to_string(),
            },
            ["c", community, "report"] => Route::Report {
                community_id: community.to_string(),
            },
            ["kiosk", community] => Route::Kiosk {
                community_id: community.to_string(),
            },
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
            Route::Missing { community_id } => format!("#/c/{community_id}/missing"),
            Route::Actions { community_id } => format!("#/c/{community_id}/actions"),
            Route::Inspections { community_id } => format!("#/c/{community_id}/inspections"),
            Route::InspectionStep {
                community_id,
                inspection_id,
                step,
            } => format!("#/c/{community_id}/inspections/{inspection_id}/{step}"),
            Route::InspectionSummary {
                community_id,
                inspection_id,
            } => format!("#/c/{community_id}/inspections/{inspection_id}"),
            Route::Plan { focus_item: None } => "#/plan".to_string(),
            Route::Plan {
                focus_item: Some(item),
            } => format!("#/plan/{item}"),
            Route::Settings => "#/settings".to_string(),
            Route::Office => "#/office".to_string(),
            Route::YearlyReport => "#/office/report".to_string(),
            Route::OfficeCommunity { community_id } => format!("#/office/c/{community_id}"),
            Route::Report { community_id } => format!("#/c/{community_id}/report"),
            Route::Kiosk { community_id } => format!("#/kiosk/{community_id}"),
        }
    }
}
