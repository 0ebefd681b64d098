//! What the city office uses on its desktop: import, the city overview, the
//! read-only look into a community and the yearly summary.

use leptos::prelude::*;

use crate::routing::{Bundle, Route};
use crate::views::office::office_community::OfficeCommunityView;
use crate::views::office::office_page::OfficePage;
use crate::views::reports::yearly_report::YearlyReport;
use crate::views::shell::app::{framed, mount};
use crate::views::shell::not_found::NotFound;

pub fn start() {
    mount(Bundle::Office, pages);
}

fn pages(route: Route) -> AnyView {
    framed(match route {
        Route::Office => view! { <OfficePage /> }.into_any(),
        Route::YearlyReport => view! { <YearlyReport /> }.into_any(),
        Route::OfficeCommunity { community_id } => {
            view! { <OfficeCommunityView community_id=community_id /> }.into_any()
        }
        _ => view! { <NotFound /> }.into_any(),
    })
}
