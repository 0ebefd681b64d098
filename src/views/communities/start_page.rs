use leptos::prelude::*;

use crate::views::widgets::in_app_notice::InAppNotice;
use leptos::task::spawn_local;

use crate::app::failure::failure_message;
use crate::community::Community;
use crate::routing::Route;
use crate::storage::{self, Storage, DB_NAME};
use crate::views::communities::first_run::FirstRun;
use crate::views::shell::header::AppBar;
use crate::web::{navigate, now, random_id, reload, remember_device_has_communities};
use crate::workspace::Workspace;

/// The start bundle's only page, for a device that has never held a
/// community: what the app is, and "add your community". The new community
/// is stored here; its checklist opens in the phone bundle.
#[component]
pub fn StartPage() -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let add = Callback::new(move |raw_name: String| {
        let no_one = Workspace::default();
        let community = no_one.new_community(&raw_name, random_id(), now())?;
        spawn_local(async move {
            match store(&community).await {
                Ok(()) => {
                    remember_device_has_communities();
                    navigate(
                        &Route::Community {
                            community_id: community.id,
                        }
                        .href(),
                    );
                }
                Err(message) => failed.set(Some(message)),
            }
        });
        Ok(())
    });
    view! {
        <div class="top-bar"><AppBar current=Signal::stored(Route::Home) /></div>
        <InAppNotice />
        <main id="main">
            {move || failed.get().map(|message| view! {
                <p class="banner banner-warning" role="alert">{message}</p>
            })}
            <FirstRun add=add />
        </main>
    }
}

async fn store(community: &Community) -> Result<(), String> {
    let Ok(db) = storage::open(DB_NAME).await else {
        // No IndexedDB here: the phone bundle works in memory and says so.
        hand_over_to_phone();
        return Ok(());
    };
    match Storage::IndexedDb(db).save_community(community).await {
        Ok(()) => Ok(()),
        Err(error) => Err(failure_message(error).await),
    }
}

/// From now on the root loads the phone bundle; this page loads it now.
pub fn hand_over_to_phone() {
    remember_device_has_communities();
    reload();
}
