use leptos::prelude::*;

use crate::figures::percent_text;
use crate::i18n::{fill, residents_texts};
use crate::office::CommunityRow;

/// A community's satisfaction in the office's table: the surveys' rate
/// with its households, methods and dates, and the display's poll in a
/// cell of its own.
#[component]
pub fn SatisfactionCells(row: CommunityRow) -> impl IntoView {
    let r = residents_texts();
    let figure = &row.satisfaction;
    let survey = match (figure.rate(), figure.dates) {
        (Some(rate), Some((first, last))) => {
            let methods: Vec<&str> = figure.methods.iter().map(|m| r.method(*m)).collect();
            let cell = fill(
                r.rate_cell,
                &[
                    ("rate", &percent_text(Some(rate), "—")),
                    ("households", &figure.households.to_string()),
                ],
            );
            let detail = format!("{} · {first} – {last}", methods.join(r.separator));
            view! { <td data-testid="satisfaction-cell">{cell}<small class="definition">{detail}</small></td> }
                .into_any()
        }
        _ => view! { <td data-testid="satisfaction-cell">"—"</td> }.into_any(),
    };
    let poll = match row.poll.total() {
        0 => "—".to_string(),
        n => fill(r.poll_cell, &[("n", &n.to_string())]),
    };
    view! {
        {survey}
        <td data-testid="poll-cell">{poll}</td>
    }
}
