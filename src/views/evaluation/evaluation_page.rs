use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::evaluation::Standing;
use crate::i18n::{evaluation_texts, fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::evaluation::evaluation_card::submission_line;
use crate::views::evaluation::review_file_import::ReviewFileImport;
use crate::views::evaluation::review_results::ReviewResults;
use crate::views::evaluation::submission_form::SubmissionForm;
use crate::views::shell::not_found::find_community;
use crate::web::now;

/// 申报 and the office's findings for one community: submit this year's
/// self-assessment, see what each check found beside the community's own
/// results, and take in the office's review file.
#[component]
pub fn EvaluationPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let e = evaluation_texts();
    let state = use_app_state();
    if let Err(not_found) = find_community(state, &community_id) {
        return not_found;
    }
    let id = StoredValue::new(community_id.clone());
    let year = now().year();
    let status = move || {
        state.workspace.with(|w| {
            let standing = Standing::of(&w.records.evaluation, &id.get_value(), year);
            let mut lines = vec![submission_line(&standing, year)];
            if let Some(s) = standing.submission.filter(|s| !s.answers.is_empty()) {
                lines.push(fill(e.answers_line, &[("n", &s.answers.len().to_string())]));
            }
            if standing.earlier > 0 {
                lines.push(fill(e.earlier, &[("n", &standing.earlier.to_string())]));
            }
            lines
        })
    };
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{t.back_to_checklist}</a></nav>
        <h1>{e.title}</h1>
        <section class="card" aria-labelledby="submit-heading">
            <h2 id="submit-heading">{e.submit_heading}</h2>
            <ul class="plain-list" data-testid="submission-status">
                {move || status().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p class="muted">{e.submit_explain}</p>
            <SubmissionForm community_id=community_id.clone() />
        </section>
        <section class="card" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">{e.reviews_heading}</h2>
            <ReviewResults community_id=community_id.clone() year=year />
            <ReviewFileImport />
        </section>
    }
    .into_any()
}
