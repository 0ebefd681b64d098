//! What the city office uses on its desktop: import, the city overview, the
//! read-only look into a community and the yearly summary.

use leptos::prelude::*;

use crate::app::summaries::keep_history;
use crate::routing::{Bundle, Route};
use crate::views::office::notice_list::NoticeList;
use crate::views::office::office_community::OfficeCommunityView;
use crate::views::office::office_pages::OfficeWorkspace;
use crate::views::office::review_form::ReviewFormPage;
use crate::views::reports::yearly_report::YearlyReport;
use crate::views::shell::app::{framed, mount};
use crate::views::shell::not_found::NotFound;
use crate::web::add_style;

/// The office's own styles (its workspace, tables and chart), which the
/// other bundles do not need.
const OFFICE_CSS: &str = include_str!("../../../style/office.css");

pub fn start() {
    add_style(OFFICE_CSS);
    keep_history();
    mount(Bundle::Office, pages);
}

fn pages(route: Route) -> AnyView {
    framed(match route {
        Route::Office(page) => view! { <OfficeWorkspace page=page /> }.into_any(),
        Route::YearlyReport => view! { <YearlyReport /> }.into_any(),
        Route::OfficeCommunity { community_id } => {
            view! { <OfficeCommunityView community_id=community_id /> }.into_any()
        }
        Route::OfficeReview {
            community_id,
            stage,
        } => view! { <ReviewFormPage community_id=community_id stage=stage /> }.into_any(),
        Route::NoticeList { named } => view! { <NoticeList named=named /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    })
}
