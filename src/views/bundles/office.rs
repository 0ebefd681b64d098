//! What the city office uses on its desktop: import, the city overview, the
//! read-only look into a community and the yearly summary.

use leptos::prelude::*;

use crate::routing::{Bundle, Route};
use crate::views::app::{framed, mount};
use crate::views::not_found::NotFound;
use crate::views::office_community::OfficeCommunityView;
use crate::views::office_page::OfficePage;
use crate::views::yearly_report::YearlyReport;

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
