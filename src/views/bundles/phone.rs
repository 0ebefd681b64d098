//! What a committee member uses on the phone: the community list, the
//! checklist and everything around it.

use leptos::prelude::*;

use crate::routing::{Bundle, Route};
use crate::views::assessment::checklist::ChecklistPage;
use crate::views::assessment::item_page::ItemPage;
use crate::views::assessment::missing_page::MissingPage;
use crate::views::assessment::open_actions_page::OpenActionsPage;
use crate::views::communities::home::HomePage;
use crate::views::evaluation::evaluation_page::EvaluationPage;
use crate::views::inspection::inspection_summary::InspectionSummaryPage;
use crate::views::inspection::inspection_walk::InspectionStepPage;
use crate::views::inspection::inspections_page::InspectionsPage;
use crate::views::plan::plan_reader::PlanReader;
use crate::views::reports::self_assessment_report::SelfAssessmentReport;
use crate::views::residents::residents_page::ResidentsPage;
use crate::views::settings::settings_page::SettingsPage;
use crate::views::shell::app::{framed, mount};
use crate::views::shell::not_found::NotFound;

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
        Route::Evaluation { community_id } => {
            view! { <EvaluationPage community_id=community_id /> }.into_any()
        }
        Route::Residents { community_id } => {
            view! { <ResidentsPage community_id=community_id /> }.into_any()
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
