use chrono::Datelike;
use leptos::prelude::*;

use crate::app::commands::satisfaction_today;
use crate::app::state::use_app_state;
use crate::evaluation::PollTally;
use crate::i18n::{residents_texts, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::web::today;

/// On the checklist: this year's satisfaction rate with what it counts,
/// the display's poll beside it (never added), and the way to the surveys.
#[component]
pub fn SatisfactionCard(
    community_id: CommunityId,
    /// Whether it leads to the surveys page (not on that page itself).
    #[prop(default = true)]
    linked: bool,
) -> impl IntoView {
    let r = residents_texts();
    let t = texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id.clone());
    let figure = move || r.figure(&satisfaction_today(state, &id.get_value()));
    let tally = Memo::new(move |_| {
        state.workspace.with(|w| {
            let members = w.members_of(&id.get_value());
            PollTally::of(&w.records.evaluation.poll_answers, &members, today().year())
        })
    });
    let poll = move || tally.with(|tally| t.label_text(r.poll_label, &r.poll(tally)));
    let by_day = move || tally.with(|tally| r.poll_by_day(tally));
    let line = move || {
        state
            .plan()
            .with(|p| p.scoring.satisfaction.map(|l| r.line(&l)))
    };
    view! {
        <section class="card" data-testid="satisfaction-card">
            <h2>{r.title}</h2>
            <p data-testid="satisfaction-figure">{figure}</p>
            <p class="muted" data-testid="poll-figure">{poll}<br /><small>{by_day}</small></p>
            {move || line().map(|l| view! { <p class="defaults-note">{l}</p> })}
            {linked.then(|| view! { <a class="button" href=Route::Residents { community_id }.href()>{r.link}</a> })}
        </section>
    }
}
