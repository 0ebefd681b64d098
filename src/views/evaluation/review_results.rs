use leptos::prelude::*;

use crate::app::commands::save_action;
use crate::app::state::use_app_state;
use crate::assessment::{score, ActionState, Responsible};
use crate::evaluation::{Review, StageOutcome, Standing, Submission};
use crate::i18n::{evaluation_texts, fill, texts};
use crate::ids::{ActionId, CommunityId, ItemId};
use crate::routing::Route;
use crate::views::widgets::photo_image::PhotoImage;
use crate::web::today;

/// What each check of the year's submissions found, latest first: its
/// conclusion, both scores, and per item the reviewer's result and note
/// beside the community's own; returned items become actions with a tap.
#[component]
pub fn ReviewResults(community_id: CommunityId, year: i32) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let found = move || {
        state.workspace.with(|w| {
            let records = &w.records.evaluation;
            let standing = Standing::of(records, &id.get_value(), year);
            let conflict = [&standing.initial, &standing.final_review]
                .iter()
                .any(|o| matches!(o, StageOutcome::Conflict(_)));
            let reviews: Vec<(Review, Submission, bool)> = standing
                .reviews
                .iter()
                .filter_map(|r| {
                    let submission = records
                        .submissions
                        .iter()
                        .find(|s| s.id == r.submission_id)?;
                    Some(((*r).clone(), submission.clone(), standing.is_of_older(r)))
                })
                .collect();
            (reviews, conflict)
        })
    };
    view! {
        {move || {
            let (reviews, conflict) = found();
            if reviews.is_empty() {
                return view! { <p class="muted" data-testid="no-reviews">{e.no_reviews}</p> }.into_any();
            }
            view! {
                {conflict.then(|| view! { <p class="field-error" role="status">{e.conflict}</p> })}
                {reviews.into_iter().map(|(review, submission, older)| view! {
                    <ReviewResult community_id=id.get_value() review=review submission=submission older=older />
                }).collect_view()}
            }.into_any()
        }}
    }
}

/// One review: its line, the two scores, the items it did not simply agree
/// on, and what it returned.
#[component]
fn ReviewResult(
    community_id: CommunityId,
    review: Review,
    submission: Submission,
    older: bool,
) -> impl IntoView {
    let t = texts();
    let e = evaluation_texts();
    let state = use_app_state();
    let line = fill(
        e.review_line,
        &[
            ("stage", e.stage(review.stage)),
            ("conclusion", e.conclusion(&review.conclusion)),
            ("reviewers", &review.reviewers.join("、")),
            ("date", &review.reviewed_on.to_string()),
        ],
    );
    let when = crate::web::format_date_time(submission.submitted_at, t.lang);
    let scores = state.plan().with(|plan| {
        fill(
            e.scores_line,
            &[
                ("self", &t.share(score(plan, &submission.ratings()).share)),
                (
                    "review",
                    &t.share(score(plan, &review.ratings(&submission)).share),
                ),
                ("scoring", &t.scoring_name(&plan.scoring)),
            ],
        )
    });
    let differs = fill(
        e.differs,
        &[("n", &review.disagreements(&submission).len().to_string())],
    );
    let rows = review
        .findings
        .iter()
        .map(|(item, finding)| {
            let own = submission
                .items
                .get(item)
                .map(|i| i.rating)
                .unwrap_or_default();
            let reviewed = match finding.rating {
                Some(rating) => t.rating(rating),
                None => e.agreed,
            };
            view! {
                <tr data-testid="finding">
                    <th scope="row">{item_title(state, item)}</th>
                    <td>{t.rating(own)}</td>
                    <td>{reviewed}</td>
                    <td>
                        {finding.note.clone()}
                        <span class="finding-photos">
                            {finding.photos.iter().map(|hash| view! { <PhotoImage hash=hash.clone() alt=finding.note.clone() /> }).collect_view()}
                        </span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let returned = match &review.conclusion {
        crate::evaluation::Conclusion::Return { items } => items.clone(),
        _ => Vec::new(),
    };
    let has_returned = !returned.is_empty();
    view! {
        <article class="review-result" data-testid="review">
            <h3>{line}</h3>
            {older.then(|| view! { <p class="muted" data-testid="review-of-older">{fill(e.review_of_older, &[("when", &when)])}</p> })}
            <p data-testid="review-scores">{scores}</p>
            <p>{differs}</p>
            <div class="table-scroll">
                <table class="findings">
                    <thead><tr><th scope="col">{e.col_item}</th><th scope="col">{e.col_self}</th><th scope="col">{e.col_review}</th><th scope="col">{e.col_note}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {has_returned.then(|| view! {
                <h4>{e.returned_items}</h4>
                <ul class="plain-list" data-testid="returned">
                    {returned.into_iter().map(|item| view! {
                        <ReturnedItem community_id=community_id.clone() review=review.clone() item=item />
                    }).collect_view()}
                </ul>
                <p class="muted">{e.action_default_note}</p>
            })}
        </article>
    }
}

/// A returned item, with the tap that makes it a rectification action.
#[component]
fn ReturnedItem(community_id: CommunityId, review: Review, item: ItemId) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let action_id = ActionId::from(format!("review-{}-{}", review.id, item).as_str());
    let (c, i, a) = (
        StoredValue::new(community_id.clone()),
        StoredValue::new(item.clone()),
        StoredValue::new(action_id),
    );
    let has_action = move || {
        state.workspace.with(|w| {
            w.records
                .item_state(&c.get_value(), &i.get_value())
                .action(&a.get_value())
                .is_some()
        })
    };
    let note = review
        .findings
        .get(&item)
        .map(|f| f.note.clone())
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| e.conclusion_return.to_string());
    let description = StoredValue::new(fill(
        e.action_description,
        &[("stage", e.stage(review.stage)), ("note", &note)],
    ));
    let make = move |_| {
        let units = state.plan_untracked().with(|plan| {
            plan.find_item(&i.get_value())
                .map(|(area, _)| area.responsible_units.clone())
                .unwrap_or_default()
        });
        let responsible = match units.first() {
            Some(unit) => Responsible::Unit(unit.clone()),
            None => Responsible::Other(e.col_review.to_string()),
        };
        let action = ActionState {
            description: description.with_value(|d| d.chars().take(500).collect()),
            responsible,
            due: today() + chrono::Duration::days(30),
            done: false,
        };
        let _ = save_action(
            state,
            &c.get_value(),
            &i.get_value(),
            &a.get_value(),
            Some(action),
        );
    };
    let href = Route::Item {
        community_id,
        item_id: item.clone(),
    }
    .href();
    view! {
        <li data-testid="returned-item">
            <a class="text-link" href=href>{item_title(state, &item)}</a>" "
            <Show when=has_action fallback=move || view! {
                <button type="button" class="button" on:click=make data-testid="to-action">{e.to_action}</button>
            }>
                <span class="muted" data-testid="action-made">{e.action_made}</span>
            </Show>
        </li>
    }
}

/// "1.3 项目名" for an item of the plan.
pub fn item_title(state: crate::app::state::AppState, item: &ItemId) -> String {
    state.plan().with(|plan| {
        plan.find_item(item)
            .map(|(_, i)| format!("{} {}", i.display_number(plan), i.title))
            .unwrap_or_else(|| item.to_string())
    })
}
