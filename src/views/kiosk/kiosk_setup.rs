use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::i18n::{fill, residents_texts, texts};
use crate::ids::CommunityId;
use crate::kiosk::{PinError, SLIDE_SECONDS};
use crate::web::modal_focus::{modal_keys, return_focus_on_close};

/// "Show on the community center's screen": choose the exit PIN and the
/// slide time, then the device becomes a locked kiosk display.
#[component]
pub fn KioskSetup(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let r = residents_texts();
    let state = use_app_state();
    let open = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let seconds = RwSignal::new(SLIDE_SECONDS[0]);
    let poll = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let id = StoredValue::new(community_id);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pin.get_untracked().trim() != again.get_untracked().trim() {
            error.set(Some(t.kiosk.pin_mismatch));
            return;
        }
        match commands::enter_kiosk(
            state,
            &id.get_value(),
            &pin.get_untracked(),
            seconds.get_untracked(),
            poll.get_untracked(),
        ) {
            Ok(()) => {
                request_fullscreen();
                open.set(false);
            }
            Err(PinError::Format | PinError::Wrong) => error.set(Some(t.kiosk.pin_format)),
        }
    };
    let options = move || {
        SLIDE_SECONDS
            .iter()
            .map(|s| view! { <option value=s.to_string()>{fill(t.kiosk.seconds_option, &[("n", &s.to_string())])}</option> })
            .collect_view()
    };
    view! {
        <button type="button" class="button" on:click=move |_| open.set(true)>{t.kiosk.enter}</button>
        <Show when=move || open.get()>
            {return_focus_on_close()}
            <div class="dialog-backdrop" on:keydown=modal_keys(move || open.set(false))>
                <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="kiosk-title">
                <form on:submit=start novalidate>
                    <h2 id="kiosk-title">{t.kiosk.enter}</h2>
                    <p>{t.kiosk.explain}</p>
                    <div class="field">
                        <label for="kiosk-pin">{t.kiosk.pin}</label>
                        <input id="kiosk-pin" type="password" inputmode="numeric" autocomplete="off"
                            on:input=move |ev| { pin.set(event_target_value(&ev)); error.set(None); } />
                    </div>
                    <div class="field">
                        <label for="kiosk-pin-again">{t.kiosk.pin_again}</label>
                        <input id="kiosk-pin-again" type="password" inputmode="numeric" autocomplete="off"
                            on:input=move |ev| { again.set(event_target_value(&ev)); error.set(None); } />
                    </div>
                    <div class="field">
                        <label for="kiosk-seconds">{t.kiosk.seconds}</label>
                        <select id="kiosk-seconds" on:change=move |ev| {
                            if let Ok(s) = event_target_value(&ev).parse() { seconds.set(s) }
                        }>{options}</select>
                    </div>
                    <label class="check">
                        <input type="checkbox" data-testid="kiosk-poll" on:change=move |ev| poll.set(event_target_checked(&ev)) />
                        {r.setup_poll}
                    </label>
                    <p class="field-hint">{r.setup_poll_explain}</p>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| open.set(false)>{t.cancel}</button>
                        <button type="submit" class="button button-primary">{t.kiosk.start}</button>
                    </div>
                </form>
            </div>
            </div>
        </Show>
    }
}

/// Full screen where the browser allows it (it needs this tap).
fn request_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}
