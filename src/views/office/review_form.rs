use std::collections::BTreeMap;

use chrono::Datelike;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::{
    finish, list_this_device_as_office, review_file_json, store_evaluation,
};
use crate::app::signing::signing_error_message;
use crate::app::state::use_app_state;
use crate::assessment::{score, Rating};
use crate::evaluation::{
    Conclusion, EvaluationRecords, Finding, Review, ReviewError, Stage, StageOutcome, Standing,
    Submission,
};
use crate::i18n::{evaluation_texts, fill, texts};
use crate::ids::{CommunityId, ItemId};
use crate::plan::Plan;
use crate::routing::{OfficePage, Route};
use crate::views::office::review_satisfaction::ReviewSatisfaction;
use crate::views::widgets::photo_image::PhotoImage;
use crate::web::photo_processing::{process, PhotoFailure};
use crate::web::{download, format_date_time, now, random_id, take_picked_files, today};

/// The reviewer's results so far: per item, their own result (`None`:
/// agrees), note and photos (by hash, stored as they are picked).
type Draft = BTreeMap<ItemId, (Option<Rating>, String, Vec<String>)>;

/// 初核 or 复核 of a community's current submission: each item as submitted
/// beside the reviewer's result and note, then who checked, when, and the
/// conclusion. Works offline on a laptop carried to the community.
#[component]
pub fn ReviewFormPage(community_id: CommunityId, stage: Stage) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let year = now().year();
    let found = state.workspace.with_untracked(|w| {
        let name = w.community(&community_id)?.name.clone();
        let standing = Standing::of(&w.records.evaluation, &community_id, year);
        let submission = standing.submission?.clone();
        let conflicting: Vec<Review> = match (stage, &standing.initial, &standing.final_review) {
            (Stage::Initial, StageOutcome::Conflict(list), _)
            | (Stage::Final, _, StageOutcome::Conflict(list)) => {
                list.iter().map(|r| (*r).clone()).collect()
            }
            _ => Vec::new(),
        };
        Some((name, submission, conflicting))
    });
    let back = Route::Office(OfficePage::Reviews).href();
    let Some((name, submission, conflicting)) = found else {
        return view! {
            <nav class="breadcrumb"><a href=back>{"← "}{e.menu_reviews}</a></nav>
            <p class="card">{fill(e.not_submitted, &[("year", &year.to_string())])}</p>
        }
        .into_any();
    };
    let heading = fill(
        e.form_heading,
        &[("stage", e.stage(stage)), ("community", &name)],
    );
    let about = fill(
        e.form_submission,
        &[
            (
                "when",
                &format_date_time(submission.submitted_at, texts().lang),
            ),
            ("by", &submission.submitted_by),
        ],
    );
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{e.menu_reviews}</a></nav>
        <h1>{heading}</h1>
        <p>{about}</p>
        <ReviewSatisfaction community_id=community_id.clone() year=year />
        {(!conflicting.is_empty()).then(|| view! {
            <p class="field-error" role="status" data-testid="review-conflict">
                {e.conflict}" "
                {conflicting.iter().map(|r| fill(e.review_line, &[
                    ("stage", e.stage(r.stage)),
                    ("conclusion", e.conclusion(&r.conclusion)),
                    ("reviewers", &r.reviewers.join("、")),
                    ("date", &r.reviewed_on.to_string()),
                ])).collect::<Vec<_>>().join("；")}
            </p>
        })}
        <ReviewForm submission=submission stage=stage settles=conflicting.iter().map(|r| r.id.clone()).collect() />
    }
    .into_any()
}

#[component]
fn ReviewForm(
    submission: Submission,
    stage: Stage,
    settles: Vec<crate::ids::ReviewId>,
) -> impl IntoView {
    let t = texts();
    let e = evaluation_texts();
    let state = use_app_state();
    let submission = StoredValue::new(submission);
    let settles = StoredValue::new(settles);
    let draft = RwSignal::new(Draft::new());
    let reviewers = RwSignal::new(state.preferences.with_untracked(|p| p.user_name.clone()));
    let reviewed_on = RwSignal::new(today().to_string());
    let conclusion = RwSignal::new("pass".to_string());
    let returned = RwSignal::new(Vec::<ItemId>::new());
    let outcome = RwSignal::new(None::<Result<String, &'static str>>);
    let community_id = StoredValue::new(submission.with_value(|s| s.community_id.clone()));
    let areas = state.plan_untracked().with(|plan| plan.areas.clone());
    let rows = areas
        .into_iter()
        .map(|area| {
            let items = area
                .items
                .into_iter()
                .map(|item| view! { <ItemReview item_id=item.id.clone() title=item.title.clone() submission=submission draft=draft /> })
                .collect_view();
            view! { <h2 class="section-title">{area.number.clone()}" "{area.title.clone()}</h2>{items} }
        })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let review = submission.with_value(|s| Review {
            id: random_id(),
            submission_id: s.id.clone(),
            community_id: s.community_id.clone(),
            stage,
            reviewers: split_names(&reviewers.get_untracked()),
            reviewed_on: reviewed_on
                .get_untracked()
                .parse()
                .unwrap_or_else(|_| today()),
            made_at: now(),
            device_id: state.workspace.with_untracked(|w| w.device_id.clone()),
            findings: findings_of(&draft.get_untracked()),
            conclusion: match conclusion.get_untracked().as_str() {
                "fail" => Conclusion::Fail,
                "return" => Conclusion::Return {
                    items: returned.get_untracked(),
                },
                _ => Conclusion::Pass,
            },
            settles: settles.get_value(),
        });
        let checked = state
            .plan_untracked()
            .with(|plan| submission.with_value(|s| review.check(plan, s)));
        if let Err(error) = checked {
            outcome.set(Some(Err(match error {
                ReviewError::NothingReturned => e.error_nothing_returned,
                _ => e.error_no_reviewer,
            })));
            return;
        }
        let line = state
            .plan_untracked()
            .with(|plan| submission.with_value(|s| scores_line(plan, s, &review)));
        list_this_device_as_office(state, e.this_device);
        let records = EvaluationRecords {
            reviews: vec![review],
            ..Default::default()
        };
        store_evaluation(state, records, move || outcome.set(Some(Ok(line))));
    };
    let export_error = RwSignal::new(None::<String>);
    let export = move |_| {
        spawn_local(async move {
            match review_file_json(state, &community_id.get_value()).await {
                Ok(text) => {
                    export_error.set(None);
                    let _ = download("review-results.json", text.as_bytes(), "application/json");
                }
                Err(error) => export_error.set(Some(signing_error_message(&error))),
            }
        });
    };
    let may_return = move || {
        state.plan().with(|plan| {
            let ratings = submission.with_value(Submission::ratings);
            let draft = draft.get();
            plan.item_ids()
                .into_iter()
                .filter(|item| {
                    let own = draft.get(*item).and_then(|d| d.0);
                    let rating = own
                        .or_else(|| ratings.get(*item).copied())
                        .unwrap_or_default();
                    !matches!(rating, Rating::Met | Rating::NotApplicable)
                })
                .map(|item| {
                    (
                        item.clone(),
                        crate::views::evaluation::review_results::item_title(state, item),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="review-form" on:submit=save data-testid="review-form">
            {rows}
            <h2 class="section-title">{e.conclusion}</h2>
            <div class="card stack">
                <label class="field"><span>{e.reviewers}</span>
                    <input type="text" prop:value=move || reviewers.get() on:input=move |ev| reviewers.set(event_target_value(&ev)) data-testid="reviewers" />
                </label>
                <label class="field"><span>{e.reviewed_on}</span>
                    <input type="date" prop:value=move || reviewed_on.get() on:input=move |ev| reviewed_on.set(event_target_value(&ev)) />
                </label>
                <fieldset class="choice">
                    <legend>{e.conclusion}</legend>
                    {[("pass", e.conclusion_pass), ("fail", e.conclusion_fail), ("return", e.conclusion_return)].into_iter().map(|(value, label)| view! {
                        <label><input type="radio" name="conclusion" value=value prop:checked=move || conclusion.get() == value on:change=move |_| conclusion.set(value.to_string()) />{label}</label>
                    }).collect_view()}
                </fieldset>
                <Show when=move || conclusion.get() == "return">
                    <fieldset class="choice" data-testid="return-items">
                        <legend>{e.returned_items}</legend>
                        {move || may_return().into_iter().map(|(item, title)| {
                            let (shown, toggled) = (item.clone(), item);
                            view! {
                                <label><input type="checkbox" prop:checked=move || returned.with(|r| r.contains(&shown)) on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    returned.update(|r| { r.retain(|i| *i != toggled); if on { r.push(toggled.clone()); } });
                                } />{title}</label>
                            }
                        }).collect_view()}
                    </fieldset>
                </Show>
                <button type="submit" class="button button-primary" data-testid="save-review">{e.save_review}</button>
                {move || outcome.get().map(|result| match result {
                    Ok(line) => view! {
                        <p role="status" data-testid="review-saved">{e.review_saved}" "{line}</p>
                        <button type="button" class="button" on:click=export data-testid="export-review-file">{e.export_review_file}</button>
                        <p class="field-error" role="alert">{move || export_error.get()}</p>
                    }.into_any(),
                    Err(why) => view! { <p class="field-error" role="alert">{why}</p> }.into_any(),
                })}
            </div>
            <p class="muted">{t.scoring_label(&state.plan_untracked().with(|p| p.scoring.clone()))}</p>
        </form>
    }
}

/// One item: what the community submitted (result, note, photos) beside
/// the reviewer's result and note.
#[component]
fn ItemReview(
    item_id: ItemId,
    title: String,
    submission: StoredValue<Submission>,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let t = texts();
    let e = evaluation_texts();
    let submitted = submission.with_value(|s| s.items.get(&item_id).cloned().unwrap_or_default());
    let number = use_app_state().plan_untracked().with(|plan| {
        plan.find_item(&item_id)
            .map(|(_, i)| i.display_number(plan))
            .unwrap_or_default()
    });
    let id = StoredValue::new(item_id.clone());
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let rating = Rating::ALL.into_iter().find(|r| r.as_str() == value);
        draft.update(|d| d.entry(id.get_value()).or_default().0 = rating);
    };
    let note = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        draft.update(|d| d.entry(id.get_value()).or_default().1 = value);
    };
    let label = format!("{number} {title}");
    view! {
        <div class="review-item card" data-testid="review-item" data-item=item_id.to_string()>
            <h3>{label.clone()}</h3>
            <div class="review-columns">
                <div>
                    <p><strong>{e.col_self}"："</strong>{t.rating(submitted.rating)}</p>
                    {submitted.na_reason.clone().map(|r| view! { <p class="muted">{r}</p> })}
                    {(!submitted.note.is_empty()).then(|| view! { <p>{submitted.note.clone()}</p> })}
                    <div class="photo-strip">
                        {submitted.photos.iter().map(|hash| view! { <PhotoImage hash=hash.clone() alt=label.clone() /> }).collect_view()}
                    </div>
                </div>
                <div class="stack">
                    <label class="field"><span>{e.own_result}</span>
                        <select on:change=pick data-testid="review-rating">
                            <option value="agree" selected>{e.agreed}</option>
                            {Rating::ALL.into_iter().filter(|r| *r != Rating::Unassessed).map(|r| view! { <option value=r.as_str()>{t.rating(r)}</option> }).collect_view()}
                        </select>
                    </label>
                    <label class="field"><span>{e.note}</span>
                        <input type="text" maxlength="500" on:input=note data-testid="review-note" />
                    </label>
                    <ReviewerPhotos item_id=item_id.clone() label=label.clone() draft=draft />
                </div>
            </div>
        </div>
    }
}

/// The findings of a draft: the items given a result or a note.
fn findings_of(draft: &Draft) -> BTreeMap<ItemId, Finding> {
    let kept = draft.iter().filter(|(_, (rating, note, photos))| {
        rating.is_some() || !note.trim().is_empty() || !photos.is_empty()
    });
    crate::sorting::map_of(kept.map(|(item, (rating, note, photos))| {
        let finding = Finding {
            rating: *rating,
            note: note.trim().to_string(),
            photos: photos.clone(),
        };
        (item.clone(), finding)
    }))
}

/// Names separated by 、，, or spaces.
fn split_names(raw: &str) -> Vec<String> {
    raw.split(['、', '，', ',', ';', '；'])
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

fn scores_line(plan: &Plan, submission: &Submission, review: &Review) -> String {
    let t = texts();
    fill(
        evaluation_texts().scores_line,
        &[
            ("self", &t.share(score(plan, &submission.ratings()).share)),
            (
                "review",
                &t.share(score(plan, &review.ratings(submission)).share),
            ),
            ("scoring", &t.scoring_name(&plan.scoring)),
        ],
    )
}

/// The reviewer's own photos of an item, shrunk and stored as a phone's.
#[component]
fn ReviewerPhotos(item_id: ItemId, label: String, draft: RwSignal<Draft>) -> impl IntoView {
    let t = texts();
    let e = evaluation_texts();
    let state = use_app_state();
    let id = StoredValue::new(item_id);
    let error = RwSignal::new(None::<String>);
    let pick = move |ev: leptos::ev::Event| {
        let files = take_picked_files(&ev);
        spawn_local(async move {
            for file in files {
                let name = file.name();
                let processed = match process(&file, "").await {
                    Ok(processed) => processed,
                    Err(failure) => {
                        let reason = match failure {
                            PhotoFailure::Refused(error) => t.assessment_error(&error),
                            PhotoFailure::Unreadable => t.photo_unreadable.to_string(),
                        };
                        error.set(Some(t.label_text(&name, &reason)));
                        continue;
                    }
                };
                let hash = processed.photo.hash.clone();
                let storage = state.storage.get_value();
                let saved = storage
                    .save_loose_photo(&hash, &processed.photo.mime, &processed.blob)
                    .await;
                if finish(state, saved).await {
                    draft.update(|d| {
                        let photos = &mut d.entry(id.get_value()).or_default().2;
                        if !photos.contains(&hash) {
                            photos.push(hash);
                        }
                    });
                }
            }
        });
    };
    let shown = move || {
        draft.with(|d| {
            d.get(&id.get_value())
                .map(|entry| entry.2.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="photo-strip" data-testid="reviewer-photos">
            {move || shown().into_iter().map(|hash| view! { <PhotoImage hash=hash alt=label.clone() /> }).collect_view()}
        </div>
        <label class="button file-button">
            {e.add_photo}
            <input type="file" accept="image/*" multiple class="visually-hidden" on:change=pick data-testid="reviewer-photo" />
        </label>
        {move || error.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
    }
}
