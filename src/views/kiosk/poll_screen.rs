//! The display's satisfaction poll: a question in large words and three
//! big buttons; a tap shows a thank-you, and the display goes on. Nothing
//! is typed and nothing names anyone.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::commands::answer_poll;
use crate::app::state::use_app_state;
use crate::evaluation::{PollAnswer, PollChoice, POLL_INTERVAL_SECONDS};
use crate::i18n::{fill, residents_texts};
use crate::ids::CommunityId;

/// How long the thank-you (or "too soon") stays before the display goes on.
const THANKS: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, PartialEq)]
enum Answered {
    Not,
    Thanks,
    TooSoon,
}

/// `kept` holds the answers this display took (see `answer_poll`);
/// `on_done` runs when the thank-you has been shown.
#[component]
pub fn PollScreen(
    community_id: CommunityId,
    kept: StoredValue<Vec<PollAnswer>>,
    on_done: Callback<()>,
) -> impl IntoView {
    let r = residents_texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let answered = RwSignal::new(Answered::Not);
    let seconds = POLL_INTERVAL_SECONDS.to_string();
    let choose = move |choice: PollChoice| {
        if answered.get_untracked() != Answered::Not {
            return;
        }
        answer_poll(state, &id.get_value(), choice, kept, move |stored| {
            // The display may have moved on meanwhile: nothing then to show.
            answered.try_set(if stored {
                Answered::Thanks
            } else {
                Answered::TooSoon
            });
            set_timeout(
                move || {
                    on_done.try_run(());
                },
                THANKS,
            );
        });
    };
    let label = move |choice: PollChoice| match choice {
        PollChoice::Satisfied => r.answer_satisfied,
        PollChoice::FairlySatisfied => r.answer_fairly,
        PollChoice::Dissatisfied => r.answer_dissatisfied,
    };
    let too_soon = fill(r.too_soon, &[("seconds", &seconds)]);
    let note = fill(r.poll_note, &[("seconds", &seconds)]);
    view! {
        <section class="kiosk-slide kiosk-poll" data-kind="poll" data-testid="poll">
            {move || match answered.get() {
                Answered::Not => view! {
                    <p class="kiosk-kicker">{r.poll_since}</p>
                    <h1>{r.poll_question}</h1>
                    <div class="poll-choices">
                        {PollChoice::ALL.into_iter().map(|choice| view! {
                            <button type="button" class="poll-choice" data-choice=format!("{choice:?}")
                                on:click=move |_| choose(choice)>{label(choice)}</button>
                        }).collect_view()}
                    </div>
                    <p class="kiosk-note">{note.clone()}</p>
                }.into_any(),
                Answered::Thanks => view! { <p class="kiosk-big poll-thanks" role="status">{r.thanks}</p> }.into_any(),
                Answered::TooSoon => view! { <p class="kiosk-big poll-thanks" role="status">{too_soon.clone()}</p> }.into_any(),
            }}
        </section>
    }
}
