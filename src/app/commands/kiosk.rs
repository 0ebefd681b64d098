use super::preferences::update_preferences;
use leptos::prelude::*;

use crate::app::state::AppState;
use crate::ids::CommunityId;
use crate::web::navigate;

use crate::routing::Route;

/// Turns this device into a kiosk display for a community, locked by `pin`.
pub fn enter_kiosk(
    state: AppState,
    community_id: &CommunityId,
    pin: &str,
    seconds_per_slide: u32,
    poll: bool,
) -> Result<(), crate::kiosk::PinError> {
    crate::kiosk::validate_pin(pin)?;
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let config = crate::kiosk::KioskConfig {
        community_id: community_id.clone(),
        pin_hash: crate::kiosk::hash_pin(&device_id, pin),
        seconds_per_slide,
        poll,
    };
    let display = Route::Kiosk {
        community_id: community_id.clone(),
    }
    .href();
    update_preferences(
        state,
        |p| p.kiosk = Some(config),
        move || navigate(&display),
    );
    Ok(())
}

/// Leaves kiosk mode when `pin` is right.
pub fn leave_kiosk(state: AppState, pin: &str) -> Result<(), crate::kiosk::PinError> {
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let config = state.preferences.with_untracked(|p| p.kiosk.clone());
    let Some(config) = config else {
        return Ok(());
    };
    crate::kiosk::check_pin(&config, &device_id, pin)?;
    let back = Route::Community {
        community_id: config.community_id,
    }
    .href();
    update_preferences(state, |p| p.kiosk = None, move || navigate(&back));
    Ok(())
}
