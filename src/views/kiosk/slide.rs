//! One slide of the display, large enough to read from a few metres.

use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::assessment::Progress;
use crate::figures::percent;
use crate::i18n::{fill, texts};
use crate::kiosk::{KioskData, Slide};
use crate::views::widgets::photo_image::PhotoImage;

#[component]
pub fn SlideView(data: KioskData, slide: Slide) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let scoring = state.plan.with_value(|plan| plan.scoring.clone());
    match slide {
        Slide::Verdict => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <h1>{data.community_name.clone()}</h1>
                <p class="kiosk-verdict" class:meets=data.meets>{t.verdict_text(data.meets, &scoring)}</p>
                <p class="kiosk-big">{fill(t.kiosk_score, &[
                    ("scoring", &t.scoring_name(&scoring)),
                    ("score", &data.score_share.map(|s| percent(s).to_string()).unwrap_or_else(|| t.no_applicable.into())),
                    ("pass", &percent(data.pass_share).to_string()),
                ])}</p>
                <KioskBar label=t.progress_label progress=data.overall />
                <p class="kiosk-note">{t.scoring_label(&scoring)}</p>
            </section>
        }.into_any(),
        Slide::Area(index) => {
            let Some(area) = data.areas.get(index).cloned() else {
                return ().into_any();
            };
            view! {
                <section class="kiosk-slide" data-kind=slide.as_str()>
                    <p class="kiosk-kicker">{data.community_name.clone()}" · "{t.checklist_areas}</p>
                    <h1>{format!("{}{}", area.number, area.title)}</h1>
                    <KioskBar label=t.progress_label progress=area.progress />
                    <p class="kiosk-big">{fill(t.kiosk_area_counts, &[
                        ("met", &area.progress.met.to_string()),
                        ("partial", &area.progress.partial.to_string()),
                        ("not_met", &area.progress.not_met.to_string()),
                        ("applicable", &area.progress.applicable.to_string()),
                    ])}</p>
                </section>
            }.into_any()
        }
        Slide::Recent => view! {
            <section class="kiosk-slide" data-kind=slide.as_str()>
                <h1>{t.kiosk_recent}</h1>
                {if data.recent.is_empty() {
                    view! { <p class="kiosk-big">{t.kiosk_recent_none}</p> }.into_any()
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
                <h1>{fill(t.kiosk_actions, &[("n", &data.open_action_count.to_string())])}</h1>
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
            let goal = state.plan.with_value(|p| p.goal.clone());
            let share = percent(goal.target_share).to_string();
            view! {
                <section class="kiosk-slide" data-kind=slide.as_str()>
                    <h1>{t.kiosk_goal}</h1>
                    <p class="kiosk-big">{fill(t.target_text, &[("year", &goal.target_year.to_string()), ("share", &share)])}</p>
                    <p class="kiosk-big">{format!("{}：{}", goal.scope, goal.aims.join("、"))}</p>
                    {match data.city.clone() {
                        None => view! { <p class="kiosk-note">{t.kiosk_city_pending}</p> }.into_any(),
                        Some(city) => {
                            view! {
                                <p class="kiosk-big" data-testid="kiosk-city">{fill(t.kiosk_city, &[
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
