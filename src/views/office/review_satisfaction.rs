use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::assessment::satisfaction_shortfall;
use crate::i18n::{residents_texts, texts};
use crate::ids::CommunityId;

/// Beside a review: the community's residents' satisfaction of the year
/// reviewed, and, when the office set a satisfaction line, whether it is
/// reached: the reviewer's conclusion counts it as the verdict does.
#[component]
pub fn ReviewSatisfaction(community_id: CommunityId, year: i32) -> impl IntoView {
    let r = residents_texts();
    let t = texts();
    let state = use_app_state();
    let until = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
    let figure = state
        .workspace
        .with_untracked(|w| w.satisfaction(&community_id, year, until));
    let line = state.plan().with(|p| p.scoring.satisfaction);
    let judged = line.map(|l| {
        let short = satisfaction_shortfall(Some(l), &figure).map(|s| r.shortfall(&s).join(" "));
        format!("{} {}", r.line(&l), short.unwrap_or_default())
    });
    view! {
        <p class="card" data-testid="review-satisfaction">
            {t.label_text(r.title, &r.figure(&figure))}
            {judged.map(|j| view! { <br /><small class="definition">{j}</small> })}
        </p>
    }
}
