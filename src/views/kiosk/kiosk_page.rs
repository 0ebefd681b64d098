use std::time::Duration;

use leptos::prelude::*;

use crate::app::refresh::reload_community;
use crate::app::state::use_app_state;
use crate::app::summaries::{city_overview, ensure_summaries};
use crate::evaluation::PollAnswer;
use crate::i18n::{evaluation_texts, fill, residents_texts, texts};
use crate::ids::CommunityId;
use crate::kiosk::{kiosk_slides, CityLine, Slide};
use crate::storage::ChangeListener;
use crate::views::kiosk::exit_dialog::ExitDialog;
use crate::views::kiosk::poll_screen::PollScreen;
use crate::views::kiosk::slide::SlideView;
use crate::web::{format_date_time, keep_screen_on, now, today};

/// How often the kiosk re-reads storage, besides being told by other tabs.
const REFRESH: Duration = Duration::from_secs(30);

/// The community center's display: slides that change by themselves, large
/// type, nothing that edits, and a PIN to leave.
#[component]
pub fn KioskPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    // Set up for this community, or for one since merged into it.
    let configured = state.preferences.with_untracked(|p| {
        p.kiosk.as_ref().is_some_and(|k| {
            state
                .workspace
                .with_untracked(|w| w.resolve(&k.community_id) == w.resolve(&community_id))
        })
    });
    if !configured {
        return view! { <KioskNotSetUp community_id=community_id /> }.into_any();
    }
    let id = StoredValue::new(community_id);
    // The city line comes from the communities' summaries: the display
    // reads its own community's records and no one else's.
    ensure_summaries(state);
    let city = Memo::new(move |_| city_overview(state).as_ref().and_then(CityLine::of));
    let data = Memo::new(move |_| {
        state.plan().with(|plan| {
            state
                .workspace
                .with(|w| kiosk_slides(plan, w, &id.get_value(), today(), city.get()))
        })
    });
    let seconds = state
        .preferences
        .with_untracked(|p| p.kiosk.as_ref().map(|k| k.seconds_per_slide))
        .unwrap_or(crate::kiosk::SLIDE_SECONDS[0]);
    let has_messages = state.plan().with(|p| p.display_messages().next().is_some());
    let poll = state
        .preferences
        .with_untracked(|p| p.kiosk.as_ref().is_some_and(|k| k.poll));
    let slides = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|d| d.slides(has_messages, poll))
                .unwrap_or_default()
        })
    });
    // The poll a resident opened with the footer's button, over the slides.
    let asking = RwSignal::new(false);
    let kept = StoredValue::new(Vec::<PollAnswer>::new());
    let slide_count = move || slides.with(Vec::len).max(1);
    // Slides shown since the display started: which slide, and which
    // rotation (the message slide shows another message each rotation).
    let step = RwSignal::new(0usize);
    let slide = Memo::new(move |_| step.get() % slide_count());
    let current = Memo::new(move |_| slides.with(|list| list.get(slide.get()).copied()));
    let clock = RwSignal::new(now());
    let tick = set_interval_with_handle(
        move || step.update(|s| *s += 1),
        Duration::from_secs(seconds as u64),
    );
    let clock_tick = set_interval_with_handle(move || clock.set(now()), Duration::from_secs(1));
    let reload = move || reload_community(state, id.get_value());
    let refresh = set_interval_with_handle(reload, REFRESH);
    let listener = StoredValue::new_local(ChangeListener::new(reload));
    keep_screen_on();
    on_cleanup(move || {
        for handle in [tick, clock_tick, refresh].into_iter().flatten() {
            handle.clear();
        }
        listener.update_value(|l| *l = None);
    });
    let exiting = RwSignal::new(false);
    // Named a green community (命名): said on every slide.
    let named = move || {
        state.workspace.with(|w| {
            let own = w.resolve(&id.get_value()).clone();
            w.records
                .evaluation
                .namings
                .iter()
                .filter(|n| n.communities.iter().any(|c| *w.resolve(c) == own))
                .max_by_key(|n| n.named_on)
                .map(|n| {
                    let e = evaluation_texts();
                    let line = fill(
                        e.named_line,
                        &[
                            ("date", &n.named_on.to_string()),
                            ("document", &n.document_number),
                        ],
                    );
                    format!("{} · {line}", e.kiosk_named)
                })
        })
    };
    view! {
        <div class="kiosk" data-testid="kiosk" data-slide=move || slide.get().to_string()>

            {move || {
                // The poll stays as it is while the data behind the slides
                // changes (an answer just stored changes it).
                if asking.get() {
                    let done = Callback::new(move |_| asking.set(false));
                    return view! { <PollScreen community_id=id.get_value() kept=kept on_done=done /> }.into_any();
                }
                match current.get() {
                    Some(Slide::Poll) => {
                        let done = Callback::new(move |_| step.update(|s| *s += 1));
                        view! { <PollScreen community_id=id.get_value() kept=kept on_done=done /> }.into_any()
                    }
                    shown => (move || match (data.get(), shown) {
                        (None, _) => view! { <p class="kiosk-slide">{t.community_not_found}</p> }.into_any(),
                        (Some(d), Some(s)) => {
                            let rotation = step.get_untracked() / slide_count();
                            view! { <SlideView data=d slide=s rotation=rotation /> }.into_any()
                        }
                        (Some(_), None) => ().into_any(),
                    }).into_any(),
                }
            }}
            <footer class="kiosk-footer">
                {move || named().map(|line| view! { <strong class="kiosk-named" data-testid="kiosk-named">{line}</strong> })}
                <span data-testid="kiosk-clock">{move || format_date_time(clock.get(), t.lang)}</span>
                <span>{move || data.get().and_then(|d| d.last_updated).map(|at| fill(t.kiosk.last_updated, &[("date", &format_date_time(at, t.lang))]))}</span>
                <span class="kiosk-dots" aria-hidden="true">{move || format!("{}/{}", slide.get() + 1, slide_count())}</span>
                {poll.then(|| view! {
                    <button type="button" class="kiosk-poll-button" data-testid="poll-button"
                        on:click=move |_| asking.set(true)>{residents_texts().poll_button}</button>
                })}
                <button type="button" class="kiosk-exit" on:click=move |_| exiting.set(true)>{t.kiosk.exit}</button>
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
            <h1>{t.kiosk.enter}</h1>
            <p>{t.kiosk.not_set_up}</p>
            <a class="button" href=crate::routing::Route::Community { community_id }.href()>{t.back_to_checklist}</a>
        </section>
    }
}
