use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::refresh::take_other_tabs_news;
use crate::app::startup::{ensure_read, load_app_state};
use crate::app::state::{use_app_state, AppState};
use crate::i18n::texts;
use crate::ids::CommunityId;
use crate::routing::{Bundle, Route};
use crate::storage::{ChangeListener, Storage};
use crate::views::shell::header::Header;
use crate::views::shell::offline_indicator::OfflineIndicator;
use crate::views::shell::update_notice::UpdateNotice;
use crate::views::widgets::in_app_notice::InAppNotice;
use crate::web::{current_hash, navigate, phone_shows_root, reload, remove_splash, scroll_to_top};

/// What a bundle shows for a route: its own pages, in their frame.
pub type Pages = fn(Route) -> AnyView;

/// Mounts the app as bundle `bundle`, which shows its routes with `pages`.
pub fn mount(bundle: Bundle, pages: Pages) {
    crate::web::language::apply_remembered_language();
    leptos::mount::mount_to_body(move || view! { <App bundle=bundle pages=pages /> });
}

#[component]
fn App(bundle: Bundle, pages: Pages) -> impl IntoView {
    let ready = RwSignal::new(None::<AppState>);
    spawn_local(async move {
        ready.set(Some(load_app_state().await));
    });

    // Until the data is loaded, index.html's splash says "opening".
    move || {
        ready.get().map(|state| {
            remove_splash();
            view! { <Shell state=state bundle=bundle pages=pages /> }
        })
    }
}

#[component]
fn Shell(state: AppState, bundle: Bundle, pages: Pages) -> impl IntoView {
    provide_context(state);
    // A kiosk stays a kiosk. After a reload or a power cut the browser opens
    // the kiosk URL or the app's root; the root leads back to the display.
    // A tab that shows the display cannot leave it without the PIN. Other
    // tabs opened on a deep link (staff editing) are not locked.
    let kiosk_display = move || {
        state.preferences.with(|p| {
            p.kiosk.as_ref().map(|k| Route::Kiosk {
                // A kiosk set up for a community since merged shows the
                // one it was merged into.
                community_id: state
                    .workspace
                    .with_untracked(|w| w.resolve(&k.community_id).clone()),
            })
        })
    };
    let locked = RwSignal::new(false);
    let follow_hash = move |starting: bool| {
        let hash = current_hash();
        let route = Route::parse(&hash);
        if let Some(kept) = merged_into(state, &route) {
            navigate(&route.about(kept).href());
            return;
        }
        match kiosk_display() {
            Some(display) if route == display => locked.set(true),
            Some(display) if locked.get_untracked() || (starting && route == Route::Home) => {
                navigate(&display.href());
                return;
            }
            Some(_) => {}
            None => locked.set(false),
        }
        if Bundle::for_hash(&hash, phone_shows_root()) != bundle {
            // Another bundle shows this route: the loader picks it.
            reload();
            return;
        }
        if state.route.get_untracked() != route {
            let same_page = state.route.with_untracked(Route::page) == route.page();
            state.route.set(route);
            if !same_page {
                scroll_to_top();
            }
        }
    };
    let handle = window_event_listener(leptos::ev::hashchange, move |_| follow_hash(false));
    on_cleanup(move || handle.remove());
    // What another tab stores shows here too (the kiosk display listens on
    // its own).
    if bundle != Bundle::Kiosk {
        let listener = ChangeListener::new(move || take_other_tabs_news(state));
        let listener = StoredValue::new_local(listener);
        on_cleanup(move || listener.update_value(|l| *l = None));
    }
    // The hash may have changed while the data loaded, before this listener.
    follow_hash(true);
    // A page of a community shows once that community's records are read:
    // they are read when it opens, and again when an import leaves them
    // unread under it.
    let reading = Memo::new(move |_| {
        state
            .route
            .with(|route| route.community().filter(|id| !state.is_read(id)).cloned())
    });
    Effect::new(move |_| {
        if let Some(id) = reading.get() {
            spawn_local(async move { ensure_read(state, &id).await });
        }
    });
    // A page is drawn anew when the route leads to another page; a new
    // query on the same page (the table's filter) is read by the page itself.
    let page = Memo::new(move |_| state.route.with(Route::page));
    move || match reading.with(Option::is_some) {
        true => view! { <p class="muted" role="status">{texts().reading_records}</p> }.into_any(),
        false => {
            // Read, not only tracked: a memo nobody read while the
            // "reading" line showed would compare the next page with a
            // stale one and miss the change.
            let _shown = page.get();
            pages(state.route.get_untracked())
        }
    }
}

/// The community that `route`'s community was merged into, if it was.
fn merged_into(state: AppState, route: &Route) -> Option<CommunityId> {
    let id = route.community()?;
    state
        .workspace
        .with_untracked(|w| w.is_merged_away(id).then(|| w.resolve(id).clone()))
}

/// Header, banners and the current page: the frame of the phone's and the
/// office's views.
pub fn framed(page: AnyView) -> AnyView {
    let state = use_app_state();
    let persistent = state.storage.with_value(Storage::is_persistent);
    // The office's workspace uses a desktop's width.
    let wide = state
        .route
        .with_untracked(|route| matches!(route, Route::Office(_)));
    view! {
        <Header />
        <InAppNotice />
        <OfflineIndicator />
        {(!persistent).then(|| view! {
            <p class="banner banner-warning" role="alert">{texts().storage_unavailable}</p>
        })}
        <main id="main" class:wide=wide data-all-loaded=move || state.all_read().to_string()>{page}</main>
        <UpdateNotice />
    }
    .into_any()
}
