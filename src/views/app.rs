use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser::{current_hash, navigate, now, random_id, scroll_to_top};
use super::checklist::ChecklistPage;
use super::header::Header;
use super::home::HomePage;
use super::inspection_summary::InspectionSummaryPage;
use super::inspection_walk::InspectionStepPage;
use super::inspections_page::InspectionsPage;
use super::item_page::ItemPage;
use super::kiosk_page::KioskPage;
use super::missing_page::MissingPage;
use super::not_found::NotFound;
use super::office_community::OfficeCommunityView;
use super::office_page::OfficePage;
use super::offline_indicator::OfflineIndicator;
use super::open_actions_page::OpenActionsPage;
use super::plan_reader::PlanReader;
use super::self_assessment_report::SelfAssessmentReport;
use super::settings_page::SettingsPage;
use super::state::{use_app_state, AppState, SaveStatus};
use super::update_notice::UpdateNotice;
use super::yearly_report::YearlyReport;
use crate::i18n::texts;
use crate::plan;
use crate::routing::Route;
use crate::storage::{self, DeviceRecord, Loaded, Storage, DB_NAME};

/// Opens storage and loads everything, falling back to memory-only storage
/// when IndexedDB is unavailable.
async fn start() -> (Storage, Loaded, DeviceRecord) {
    let storage = match storage::open(DB_NAME).await {
        Ok(db) => Storage::IndexedDb(db),
        Err(_) => Storage::memory(),
    };
    let (storage, loaded) = match storage.load().await {
        Ok(loaded) => (storage, loaded),
        Err(_) => (Storage::memory(), Loaded::default()),
    };
    let device = match loaded.device.clone() {
        Some(device) => device,
        None => {
            let device = DeviceRecord {
                device_id: random_id(),
                created_at: now(),
            };
            let _ = storage.save_device(&device).await;
            device
        }
    };
    (storage, loaded, device)
}

#[component]
pub fn App() -> impl IntoView {
    let ready = RwSignal::new(None::<AppState>);
    spawn_local(async move {
        let (storage, mut loaded, device) = start().await;
        let preferences = std::mem::take(&mut loaded.preferences);
        let exports = std::mem::take(&mut loaded.exports);
        let state = AppState {
            plan: StoredValue::new(plan::embedded()),
            storage: StoredValue::new_local(storage),
            workspace: RwSignal::new(loaded.into_workspace(device.device_id)),
            preferences: RwSignal::new(preferences),
            route: RwSignal::new(Route::parse(&current_hash())),
            save_status: RwSignal::new(SaveStatus::Idle),
            persisted: RwSignal::new(storage::is_persisted().await),
            exports: RwSignal::new(exports),
        };
        ready.set(Some(state));
    });

    move || match ready.get() {
        None => view! { <p class="loading" role="status">{texts().loading}</p> }.into_any(),
        Some(state) => view! { <Shell state=state /> }.into_any(),
    }
}

#[component]
fn Shell(state: AppState) -> impl IntoView {
    provide_context(state);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::parse(&current_hash()));
        scroll_to_top();
    });
    on_cleanup(move || handle.remove());
    // A kiosk stays a kiosk. After a reload or a power cut the browser opens
    // the kiosk URL or the app's root; the root leads back to the display.
    // A tab that shows the display cannot leave it without the PIN. Other
    // tabs opened on a deep link (staff editing) are not locked.
    let kiosk_route = move || {
        state.preferences.with(|p| {
            p.kiosk.as_ref().map(|k| Route::Kiosk {
                community_id: k.community_id.clone(),
            })
        })
    };
    if let Some(home) = kiosk_route() {
        if state.route.get_untracked() == Route::Home {
            navigate(&home.href());
        }
    }
    let locked = RwSignal::new(false);
    Effect::new(move |_| {
        let route = state.route.get();
        match kiosk_route() {
            Some(home) if route == home => locked.set(true),
            Some(home) if locked.get_untracked() => navigate(&home.href()),
            None => locked.set(false),
            _ => {}
        }
    });
    move || match state.route.get() {
        Route::Kiosk { community_id } => view! {
            <main id="main" class="kiosk-main"><KioskPage community_id=community_id /></main>
            <UpdateNotice />
        }
        .into_any(),
        route => view! { <AppFrame route=route /> }.into_any(),
    }
}

/// Header, banners and the current view.
#[component]
fn AppFrame(route: Route) -> impl IntoView {
    let state = use_app_state();
    let persistent = state.storage.with_value(Storage::is_persistent);
    view! {
        <Header />
        <OfflineIndicator />
        {(!persistent).then(|| view! {
            <p class="banner banner-warning" role="alert">{texts().storage_unavailable}</p>
        })}
        <main id="main">{page(route)}</main>
        <UpdateNotice />
    }
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
        Route::Office => view! { <OfficePage /> }.into_any(),
        Route::YearlyReport => view! { <YearlyReport /> }.into_any(),
        Route::OfficeCommunity { community_id } => {
            view! { <OfficeCommunityView community_id=community_id /> }.into_any()
        }
        Route::Report { community_id } => {
            view! { <SelfAssessmentReport community_id=community_id /> }.into_any()
        }
        Route::Kiosk { community_id } => {
            view! { <KioskPage community_id=community_id /> }.into_any()
        }
        Route::NotFound => view! { <NotFound /> }.into_any(),
    }
}
