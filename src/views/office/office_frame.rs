use leptos::prelude::*;

use crate::i18n::{desk_texts, evaluation_texts};
use crate::routing::{OfficePage, Route};

/// The office's workspace around one of its pages: the menu, always in
/// view (beside the page on a desktop, a row above it on a phone), with
/// the page the worker is on marked.
#[component]
pub fn OfficeFrame(current: OfficePage, children: Children) -> impl IntoView {
    view! {
        <div class="office-desk">
            <nav class="office-menu" aria-label=desk_texts().menu_label data-testid="office-menu">
                <ul>
                    {OfficePage::all().into_iter().map(|page| {
                        let here = page.same_page(&current);
                        view! {
                            <li>
                                <a href=Route::Office(page.clone()).href() aria-current=here.then_some("page")>
                                    {page_title(&page)}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
            <div class="office-page">{children()}</div>
        </div>
    }
}

/// A page's name, in the menu and as its heading.
pub fn page_title(page: &OfficePage) -> &'static str {
    let t = desk_texts();
    match page {
        OfficePage::Overview => t.page_overview,
        OfficePage::Import => t.page_import,
        OfficePage::Communities(_) => t.page_communities,
        OfficePage::Roster => t.page_roster,
        OfficePage::Merges => t.page_merges,
        OfficePage::Scoring => t.page_scoring,
        OfficePage::Units => t.page_units,
        OfficePage::Exports => t.page_exports,
        OfficePage::Reviews => evaluation_texts().menu_reviews,
        OfficePage::Notices => evaluation_texts().menu_notices,
        OfficePage::Keys => crate::i18n::office_key_texts().link,
    }
}
