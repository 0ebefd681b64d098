//! The PIN dialog that leaves kiosk mode.

use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::i18n::texts;
use crate::kiosk::PinError;
use crate::web::exit_fullscreen;
use crate::web::modal_focus::{modal_keys, return_focus_on_close};

#[component]
pub fn ExitDialog(on_cancel: Callback<()>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    return_focus_on_close();
    let on_key = modal_keys(move || on_cancel.run(()));
    let pin = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match commands::leave_kiosk(state, &pin.get_untracked()) {
            Ok(()) => exit_fullscreen(),
            Err(PinError::Wrong) => error.set(Some(t.kiosk.pin_wrong)),
            Err(PinError::Format) => error.set(Some(t.kiosk.pin_format)),
        }
    };
    view! {
        <div class="dialog-backdrop" on:keydown=on_key>
            <div class="dialog kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="exit-title">
                <form on:submit=submit novalidate>
                <h2 id="exit-title">{t.kiosk.exit}</h2>
                <div class="field">
                    <label for="kiosk-exit-pin">{t.kiosk.pin}</label>
                    <input id="kiosk-exit-pin" type="password" inputmode="numeric" autocomplete="off" autofocus
                        on:input=move |ev| { pin.set(event_target_value(&ev)); error.set(None); } />
                </div>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| on_cancel.run(())>{t.cancel}</button>
                    <button type="submit" class="button button-primary">{t.kiosk.exit}</button>
                </div>
            </form>
            </div>
        </div>
    }
}
