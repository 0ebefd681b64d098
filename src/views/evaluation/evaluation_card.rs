use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::evaluation::Standing;
use crate::i18n::{evaluation_texts, fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::web::{format_date_time, now};

/// On the checklist: whether this year's self-assessment is submitted and
/// what the office found, with the way to the 申报 page.
#[component]
pub fn EvaluationCard(community_id: CommunityId) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id.clone());
    let year = now().year();
    let line = move || {
        state.workspace.with(|w| {
            let standing = Standing::of(&w.records.evaluation, &id.get_value(), year);
            submission_line(&standing, year)
        })
    };
    view! {
        <section class="card" data-testid="evaluation-card">
            <h2>{e.title}</h2>
            <p data-testid="submission-line">{line}</p>
            <a class="button" href=Route::Evaluation { community_id }.href()>{e.link}</a>
        </section>
    }
}

/// "已于 … 由 … 申报 …", or "not yet submitted".
pub fn submission_line(standing: &Standing<'_>, year: i32) -> String {
    let e = evaluation_texts();
    match standing.submission {
        Some(s) => fill(
            e.submitted_line,
            &[
                ("when", &format_date_time(s.submitted_at, texts().lang)),
                ("by", &s.submitted_by),
                ("year", &s.year.to_string()),
                ("n", &s.items.len().to_string()),
            ],
        ),
        None => fill(e.not_submitted, &[("year", &year.to_string())]),
    }
}
