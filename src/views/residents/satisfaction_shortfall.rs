use leptos::prelude::*;

use crate::app::commands::satisfaction_today;
use crate::app::state::use_app_state;
use crate::assessment::satisfaction_shortfall;
use crate::i18n::residents_texts;
use crate::ids::CommunityId;
use crate::routing::Route;

/// On the 缺项 page: how the community falls short of the office's
/// satisfaction line, with the figures; nothing when there is no line or
/// the community reaches it.
#[component]
pub fn SatisfactionShortfall(community_id: CommunityId) -> impl IntoView {
    let r = residents_texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id.clone());
    let lines = move || {
        let figure = satisfaction_today(state, &id.get_value());
        let line = state.plan().with(|p| p.scoring.satisfaction);
        satisfaction_shortfall(line, &figure).map(|s| {
            let mut lines = r.shortfall(&s);
            if !s.no_survey() {
                lines.push(r.figure(&figure));
            }
            lines
        })
    };
    move || {
        lines().map(|lines| {
            let href = Route::Residents {
                community_id: id.get_value(),
            }
            .href();
            view! {
                <section class="card" data-testid="satisfaction-shortfall">
                    <h2>{r.title}</h2>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <a class="button" href=href>{r.go_surveys}</a>
                </section>
            }
        })
    }
}
