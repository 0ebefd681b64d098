//! One slide of the display, large enough to read from a few metres.

use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::assessment::Progress;
use crate::figures::percent;
use crate::i18n::{fill, residents_texts, texts};
use crate::kiosk::{BeforeAfter, KioskData, Slide};
use crate::views::kiosk::area_chart::AreaChart;
use crate::views::kiosk::goal_chart::GoalChart;
use crate::views::kiosk::residents_chart::ResidentsChart;
use crate::views::kiosk::score_ring::ScoreRing;
use crate::views::widgets::photo_image::PhotoImage;

#[component]
pub fn SlideView(data: KioskData, slide: Slide, rotation: usize) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let scoring = state.plan().with(|plan| plan.scoring.clone());
    match slide {
        Slide::Residents => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <p class="kiosk-kicker">{data.community_name.clone()}</p>
                <h1>{residents_texts().slide_title}</h1>
                <ResidentsChart satisfaction=data.satisfaction.clone() poll=data.poll.clone() />
            </section>
        }.into_any(),
        // Shown by the display itself, which keeps it while data changes.
        Slide::Poll => ().into_any(),
        Slide::Verdict => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <h1>{data.community_name.clone()}</h1>
                <div class="kiosk-verdict-row">
                    <ScoreRing score_share=data.score_share pass_share=data.pass_share />
                    <div class="kiosk-verdict-text">
                        <p class="kiosk-verdict" class:meets=data.meets>{t.verdict_text(data.meets, &scoring)}</p>
                        <p class="kiosk-note">{t.scoring_label(&scoring)}</p>
                    </div>
                </div>
                <KioskBar label=t.progress_label progress=data.overall />
            </section>
        }.into_any(),
        Slide::Areas => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <p class="kiosk-kicker">{data.community_name.clone()}</p>
                <h1>{t.display.areas_title}</h1>
                <AreaChart areas=data.areas.clone() />
            </section>
        }.into_any(),
        Slide::BeforeAfter => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <h1>{t.display.before_after_title}</h1>
                <ul class="before-after" data-testid="before-after">
                    {data.before_after.iter().map(|done| view! { <BeforeAfterView done=done.clone() /> }).collect_view()}
                </ul>
            </section>
        }.into_any(),
        Slide::Message => {
            let messages: Vec<(String, String)> = state.plan().with(|p| {
                p.display_messages().map(|m| (m.text.clone(), m.text_en.clone())).collect()
            });
            let Some((zh, en)) = messages.get(rotation % messages.len().max(1)).cloned() else {
                return ().into_any();
            };
            let text = if t.lang == "en" && !en.is_empty() { en } else { zh };
            view! {
                <section class="kiosk-slide kiosk-message" data-kind=slide.as_str()>
                    <p class="kiosk-kicker">{t.display.message_title}</p>
                    <blockquote data-testid="kiosk-message"><p>{text}</p></blockquote>
                    <p class="kiosk-note">{t.display.message_source}</p>
                </section>
            }.into_any()
        }
        Slide::Recent => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <h1>{t.kiosk.recent}</h1>
                {if data.recent.is_empty() {
                    view! { <p class="kiosk-big">{t.kiosk.recent_none}</p> }.into_any()
                } else {
                    view! {
                        <ul class="kiosk-recent">
                            {data.recent.iter().map(|r| view! {
                                <li>
                                    {r.photo.as_ref().map(|p| view! { <PhotoImage hash=p.hash.clone() alt=r.title.clone() /> })}
                                    <p>{format!("{} {}", r.number, r.title)}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }.into_any(),
        Slide::Actions => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <h1>{fill(t.kiosk.actions, &[("n", &data.open_action_count.to_string())])}</h1>
                {if data.open_actions.is_empty() {
                    view! { <p class="kiosk-big">{t.open_actions_none}</p> }.into_any()
                } else {
                    view! {
                        <ul class="kiosk-actions">
                            {data.open_actions.iter().map(|a| view! {
                                <li class:overdue=a.overdue>
                                    <span>{a.description.clone()}</span>
                                    <span class="kiosk-due">{fill(t.action_due, &[("date", &a.due.to_string())])}{a.overdue.then_some(" · ")}{a.overdue.then_some(t.action_overdue)}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }.into_any(),
        Slide::Goal => {
            let goal = state.plan().with(|p| p.goal.clone());
            let share = percent(goal.target_share).to_string();
            view! {
                <section class="kiosk-slide" data-kind=slide.as_str()>
                    <h1>{t.kiosk.goal}</h1>
                    <p class="kiosk-big">{fill(t.target_text, &[("year", &goal.target_year.to_string()), ("share", &share)])}</p>
                    <GoalChart target=goal.target_share city=data.city.as_ref().and_then(|c| c.totals.meeting_share) />
                    <p class="kiosk-big">{format!("{}：{}", goal.scope, goal.aims.join("、"))}</p>
                    {match data.city.clone() {
                        None => view! { <p class="kiosk-note">{t.kiosk.city_pending}</p> }.into_any(),
                        Some(city) => {
                            view! {
                                <p class="kiosk-big" data-testid="kiosk-city">{fill(t.kiosk.city, &[
                                    ("known", &city.known.to_string()),
                                    ("meeting", &city.totals.meeting.to_string()),
                                    ("in_scope", &if city.totals.in_scope == 0 { "—".to_string() } else { city.totals.in_scope.to_string() }),
                                    ("share", &texts().share(city.totals.meeting_share)),
                                    ("target", &percent(city.totals.target_share).to_string()),
                                ])}</p>
                            }.into_any()
                        }
                    }}
                </section>
            }.into_any()
        }
    }
}

#[component]
fn KioskBar(label: &'static str, progress: Progress) -> impl IntoView {
    let t = texts();
    let value = progress.assessed_ratio().map(percent).unwrap_or(0);
    view! {
        <div class="kiosk-bar-row">
            <span>{label}</span>
            <span class="kiosk-bar" role="progressbar" aria-label=label aria-valuemin="0" aria-valuemax="100" aria-valuenow=value.to_string()>
                <span class="kiosk-bar-fill" style:width=format!("{value}%")></span>
            </span>
            <span>{fill(t.progress_assessed, &[("assessed", &progress.assessed.to_string()), ("applicable", &progress.applicable.to_string())])}</span>
        </div>
    }
}

/// One finished action: the photo before (when marked for the display) and
/// the photo after, each captioned.
#[component]
fn BeforeAfterView(done: BeforeAfter) -> impl IntoView {
    let t = texts();
    let finished = fill(
        t.display.finished_on,
        &[("date", &t.long_date(done.done_at.date_naive()))],
    );
    view! {
        <li>
            <p>{format!("{} {}", done.number, done.action)}{t.clause_separator}{finished}</p>
            <div class="before-after-photos">
                {done.before.map(|photo| view! {
                    <figure>
                        <PhotoImage hash=photo.hash.clone() alt=format!("{} {}", t.display.before, done.title) />
                        <figcaption>{t.display.before}</figcaption>
                    </figure>
                })}
                <figure>
                    <PhotoImage hash=done.after.hash.clone() alt=format!("{} {}", t.display.after, done.title) />
                    <figcaption>{t.display.after}</figcaption>
                </figure>
            </div>
        </li>
    }
}
