use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::figures::percent;
use crate::i18n::{desk_texts, fill, office_texts, texts};
use crate::office::ProgressPoint;

const WIDTH: f64 = 520.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 46.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// The city's share of communities taking part and meeting the
/// requirements over time, against the plan's target share and year, as
/// an SVG picture; its figures also as a caption and a table, for a
/// screen reader and for anyone who wants the numbers.
#[component]
pub fn ProgressChart(points: Vec<ProgressPoint>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let (target_share, target_year) = state
        .plan_untracked()
        .with(|plan| (plan.goal.target_share, plan.goal.target_year));
    let Some(last) = points.last().cloned() else {
        return view! { <p class="muted" data-testid="progress-chart-none">{desk_texts().chart_none}</p> }.into_any();
    };
    let target_date = NaiveDate::from_ymd_opt(target_year, 12, 31).unwrap_or(last.date);
    let scale = Scale::new(points[0].date.min(target_date), last.date.max(target_date));
    let share_text = |n: usize, share: Option<f64>| {
        fill(
            desk_texts().chart_cell,
            &[("n", &n.to_string()), ("share", &texts().share(share))],
        )
    };
    // The latest figures in the language's own punctuation ("参与创建：…；…").
    let summary = [
        t.label_text(
            desk_texts().chart_taking_part,
            &share_text(last.taking_part, last.taking_part_share()),
        ),
        t.label_text(
            desk_texts().chart_meeting,
            &share_text(last.meeting, last.meeting_share()),
        ),
    ]
    .join(t.clause_separator);
    let explain = fill(
        desk_texts().chart_explain,
        &[
            ("date", &t.long_date(last.date)),
            ("share", &percent(target_share).to_string()),
            ("year", &target_year.to_string()),
        ],
    );
    let target_y = scale.y(target_share);
    let target_x = scale.x(target_date);
    view! {
        <figure class="progress-chart" data-testid="progress-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="progress-chart-title progress-chart-desc">
                <title id="progress-chart-title">{desk_texts().chart_title}</title>
                <desc id="progress-chart-desc">{summary.clone()}</desc>
                {[0.0, 0.5, 1.0].map(|share| view! {
                    <line class="grid" x1=LEFT x2=WIDTH - RIGHT y1=scale.y(share) y2=scale.y(share) />
                    <text class="axis" x=LEFT - 6.0 y=scale.y(share) + 4.0 text-anchor="end">{format!("{}%", percent(share))}</text>
                })}
                {scale.year_starts().into_iter().map(|(year, x)| view! {
                    <line class="grid" x1=x x2=x y1=TOP y2=HEIGHT - BOTTOM />
                    <text class="axis" x=x + 4.0 y=HEIGHT - BOTTOM + 18.0>{year.to_string()}</text>
                }).collect_view()}
                {scale.first_year_label().map(|year| view! {
                    <text class="axis" x=LEFT + 4.0 y=HEIGHT - BOTTOM + 18.0>{year.to_string()}</text>
                })}
                <line class="target" x1=LEFT x2=WIDTH - RIGHT y1=target_y y2=target_y />
                <text class="target-label" x=LEFT + 4.0 y=target_y - 5.0>{fill(desk_texts().chart_target, &[("share", &percent(target_share).to_string())])}</text>
                <line class="target" x1=target_x x2=target_x y1=TOP y2=HEIGHT - BOTTOM />
                <text class="target-label" x=target_x - 4.0 y=TOP + 14.0 text-anchor="end">{fill(desk_texts().chart_target_date, &[("year", &target_year.to_string())])}</text>
                <polyline class="line-taking-part" points=scale.line(&points, ProgressPoint::taking_part_share) />
                <polyline class="line-meeting" points=scale.line(&points, ProgressPoint::meeting_share) />
                <circle class="dot-taking-part" cx=scale.x(last.date) cy=scale.y(last.taking_part_share().unwrap_or(0.0)) r="4" />
                <circle class="dot-meeting" cx=scale.x(last.date) cy=scale.y(last.meeting_share().unwrap_or(0.0)) r="4" />
            </svg>
            <figcaption>
                <ul class="progress-legend">
                    <li><span class="legend-line legend-line-taking-part" aria-hidden="true"></span>{desk_texts().chart_taking_part}{t.aside(&share_text(last.taking_part, last.taking_part_share()))}</li>
                    <li><span class="legend-line legend-line-meeting" aria-hidden="true"></span>{desk_texts().chart_meeting}{t.aside(&share_text(last.meeting, last.meeting_share()))}</li>
                </ul>
                <p class="muted">{explain}</p>
            </figcaption>
            <ChartNumbers points=points />
        </figure>
    }
    .into_any()
}

/// The chart's figures as a table: the points where a figure changed,
/// and the last.
#[component]
fn ChartNumbers(points: Vec<ProgressPoint>) -> impl IntoView {
    let t = texts();
    let figures = |p: &ProgressPoint| (p.in_scope, p.taking_part, p.meeting);
    let latest = points.last().cloned();
    let mut changed: Vec<ProgressPoint> = Vec::new();
    for point in points {
        if changed
            .last()
            .is_none_or(|before| figures(before) != figures(&point))
        {
            changed.push(point);
        }
    }
    // And the day the chart ends, whatever it holds.
    if let Some(latest) = latest.filter(|l| changed.last() != Some(l)) {
        changed.push(latest);
    }
    let cell = |n: usize, share: Option<f64>| {
        fill(
            desk_texts().chart_cell,
            &[("n", &n.to_string()), ("share", &texts().share(share))],
        )
    };
    view! {
        <details class="chart-numbers">
            <summary>{desk_texts().chart_numbers}</summary>
            <table class="office-table">
                <thead><tr>
                    <th scope="col">{desk_texts().chart_date}</th>
                    <th scope="col">{office_texts().in_scope}</th>
                    <th scope="col">{desk_texts().chart_taking_part}</th>
                    <th scope="col">{desk_texts().chart_meeting}</th>
                </tr></thead>
                <tbody>
                    {changed.into_iter().map(|p| view! {
                        <tr>
                            <th scope="row">{t.long_date(p.date)}</th>
                            <td>{p.in_scope.to_string()}</td>
                            <td>{cell(p.taking_part, p.taking_part_share())}</td>
                            <td>{cell(p.meeting, p.meeting_share())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}

/// Dates and shares to the picture's coordinates.
struct Scale {
    first: NaiveDate,
    last: NaiveDate,
}

impl Scale {
    fn new(first: NaiveDate, last: NaiveDate) -> Scale {
        Scale { first, last }
    }

    fn x(&self, date: NaiveDate) -> f64 {
        let span = (self.last - self.first).num_days().max(1) as f64;
        let at = (date - self.first).num_days() as f64;
        LEFT + (WIDTH - LEFT - RIGHT) * at / span
    }

    fn y(&self, share: f64) -> f64 {
        HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * share.clamp(0.0, 1.0)
    }

    /// Each 1 January within the picture, with its x.
    fn year_starts(&self) -> Vec<(i32, f64)> {
        (self.first.year() + 1..=self.last.year())
            .filter_map(|year| NaiveDate::from_ymd_opt(year, 1, 1))
            .map(|day| (day.year(), self.x(day)))
            .collect()
    }

    /// The first year's number, when it starts before the picture does and
    /// shows long enough to carry it.
    fn first_year_label(&self) -> Option<i32> {
        let next = NaiveDate::from_ymd_opt(self.first.year() + 1, 1, 1)?;
        let starts_in_year = self.first.ordinal() > 1;
        (starts_in_year && self.x(next) - LEFT >= 48.0).then_some(self.first.year())
    }

    /// A polyline's points for one share of each point.
    fn line(&self, points: &[ProgressPoint], share: fn(&ProgressPoint) -> Option<f64>) -> String {
        points
            .iter()
            .map(|p| {
                format!(
                    "{:.1},{:.1}",
                    self.x(p.date),
                    self.y(share(p).unwrap_or(0.0))
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}
