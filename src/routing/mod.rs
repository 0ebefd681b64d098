//! Every view has a URL. Routes live in the hash (`#/c/…`), so a reload on
//! any URL works on a plain static server with no rewrite rules. Ids are
//! percent-encoded in URLs (an imported id may hold `/`, `#` or Chinese),
//! and decoded when a URL is parsed.

mod office_page;
mod percent;

pub use office_page::OfficePage;
pub use percent::{percent_decode, percent_encode};

use crate::evaluation::Stage;
use crate::ids::{CommunityId, InspectionId, ItemId};
use crate::office::TableQuery;

/// The views of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Community list, or the first-run welcome.
    Home,
    /// A community's checklist.
    Community {
        community_id: CommunityId,
    },
    /// One item of a community's checklist.
    Item {
        community_id: CommunityId,
        item_id: ItemId,
    },
    /// What stands between the community and 达到创建要求.
    Missing {
        community_id: CommunityId,
    },
    /// The community's open rectification actions, by due date.
    Actions {
        community_id: CommunityId,
    },
    /// 申报 and what the office's checks found.
    Evaluation {
        community_id: CommunityId,
    },
    /// Residents' satisfaction (效果共评): the surveys the community ran.
    Residents {
        community_id: CommunityId,
    },
    /// Start a field inspection; past inspections.
    Inspections {
        community_id: CommunityId,
    },
    /// Step `step` (1-based, in plan order) of an inspection walk.
    InspectionStep {
        community_id: CommunityId,
        inspection_id: InspectionId,
        step: usize,
    },
    /// What an inspection changed.
    InspectionSummary {
        community_id: CommunityId,
        inspection_id: InspectionId,
    },
    /// The plan reader, optionally scrolled to an item's place.
    Plan {
        focus_item: Option<ItemId>,
    },
    /// Device, storage and defaults.
    Settings,
    /// One page of the city office's workspace.
    Office(OfficePage),
    /// The office's yearly evaluation summary, for printing.
    YearlyReport,
    /// The office's read-only look into one community.
    OfficeCommunity {
        community_id: CommunityId,
    },
    /// 初核 or 复核 of a community's current submission, item by item.
    OfficeReview {
        community_id: CommunityId,
        stage: Stage,
    },
    /// The printable 公示名单 (`named` false) or 命名名单 of the latest notice.
    NoticeList {
        named: bool,
    },
    /// A community's self-assessment form, for printing.
    Report {
        community_id: CommunityId,
    },
    /// The community center's display for one community.
    Kiosk {
        community_id: CommunityId,
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
    /// its path only (a query passed over), as the loader (`src/pwa/loader.js`) decides before any
    /// wasm runs: the start bundle for the root unless the phone bundle shows
    /// it (on a device that has held a community, or whose service worker
    /// keeps the app). It agrees with [`Route::bundle`] for every route's
    /// `href`.
    pub fn for_hash(hash: &str, phone_shows_root: bool) -> Bundle {
        let path = hash.trim_start_matches('#');
        let path = path.split_once('?').map_or(path, |(path, _)| path);
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        match (segments.next(), segments.next()) {
            (Some("office"), _) => Bundle::Office,
            (Some("kiosk"), Some(_)) => Bundle::Kiosk,
            (None, _) if !phone_shows_root => Bundle::Start,
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

/// Matches the routes about one community, binding its id to `$id`; every
/// other route gives `$otherwise`. The one list of those routes.
macro_rules! about_one_community {
    ($route:expr, $id:ident => $then:expr, otherwise $otherwise:expr) => {
        match $route {
            Route::Community { community_id: $id }
            | Route::Item {
                community_id: $id, ..
            }
            | Route::Missing { community_id: $id }
            | Route::Actions { community_id: $id }
            | Route::Evaluation { community_id: $id }
            | Route::Residents { community_id: $id }
            | Route::OfficeReview {
                community_id: $id, ..
            }
            | Route::Inspections { community_id: $id }
            | Route::InspectionStep {
                community_id: $id, ..
            }
            | Route::InspectionSummary {
                community_id: $id, ..
            }
            | Route::Report { community_id: $id }
            | Route::OfficeCommunity { community_id: $id }
            | Route::Kiosk { community_id: $id } => $then,
            Route::Home
            | Route::Plan { .. }
            | Route::Settings
            | Route::Office(_)
            | Route::YearlyReport
            | Route::NoticeList { .. }
            | Route::NotFound => $otherwise,
        }
    };
}

impl Route {
    /// The one community this route shows, if it shows just one: a device
    /// opening it needs that community's records first, and the others'
    /// only later.
    pub fn community(&self) -> Option<&CommunityId> {
        about_one_community!(self, id => Some(id), otherwise None)
    }

    /// The same route about community `id` instead: a link to a community
    /// since merged into another leads to that one.
    pub fn about(mut self, id: CommunityId) -> Route {
        about_one_community!(&mut self, slot => *slot = id, otherwise ());
        self
    }

    /// The page this route shows, whatever the table's query: a new query
    /// redraws the table, not the page around it.
    pub fn page(&self) -> Route {
        match self {
            Route::Office(OfficePage::Communities(_)) => {
                Route::Office(OfficePage::Communities(TableQuery::default()))
            }
            route => route.clone(),
        }
    }

    /// The bundle whose code shows this route.
    pub fn bundle(&self, phone_shows_root: bool) -> Bundle {
        match self {
            Route::Office(_)
            | Route::YearlyReport
            | Route::OfficeCommunity { .. }
            | Route::OfficeReview { .. }
            | Route::NoticeList { .. } => Bundle::Office,
            Route::Kiosk { .. } => Bundle::Kiosk,
            Route::Home if !phone_shows_root => Bundle::Start,
            _ => Bundle::Phone,
        }
    }

    /// Parses `location.hash` (with or without the leading `#`). A query
    /// (`?…`) is read by the pages that take one and passed over by the
    /// others; segments never hold a `?` of their own (see [`percent_encode`]).
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let Some(parts) = path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(percent_decode)
            .collect::<Option<Vec<String>>>()
        else {
            return Route::NotFound;
        };
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["c", community] => Route::Community {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "i", item] => Route::Item {
                community_id: CommunityId::from(*community),
                item_id: ItemId::from(*item),
            },
            ["c", community, "missing"] => Route::Missing {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "actions"] => Route::Actions {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "evaluation"] => Route::Evaluation {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "residents"] => Route::Residents {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "inspections"] => Route::Inspections {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "inspections", inspection] => Route::InspectionSummary {
                community_id: CommunityId::from(*community),
                inspection_id: InspectionId::from(*inspection),
            },
            ["c", community, "inspections", inspection, step] => match step.parse() {
                Ok(step) if step >= 1 => Route::InspectionStep {
                    community_id: CommunityId::from(*community),
                    inspection_id: InspectionId::from(*inspection),
                    step,
                },
                _ => Route::NotFound,
            },
            ["plan"] => Route::Plan { focus_item: None },
            ["settings"] => Route::Settings,
            ["office"] => Route::Office(OfficePage::Overview),
            ["office", "report"] => Route::YearlyReport,
            ["office", "notice-list"] => Route::NoticeList { named: false },
            ["office", "named-list"] => Route::NoticeList { named: true },
            ["office", "review", community, stage] => match Stage::of_segment(stage) {
                Some(stage) => Route::OfficeReview {
                    community_id: CommunityId::from(*community),
                    stage,
                },
                None => Route::NotFound,
            },
            ["office", page] => match OfficePage::of_segment(page, query) {
                Some(page) => Route::Office(page),
                None => Route::NotFound,
            },
            ["office", "c", community] => Route::OfficeCommunity {
                community_id: CommunityId::from(*community),
            },
            ["c", community, "report"] => Route::Report {
                community_id: CommunityId::from(*community),
            },
            ["kiosk", community] => Route::Kiosk {
                community_id: CommunityId::from(*community),
            },
            ["plan", item] => Route::Plan {
                focus_item: Some(ItemId::from(*item)),
            },
            _ => Route::NotFound,
        }
    }

    /// The `href` for a link to this route, its ids percent-encoded.
    pub fn href(&self) -> String {
        let c = |id: &CommunityId| percent_encode(id);
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Community { community_id } => format!("#/c/{}", c(community_id)),
            Route::Item {
                community_id,
                item_id,
            } => format!("#/c/{}/i/{}", c(community_id), percent_encode(item_id)),
            Route::Missing { community_id } => format!("#/c/{}/missing", c(community_id)),
            Route::Actions { community_id } => format!("#/c/{}/actions", c(community_id)),
            Route::Evaluation { community_id } => format!("#/c/{}/evaluation", c(community_id)),
            Route::Residents { community_id } => format!("#/c/{}/residents", c(community_id)),
            Route::Inspections { community_id } => {
                format!("#/c/{}/inspections", c(community_id))
            }
            Route::InspectionStep {
                community_id,
                inspection_id,
                step,
            } => format!(
                "#/c/{}/inspections/{}/{step}",
                c(community_id),
                percent_encode(inspection_id)
            ),
            Route::InspectionSummary {
                community_id,
                inspection_id,
            } => format!(
                "#/c/{}/inspections/{}",
                c(community_id),
                percent_encode(inspection_id)
            ),
            Route::Plan { focus_item: None } => "#/plan".to_string(),
            Route::Plan {
                focus_item: Some(item),
            } => format!("#/plan/{}", percent_encode(item)),
            Route::Settings => "#/settings".to_string(),
            Route::Office(OfficePage::Communities(query)) => match query.to_query(percent_encode) {
                query if query.is_empty() => "#/office/communities".to_string(),
                query => format!("#/office/communities?{query}"),
            },
            Route::Office(page) if page.segment().is_empty() => "#/office".to_string(),
            Route::Office(page) => format!("#/office/{}", page.segment()),
            Route::YearlyReport => "#/office/report".to_string(),
            Route::OfficeCommunity { community_id } => format!("#/office/c/{}", c(community_id)),
            Route::OfficeReview {
                community_id,
                stage,
            } => format!("#/office/review/{}/{}", c(community_id), stage.segment()),
            Route::NoticeList { named: false } => "#/office/notice-list".to_string(),
            Route::NoticeList { named: true } => "#/office/named-list".to_string(),
            Route::Report { community_id } => format!("#/c/{}/report", c(community_id)),
            Route::Kiosk { community_id } => format!("#/kiosk/{}", c(community_id)),
        }
    }
}
