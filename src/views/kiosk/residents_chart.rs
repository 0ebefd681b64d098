//! What residents said, for the display: the surveys' answers and the
//! display's own poll as two bars, each labelled with what it counts, never
//! added together.

use leptos::prelude::*;

use crate::assessment::SatisfactionFigure;
use crate::evaluation::PollTally;
use crate::figures::percent_text;
use crate::i18n::{fill, residents_texts};
use crate::views::kiosk::area_chart::{StackedBar, Swatch};

#[component]
pub fn ResidentsChart(satisfaction: SatisfactionFigure, poll: PollTally) -> impl IntoView {
    let r = residents_texts();
    let survey_label = match satisfaction.surveys {
        0 => fill(
            r.chart_no_survey,
            &[("year", &satisfaction.year.to_string())],
        ),
        _ => fill(
            r.chart_survey,
            &[
                ("year", &satisfaction.year.to_string()),
                ("households", &satisfaction.households.to_string()),
            ],
        ),
    };
    let poll_label = fill(
        r.chart_poll,
        &[
            ("n", &poll.total().to_string()),
            ("days", &poll.days.len().to_string()),
        ],
    );
    let survey_parts = [
        satisfaction.satisfied,
        satisfaction.fairly_satisfied,
        satisfaction.dissatisfied,
    ]
    .map(|n| n.max(0) as usize);
    let poll_parts = [poll.satisfied, poll.fairly_satisfied, poll.dissatisfied];
    let poll_share = (poll.total() > 0)
        .then(|| (poll.satisfied + poll.fairly_satisfied) as f64 / poll.total() as f64);
    view! {
        <ul class="area-chart" data-testid="residents-chart">
            <li data-testid="chart-survey">
                <span class="area-chart-name">{survey_label}</span>
                <StackedBar parts=survey_parts whole=satisfaction.households.max(0) as usize />
                <span class="area-chart-count">{percent_text(satisfaction.rate(), "—")}</span>
            </li>
            <li data-testid="chart-poll">
                <span class="area-chart-name">{poll_label}</span>
                <StackedBar parts=poll_parts whole=poll.total() />
                <span class="area-chart-count">{percent_text(poll_share, "—")}</span>
            </li>
        </ul>
        <p class="chart-legend" aria-hidden="true">
            <span><Swatch class="bar-met" />{r.answer_satisfied}</span>
            <span><Swatch class="bar-partial" />{r.answer_fairly}</span>
            <span><Swatch class="bar-not-met" />{r.answer_dissatisfied}</span>
        </p>
        <p class="kiosk-note">{r.chart_apart}</p>
    }
}
