use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::app::summaries::office_overview;
use crate::routing::OfficePage;
use crate::views::office::city_totals::CityFiguresCard;
use crate::views::office::communities_page::CommunitiesPage;
use crate::views::office::definitions_panel::DefinitionsPanel;
use crate::views::office::exports_page::ExportsPage;
use crate::views::office::import_panel::ImportPanel;
use crate::views::office::merge_panel::MergePanel;
use crate::views::office::notices_page::NoticesPage;
use crate::views::office::office_frame::{page_title, OfficeFrame};
use crate::views::office::office_key_page::OfficeKeyPage;
use crate::views::office::overview_page::OverviewPage;
use crate::views::office::reviews_page::ReviewsPage;
use crate::views::office::roster_panel::RosterPanel;
use crate::views::office::scoring_panel::ScoringPanel;
use crate::views::office::units_page::UnitsPage;

/// One page of the office's workspace, in its frame.
#[component]
pub fn OfficeWorkspace(page: OfficePage) -> impl IntoView {
    let heading = page_title(&page);
    let body = match page.clone() {
        OfficePage::Overview => view! { <OverviewPage /> }.into_any(),
        OfficePage::Import => view! { <h1>{heading}</h1><ImportPanel /> }.into_any(),
        OfficePage::Communities(query) => view! { <CommunitiesPage query=query /> }.into_any(),
        OfficePage::Roster => view! {
            <h1>{heading}</h1>
            <div class="overview-grid">
                <DefinitionsPanel />
                <CityFiguresCard overview=office_overview(use_app_state()) />
            </div>
            <RosterPanel />
        }
        .into_any(),
        OfficePage::Merges => view! { <h1>{heading}</h1><MergePanel /> }.into_any(),
        OfficePage::Scoring => view! { <h1>{heading}</h1><ScoringPanel /> }.into_any(),
        OfficePage::Units => view! { <UnitsPage /> }.into_any(),
        OfficePage::Exports => view! { <ExportsPage /> }.into_any(),
        OfficePage::Reviews => view! { <ReviewsPage /> }.into_any(),
        OfficePage::Notices => view! { <NoticesPage /> }.into_any(),
        OfficePage::Keys => view! { <h1>{heading}</h1><OfficeKeyPage /> }.into_any(),
    };
    view! { <OfficeFrame current=page>{body}</OfficeFrame> }
}
