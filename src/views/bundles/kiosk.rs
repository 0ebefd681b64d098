//! The community center's display: full screen, no header.

use leptos::prelude::*;

use crate::routing::{Bundle, Route};
use crate::views::kiosk::kiosk_page::KioskPage;
use crate::views::shell::app::{framed, mount};
use crate::views::shell::not_found::NotFound;
use crate::views::shell::update_notice::UpdateNotice;

pub fn start() {
    mount(Bundle::Kiosk, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::Kiosk { community_id } => view! {
            <main id="main" class="kiosk-main"><KioskPage community_id=community_id /></main>
            <UpdateNotice />
        }
        .into_any(),
        _ => framed(view! { <NotFound /> }.into_any()),
    }
}
