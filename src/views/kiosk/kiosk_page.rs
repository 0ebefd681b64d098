use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::commands;
use crate::app::state::{use_app_state, AppState};
use crate::assessment::{percent, Progress};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::kiosk::{kiosk_slides, KioskData, PinError};
use crate::storage::ChangeListener;
use crate::views::assessment::photo_panel::PhotoImage;
use crate::views::widgets::progress_summary::percent_text;
use crate::web::modal_focus::{modal_keys, return_focus_on_close};
use crate::web::{format_date_time, now, today};

/// How often the kiosk re-reads storage, besides being told by other tabs.
const REFRESH: Duration = Duration::from_secs(30);

/// The community center's display: slides that change by themselves, large
/// type, nothing that edits, and a PIN to leave.
#[component]
pub fn KioskPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let configured = state.preferences.with_untracked(|p| {
        p.kiosk
            .as_ref()
            .is_some_and(|k| k.community_id == community_id)
    });
    if !configured {
        return view! { <KioskNotSetUp community_id=community_id /> }.into_any();
    }
    let id = StoredValue::new(community_id);
    let data = Memo::new(move |_| {
        let roster = state.preferences.with(|p| p.roster_in_scope);
        state.plan.with_value(|plan| {
            state
                .workspace
                .with(|w| kiosk_slides(plan, w, &id.get_value(), today(), roster))
        })
    });
    let seconds = state
        .preferences
        .with_untracked(|p| p.kiosk.as_ref().map(|k| k.seconds_per_slide))
        .unwrap_or(crate::kiosk::SLIDE_SECONDS[0]);
    let slide = RwSignal::new(0usize);
    let clock = RwSignal::new(now());
    let slide_count = 9;
    let tick = set_interval_with_handle(
        move || slide.update(|s| *s = (*s + 1) % slide_count),
        Duration::from_secs(seconds as u64),
    );
    let clock_tick = set_interval_with_handle(move || clock.set(now()), Duration::from_secs(1));
    let refresh = set_interval_with_handle(move || reload_from_storage(state), REFRESH);
    let listener = StoredValue::new_local(ChangeListener::new(move || reload_from_storage(state)));
    keep_screen_on();
    on_cleanup(move || {
        for handle in [tick, clock_tick, refresh].into_iter().flatten() {
            handle.clear();
        }
        listener.update_value(|l| *l = None);
    });
    let exiting = RwSignal::new(false);
    view! {
        <div class="kiosk" data-testid="kiosk" data-slide=move || slide.get().to_string()>
            {move || match data.get() {
                None => view! { <p class="kiosk-slide">{t.community_not_found}</p> }.into_any(),
                Some(d) => view! { <Slide data=d index=slide.get() /> }.into_any(),
            }}
            <footer class="kiosk-footer">
                <span data-testid="kiosk-clock">{move || format_date_time(clock.get(), t.lang)}</span>
                <span>{move || data.get().and_then(|d| d.last_updated).map(|at| fill(t.kiosk_last_updated, &[("date", &format_date_time(at, t.lang))]))}</span>
                <span class="kiosk-dots" aria-hidden="true">{move || format!("{}/{}", slide.get() + 1, slide_count)}</span>
                <button type="button" class="kiosk-exit" on:click=move |_| exiting.set(true)>{t.kiosk_exit}</button>
            </footer>
            <Show when=move || exiting.get()>
                <ExitDialog on_cancel=Callback::new(move |_| exiting.set(false)) />
            </Show>
        </div>
    }
    .into_any()
}

/// The kiosk URL opened without kiosk mode set up on this device.
#[component]
fn KioskNotSetUp(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    view! {
        <section class="card kiosk-setup-needed">
            <h1>{t.kiosk_enter}</h1>
            <p>{t.kiosk_not_set_up}</p>
            <a class="button" href=crate::routing::Route::Community { community_id }.href()>{t.back_to_checklist}</a>
        </section>
    }
}

#[component]
fn Slide(data: KioskData, index: usize) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    match index {
        0 => view! {
            <section class="kiosk-slide" data-kind="verdict">
                <h1>{data.community_name.clone()}</h1>
                <p class="kiosk-verdict" class:meets=data.meets>{if data.meets { t.verdict_meets } else { t.verdict_not_yet }}</p>
                <p class="kiosk-big">{fill(t.kiosk_score, &[
                    ("score", &data.score_share.map(|s| percent(s).to_string()).unwrap_or_else(|| "—".into())),
                    ("pass", &percent(data.pass_share).to_string()),
                ])}</p>
                <KioskBar label=t.progress_label progress=data.overall />
                <p class="kiosk-note">{t.scoring_defaults_label}</p>
            </section>
        }.into_any(),
        1..=5 => {
            let area = data.areas[index - 1].clone();
            view! {
                <section class="kiosk-slide" data-kind="area">
                    <p class="kiosk-kicker">{data.community_name.clone()}" · "{t.checklist_areas}</p>
                    <h1>{format!("{}{}", area.number, area.title)}</h1>
                    <KioskBar label=t.progress_label progress=area.progress />
                    <p class="kiosk-big">{fill(t.kiosk_area_counts, &[
                        ("met", &area.progress.met.to_string()),
                        ("partial", &area.progress.partial.to_string()),
                        ("not_met", &area.progress.not_met.to_string()),
                        ("applicable", &area.progress.applicable.to_string()),
                    ])}</p>
                </section>
            }.into_any()
        }
        6 => view! {
            <section class="kiosk-slide" data-kind="recent">
                <h1>{t.kiosk_recent}</h1>
                {if data.recent.is_empty() {
                    view! { <p class="kiosk-big">{t.kiosk_recent_none}</p> }.into_any()
                } else {
                    view! {
                        <ul class="kiosk-recent">
                            {data.recent.iter().map(|r| view! {
                                <li>
                                    {r.photo.as_ref().map(|p| view! { <PhotoImage hash=p.hash.clone() alt=r.title.clone() /> })}
                                    <p>{format!("{} {}", r.number, r.title)}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }.into_any(),
        7 => view! {
            <section class="kiosk-slide" data-kind="actions">
                <h1>{fill(t.kiosk_actions, &[("n", &data.open_action_count.to_string())])}</h1>
                {if data.open_actions.is_empty() {
                    view! { <p class="kiosk-big">{t.open_actions_none}</p> }.into_any()
                } else {
                    view! {
                        <ul class="kiosk-actions">
                            {data.open_actions.iter().map(|a| view! {
                                <li class:overdue=a.overdue>
                                    <span>{a.description.clone()}</span>
                                    <span class="kiosk-due">{fill(t.action_due, &[("date", &a.due.to_string())])}{a.overdue.then_some(" · ")}{a.overdue.then_some(t.action_overdue)}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }.into_any(),
        _ => {
            let goal = state.plan.with_value(|p| p.goal.clone());
            let share = ((goal.target_share * 100.0).round() as u32).to_string();
            view! {
                <section class="kiosk-slide" data-kind="goal">
                    <h1>{t.kiosk_goal}</h1>
                    <p class="kiosk-big">{fill(t.target_text, &[("year", &goal.target_year.to_string()), ("share", &share)])}</p>
                    <p class="kiosk-big">{format!("{}：{}", goal.scope, goal.aims.join("、"))}</p>
                    {match data.city.clone() {
                        None => view! { <p class="kiosk-note">{t.kiosk_city_pending}</p> }.into_any(),
                        Some(city) => {
                            view! {
                                <p class="kiosk-big" data-testid="kiosk-city">{fill(t.kiosk_city, &[
                                    ("known", &city.known.to_string()),
                                    ("meeting", &city.totals.meeting.to_string()),
                                    ("in_scope", &if city.totals.in_scope == 0 { "—".to_string() } else { city.totals.in_scope.to_string() }),
                                    ("share", &percent_text(city.totals.meeting_share)),
                                    ("target", &percent(city.totals.target_share).to_string()),
                                ])}</p>
                            }.into_any()
                        }
                    }}
                </section>
            }.into_any()
        }
    }
}

#[component]
fn KioskBar(label: &'static str, progress: Progress) -> impl IntoView {
    let t = texts();
    let value = progress.assessed_ratio().map(percent).unwrap_or(0);
    view! {
        <div class="kiosk-bar-row">
            <span>{label}</span>
            <span class="kiosk-bar" role="progressbar" aria-label=label aria-valuemin="0" aria-valuemax="100" aria-valuenow=value.to_string()>
                <span class="kiosk-bar-fill" style:width=format!("{value}%")></span>
            </span>
            <span>{fill(t.progress_assessed, &[("assessed", &progress.assessed.to_string()), ("applicable", &progress.applicable.to_string())])}</span>
        </div>
    }
}

#[component]
fn ExitDialog(on_cancel: Callback<()>) -> impl IntoView {
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
            Err(PinError::Wrong) => error.set(Some(t.kiosk_pin_wrong)),
            Err(PinError::Format) => error.set(Some(t.kiosk_pin_format)),
        }
    };
    view! {
        <div class="dialog-backdrop" on:keydown=on_key>
            <div class="dialog kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="exit-title">
                <form on:submit=submit novalidate>
                <h2 id="exit-title">{t.kiosk_exit}</h2>
                <div class="field">
                    <label for="kiosk-exit-pin">{t.kiosk_pin}</label>
                    <input id="kiosk-exit-pin" type="password" inputmode="numeric" autocomplete="off" autofocus
                        on:input=move |ev| { pin.set(event_target_value(&ev)); error.set(None); } />
                </div>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| on_cancel.run(())>{t.cancel}</button>
                    <button type="submit" class="button button-primary">{t.kiosk_exit}</button>
                </div>
            </form>
            </div>
        </div>
    }
}

/// Re-reads everything from storage, for edits made in other tabs.
fn reload_from_storage(state: AppState) {
    spawn_local(async move {
        let storage = state.storage.get_value();
        if !storage.is_persistent() {
            return;
        }
        if let Ok(loaded) = storage.load().await {
            let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
            let fresh = loaded.into_workspace(device_id);
            if state.workspace.with_untracked(|w| *w != fresh) {
                state.workspace.set(fresh);
            }
        }
    });
}

/// Keeps the screen on where the Screen Wake Lock API exists; the lock is
/// taken again whenever the page becomes visible.
fn keep_screen_on() {
    let request = || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else {
            return;
        };
        if wake_lock.is_undefined() {
            return;
        }
        if let Ok(request) = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request")) {
            if let Ok(request) = request.dyn_into::<js_sys::Function>() {
                if let Ok(promise) = request.call1(&wake_lock, &JsValue::from_str("screen")) {
                    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                        spawn_local(async move {
                            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                        });
                    }
                }
            }
        }
    };
    request();
    let handle = window_event_listener_untyped("visibilitychange", move |_| request());
    on_cleanup(move || handle.remove());
}

fn exit_fullscreen() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}
