//! The flag in localStorage that says this device has held a community.

pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Read by index.html's loader (`src/pwa/loader.js`) too: the root of a
/// device that has never held a community loads the small start bundle.
const HAS_COMMUNITIES_KEY: &str = "danzhou-green-community-has-communities";

/// Whether this device has held a community; without storage to ask, yes
/// (the phone bundle copes with everything).
pub fn device_has_communities() -> bool {
    local_storage()
        .map(|s| s.get_item(HAS_COMMUNITIES_KEY).ok().flatten().as_deref() == Some("1"))
        .unwrap_or(true)
}

/// Whether the phone bundle shows the root: on a device that has held a
/// community, and on any device whose service worker keeps the app (the
/// phone bundle is then on it, and the start bundle is not kept offline).
/// The loader in `src/pwa/loader.js` asks the same.
pub fn phone_shows_root() -> bool {
    device_has_communities() || app_is_kept_offline()
}

fn app_is_kept_offline() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().service_worker().controller())
        .is_some()
}

pub fn remember_device_has_communities() {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(HAS_COMMUNITIES_KEY, "1");
    }
}
