use leptos::prelude::*;

use crate::figures::percent_text;
use crate::i18n::{fill, residents_texts};
use crate::office::CommunityRow;

/// The yearly report's residents' satisfaction (效果共评): the city's
/// surveys added up, and each community that entered surveys or whose
/// display took answers, the two kept apart.
#[component]
pub fn ReportSatisfaction(rows: Vec<CommunityRow>, year: i32) -> impl IntoView {
    let r = residents_texts();
    let heard: Vec<CommunityRow> = rows
        .into_iter()
        .filter(|row| row.satisfaction.surveys > 0 || row.poll.total() > 0)
        .collect();
    let surveyed = heard.iter().filter(|row| row.satisfaction.surveys > 0);
    let (households, positive) = surveyed.clone().fold((0, 0), |(h, p), row| {
        let f = &row.satisfaction;
        (h + f.households, p + f.satisfied + f.fairly_satisfied)
    });
    let city = fill(
        r.report_city,
        &[
            ("year", &year.to_string()),
            ("communities", &surveyed.count().to_string()),
            ("households", &households.to_string()),
            (
                "rate",
                &percent_text(
                    (households > 0).then(|| positive as f64 / households as f64),
                    "—",
                ),
            ),
        ],
    );
    view! {
        <h2>{r.report_heading}</h2>
        <p class="report-meta">{r.report_intro}</p>
        <p data-testid="report-satisfaction-city">{city}</p>
        <Show when={
            let any = !heard.is_empty();
            move || any
        }>
            <table class="report-table" data-testid="report-satisfaction">
                <thead><tr>
                    <th scope="col">{r.col_community}</th>
                    <th scope="col" class="fit">{r.col_rate}</th>
                    <th scope="col">{r.col_method}</th>
                    <th scope="col" class="fit">{r.col_poll}</th>
                </tr></thead>
                <tbody>
                    {heard.iter().map(|row| {
                        let f = &row.satisfaction;
                        let rate = fill(r.rate_cell, &[("rate", &percent_text(f.rate(), "—")), ("households", &f.households.to_string())]);
                        let methods: Vec<&str> = f.methods.iter().map(|m| r.method(*m)).collect();
                        let how = f.dates.map(|(first, last)| format!("{} · {first} – {last}", methods.join(r.separator))).unwrap_or_else(|| "—".into());
                        let poll = fill(r.poll_cell, &[("n", &row.poll.total().to_string())]);
                        view! {
                            <tr><td class="keep">{row.name.clone()}</td><td class="fit">{if f.surveys > 0 { rate } else { "—".into() }}</td><td>{how}</td><td class="fit">{poll}</td></tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}
