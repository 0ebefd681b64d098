//! What a committee member uses on the phone: the community list, the
//! checklist and everything around it.

use leptos::prelude::*;

use crate::routing::{Bundle, Route};
use crate::views::app::{framed, mount};
use crate::views::checklist::ChecklistPage;
use crate::views::home::HomePage;
use crate::views::inspection_summary::InspectionSummaryPage;
use crate::views::inspection_walk::InspectionStepPage;
use crate::views::inspections_page::InspectionsPage;
use crate::views::item_page::ItemPage;
use crate::views::missing_page::MissingPage;
use crate::views::not_found::NotFound;
use crate::views::open_actions_page::OpenActionsPage;
use crate::views::plan_reader::PlanReader;
use crate::views::self_assessment_report::SelfAssessmentReport;
use crate::views::settings_page::SettingsPage;

pub fn start() {
    mount(Bundle::Phone, pages);
}

fn pages(route: Route) -> AnyView {
    framed(page(route))
}

fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage /> }.into_any(),
        Route::Community { community_id } => {
            view! { <ChecklistPage community_id=community_id /> }.into_any()
        }
        Route::Item {
            community_id,
            item_id,
        } => view! { <ItemPage community_id=community_id item_id=item_id /> }.into_any(),
        Route::Plan { focus_item } => view! { <PlanReader focus_item=focus_item /> }.into_any(),
        Route::Missing { community_id } => {
            view! { <MissingPage community_id=community_id /> }.into_any()
        }
        Route::Actions { community_id } => {
            view! { <OpenActionsPage community_id=community_id /> }.into_any()
        }
        Route::Inspections { community_id } => {
            view! { <InspectionsPage community_id=community_id /> }.into_any()
        }
        Route::InspectionStep {
            community_id,
            inspection_id,
            step,
        } => view! {
            <InspectionStepPage community_id=community_id inspection_id=inspection_id step=step />
        }
        .into_any(),
        Route::InspectionSummary {
            community_id,
            inspection_id,
        } => view! {
            <InspectionSummaryPage community_id=community_id inspection_id=inspection_id />
        }
        .into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::Report { community_id } => {
            view! { <SelfAssessmentReport community_id=community_id /> }.into_any()
        }
        // Another bundle's route, opened when this bundle was loaded: the
        // next hash change reloads into the right bundle.
        _ => view! { <NotFound /> }.into_any(),
    }
}
