//! The first run of a device that has never held a community: only what
//! the app is and "add your community", so the first visit downloads a
//! fraction of the phone bundle.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::routing::Bundle;
use crate::storage::{self, Storage, DB_NAME};
use crate::views::communities::start_page::{hand_over_to_phone, StartPage};
use crate::web::language::apply_remembered_language;
use crate::web::{current_hash, reload, remove_splash};

pub fn start() {
    apply_remembered_language();
    leptos::mount::mount_to_body(StartApp);
}

#[component]
fn StartApp() -> impl IntoView {
    // Every other route is another bundle's, including one the hash moved
    // to while this one loaded. The root is this bundle's (`false`), even
    // when the service worker took control while it loaded: the phone
    // bundle would show the same first-run page, after a reload and a
    // second download.
    let handle = window_event_listener(leptos::ev::hashchange, |_| reload());
    on_cleanup(move || handle.remove());
    if Bundle::for_hash(&current_hash(), false) != Bundle::Start {
        reload();
    }
    // Communities stored before this device remembered having them (an
    // earlier version, or an import on the office's pages): show them.
    spawn_local(async {
        let count = match storage::open(DB_NAME).await {
            Ok(db) => Storage::IndexedDb(db).community_count().await.unwrap_or(0),
            Err(_) => 1, // no IndexedDB: the phone bundle copes with that
        };
        if count > 0 {
            hand_over_to_phone();
        }
    });
    remove_splash();
    view! { <StartPage /> }
}
