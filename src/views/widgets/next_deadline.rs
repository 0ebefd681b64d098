use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::texts;
use crate::web::today;

/// The plan's next deadline and how many days are left, from the plan
/// file's implementation steps.
#[component]
pub fn NextDeadline() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let today = today();
    state.plan().with(|plan| {
        plan.next_deadline(today).map(|due| {
            view! { <p class="next-deadline" data-testid="next-deadline">{t.next_deadline_text(&due, today)}</p> }
        })
    })
}
