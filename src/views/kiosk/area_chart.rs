//! The five areas as a bar chart: each area's items met, partly met and
//! not met, drawn in SVG, with the area's name and count as text.

use leptos::prelude::*;

use crate::figures::fixed;

use crate::i18n::{fill, texts};
use crate::kiosk::AreaLine;

#[component]
pub fn AreaChart(areas: Vec<AreaLine>) -> impl IntoView {
    let t = texts();
    view! {
        <ul class="area-chart" data-testid="area-chart">
            {areas.into_iter().map(|area| {
                let count = fill(t.display.area_met, &[
                    ("met", &area.progress.met.to_string()),
                    ("applicable", &area.progress.applicable.to_string()),
                ]);
                view! {
                    <li>
                        <span class="area-chart-name">{format!("{}{}", area.number, area.title)}</span>
                        <StackedBar parts=[area.progress.met, area.progress.partial, area.progress.not_met] whole=area.progress.applicable />
                        <span class="area-chart-count">{count}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p class="chart-legend" aria-hidden="true">
            <span><Swatch class="bar-met" />{t.display.legend_met}</span>
            <span><Swatch class="bar-partial" />{t.display.legend_partial}</span>
            <span><Swatch class="bar-not-met" />{t.display.legend_not_met}</span>
            <span><Swatch class="bar-track" />{t.display.legend_unassessed}</span>
        </p>
    }
}

/// One bar: three counts side by side (met, partly met and not met; or
/// satisfied, fairly satisfied and dissatisfied), out of `whole`.
#[component]
pub fn StackedBar(parts: [usize; 3], whole: usize) -> impl IntoView {
    let whole = whole.max(1) as f64;
    let width = |n: usize| n as f64 / whole * 100.0;
    let parts = [
        ("bar-met", width(parts[0])),
        ("bar-partial", width(parts[1])),
        ("bar-not-met", width(parts[2])),
    ];
    let mut x = 0.0;
    let rects = parts
        .into_iter()
        .map(|(class, w)| {
            let rect =
                view! { <rect class=class x=fixed(x, 2) y="0" width=fixed(w, 2) height="10" /> };
            x += w;
            rect
        })
        .collect_view();
    view! {
        <svg class="stacked-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="bar-track" x="0" y="0" width="100" height="10" />
            {rects}
        </svg>
    }
}

#[component]
pub fn Swatch(class: &'static str) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class=class width="10" height="10" /></svg>
    }
}
