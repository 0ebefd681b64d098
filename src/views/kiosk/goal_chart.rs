//! The plan's goal as a chart: the share of communities the plan wants
//! meeting the requirements, and (once this device holds other
//! communities' data) the share that does, on one scale with the target
//! marked across them.

use leptos::prelude::*;

use crate::figures::{fixed, percent};
use crate::i18n::texts;

#[component]
pub fn GoalChart(target: f64, city: Option<f64>) -> impl IntoView {
    let t = texts();
    let rows: Vec<(&'static str, &'static str, f64)> = [
        Some((t.display.goal_chart_target, "bar-target", target)),
        city.map(|share| (t.display.goal_chart_city, "bar-met", share)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let target_x = fixed(target.clamp(0.0, 1.0) * 100.0, 2);
    view! {
        <ul class="goal-chart" data-testid="goal-chart">
            {rows.into_iter().map(|(label, class, share)| {
                let width = fixed(share.clamp(0.0, 1.0) * 100.0, 2);
                view! {
                    <li>
                        <span class="area-chart-name">{label}</span>
                        <svg class="stacked-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="bar-track" x="0" y="0" width="100" height="10" />
                            <rect class=class x="0" y="0" width=width height="10" />
                            <line class="bar-target-line" x1=target_x.clone() y1="0" x2=target_x.clone() y2="10" />
                        </svg>
                        <span class="area-chart-count">{format!("{}%", percent(share))}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
