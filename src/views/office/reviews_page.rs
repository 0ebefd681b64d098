use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::evaluation::{Stage, StageOutcome, Standing};
use crate::i18n::{evaluation_texts, fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::office::office_devices_panel::OfficeDevicesPanel;
use crate::web::{format_date_time, now};

/// The year's submissions and where each stands in 初核 and 复核, with the
/// way to check each; the office's devices below.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let year = now().year();
    // Only the communities that submitted: the rows cost the submissions,
    // not every community held.
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            let records = &w.records.evaluation;
            // Submissions stay filed under the community that made them;
            // the row is named by the community it counts as now.
            records
                .communities_submitted(year)
                .into_iter()
                .filter_map(|id| {
                    let name = w.community(w.records.resolve(&id))?.name.clone();
                    let standing = Standing::of(records, &id, year);
                    let submitted = standing.submission.map(|s| {
                        format!(
                            "{} · {}",
                            format_date_time(s.submitted_at, texts().lang),
                            s.submitted_by
                        )
                    })?;
                    let initial = stage_text(&standing.initial);
                    let final_review = stage_text(&standing.final_review);
                    Some((id, name, submitted, initial, final_review))
                })
                .collect::<Vec<_>>()
        })
    });
    let counts = move || {
        rows.with(|rows| {
            let done = |pick: fn(&(CommunityId, String, String, String, String)) -> &String| {
                rows.iter()
                    .filter(|r| pick(r) != e.not_reviewed && pick(r) != e.stage_conflict)
                    .count()
                    .to_string()
            };
            fill(
                e.reviews_year,
                &[
                    ("year", &year.to_string()),
                    ("submitted", &rows.len().to_string()),
                    ("initial", &done(|r| &r.3)),
                    ("final", &done(|r| &r.4)),
                ],
            )
        })
    };
    view! {
        <h1>{e.menu_reviews}</h1>
        <p class="muted">{e.reviews_intro}</p>
        <p data-testid="reviews-count">{counts}</p>
        <div class="table-scroll">
            <table class="office-table" data-testid="reviews-table">
                <thead><tr>
                    <th scope="col">{e.col_community}</th>
                    <th scope="col">{e.col_submitted}</th>
                    <th scope="col">{e.stage_initial}</th>
                    <th scope="col">{e.stage_final}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(id, name, submitted, initial, final_review)| {
                        let link = |stage: Stage, text: String| {
                            let href = Route::OfficeReview { community_id: id.clone(), stage }.href();
                            let hidden = format!("：{}{}", e.stage(stage), name);
                            view! { <a href=href>{text}<span class="visually-hidden">{hidden}</span></a> }
                        };
                        view! {
                            <tr data-testid="review-row">
                                <th scope="row">{name.clone()}</th>
                                <td>{submitted}</td>
                                <td>{link(Stage::Initial, initial)}</td>
                                <td>{link(Stage::Final, final_review)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <OfficeDevicesPanel />
    }
}

/// A stage's outcome in a word: waiting, its conclusion, or a conflict.
fn stage_text(outcome: &StageOutcome<'_>) -> String {
    let e = evaluation_texts();
    match outcome {
        StageOutcome::NotReviewed => e.not_reviewed.to_string(),
        StageOutcome::Reviewed(review) => e.conclusion(&review.conclusion).to_string(),
        StageOutcome::Conflict(_) => e.stage_conflict.to_string(),
    }
}
