use leptos::prelude::*;

use crate::app::commands::satisfaction_today;
use crate::app::state::use_app_state;
use crate::assessment::{score, verdict, Ratings, Verdict};
use crate::figures::percent;
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::kiosk::kiosk_setup::KioskSetup;

/// The verdict by the app's default scoring, the score against the pass
/// line, and links to what is missing and to open actions.
/// `ratings` are the community's results, read once for the whole page.
#[component]
pub fn VerdictCard(community_id: CommunityId, ratings: Memo<Ratings>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id.clone());
    let satisfaction = Memo::new(move |_| satisfaction_today(state, &id.get_value()));
    let result = Memo::new(move |_| {
        ratings.with(|ratings| {
            state.plan().with(|plan| {
                let total = score(plan, ratings);
                let verdict = satisfaction.with(|s| verdict(plan, ratings, s));
                (verdict, total.share, plan.scoring.pass_share)
            })
        })
    });
    // The scoring in force follows the office's rules, taken here or in
    // another tab.
    let scoring = Memo::new(move |_| state.plan().with(|plan| plan.scoring.clone()));
    let meets = move || matches!(result.get().0, Verdict::Meets);
    let heading = move || scoring.with(|s| t.verdict_text(meets(), s));
    let reasons = move || match result.get().0 {
        Verdict::Meets => Vec::new(),
        Verdict::NotYet(reasons) => reasons.iter().map(|r| t.not_yet_reason(r)).collect(),
    };
    let score_text = move || {
        let (_, share, pass) = result.get();
        let shown = texts().share(share);
        fill(
            t.score_line,
            &[
                ("score", &shown),
                ("pass", &format!("{}", percent(pass))),
                ("scoring", &scoring.with(|s| t.scoring_name(s))),
            ],
        )
    };
    let open_actions = move || {
        state.plan().with(|plan| {
            state
                .workspace
                .with(|w| w.open_actions(&id.get_value(), &plan.item_ids()).len())
        })
    };
    view! {
        <section class="card verdict" class:verdict-meets=meets data-testid="verdict">
            <h2>{heading}</h2>
            <p class="score" data-testid="score">{score_text}</p>
            <ul class="reasons">{move || reasons().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            <p class="defaults-note">{move || scoring.with(|s| t.scoring_label(s))}</p>
            <div class="button-row">
                <a class="button" href=Route::Missing { community_id: community_id.clone() }.href()>{t.missing_title}</a>
                <a class="button" href=Route::Actions { community_id: community_id.clone() }.href()>
                    {move || fill(t.open_actions_count, &[("n", &open_actions().to_string())])}
                </a>
                <a class="button" href=Route::Inspections { community_id: community_id.clone() }.href()>{t.inspection.label}</a>
                <a class="button" href=Route::Report { community_id: community_id.clone() }.href()>{t.report.self_link}</a>
                <KioskSetup community_id=community_id.clone() />
            </div>
        </section>
    }
}
