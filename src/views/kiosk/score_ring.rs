//! The community's score as a ring against the pass line, drawn in SVG;
//! the figures are text beside it, so they stay large and readable.

use leptos::prelude::*;

use crate::figures::{fixed, percent};
use crate::i18n::{fill, texts};

/// The ring's radius and circumference in the SVG's own units.
const RADIUS: f64 = 50.0;
const CIRCUMFERENCE: f64 = 2.0 * std::f64::consts::PI * RADIUS;

#[component]
pub fn ScoreRing(score_share: Option<f64>, pass_share: f64) -> impl IntoView {
    let t = texts();
    let score = score_share.unwrap_or(0.0).clamp(0.0, 1.0);
    let filled = format!(
        "{} {}",
        fixed(score * CIRCUMFERENCE, 2),
        fixed(CIRCUMFERENCE, 2)
    );
    // The pass line as a tick across the ring, clockwise from the top.
    let angle = pass_share.clamp(0.0, 1.0) * 360.0;
    let score_text = fill(
        t.display.ring_score,
        &[(
            "score",
            &score_share
                .map(|s| percent(s).to_string())
                .unwrap_or_else(|| "—".into()),
        )],
    );
    let pass_text = fill(
        t.display.ring_pass,
        &[("pass", &percent(pass_share).to_string())],
    );
    let label = format!("{score_text}{}{pass_text}", t.clause_separator);
    view! {
        <div class="score-ring" data-testid="score-ring">
            <svg viewBox="0 0 140 140" role="img" aria-label=label>
                <g transform="translate(70 70) rotate(-90)">
                    <circle r=RADIUS class="ring-track" />
                    <circle r=RADIUS class="ring-score" stroke-dasharray=filled />
                </g>
                <line x1="70" y1="4" x2="70" y2="36" class="ring-pass" transform=format!("rotate({} 70 70)", fixed(angle, 1)) />
            </svg>
            <div class="score-ring-text">
                <p class="kiosk-big"><strong>{score_text}</strong></p>
                <p class="kiosk-note">{pass_text}</p>
            </div>
        </div>
    }
}
