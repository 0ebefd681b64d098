use leptos::prelude::*;

use crate::assessment::Progress;
use crate::figures::percent;
use crate::i18n::{fill, texts};

/// Two bars: how much is assessed, and how much is 达标, both over the
/// applicable items.
#[component]
pub fn ProgressSummary(progress: Memo<Progress>) -> impl IntoView {
    let t = texts();
    let assessed = move || progress.get().assessed_ratio().map(percent);
    let met = move || progress.get().compliance_ratio().map(percent);
    let assessed_text = move || {
        let p = progress.get();
        fill(
            t.progress_assessed,
            &[
                ("assessed", &p.assessed.to_string()),
                ("applicable", &p.applicable.to_string()),
            ],
        )
    };
    let met_text = move || {
        let p = progress.get();
        fill(
            t.progress_met,
            &[
                ("met", &p.met.to_string()),
                ("applicable", &p.applicable.to_string()),
            ],
        )
    };
    let not_applicable = move || {
        let n = progress.get().not_applicable();
        (n > 0).then(|| fill(t.not_applicable_count, &[("n", &n.to_string())]))
    };
    view! {
        <div class="progress-summary" data-testid="progress">
            <Bar label=t.progress_label value=Signal::derive(assessed) kind="assessed" />
            <Bar label=t.compliance_label value=Signal::derive(met) kind="met" />
            <p class="progress-counts">
                <span data-testid="assessed-count">{assessed_text}</span>
                <span data-testid="met-count">{met_text}</span>
                <span>{not_applicable}</span>
            </p>
        </div>
    }
}

#[component]
fn Bar(label: &'static str, value: Signal<Option<u32>>, kind: &'static str) -> impl IntoView {
    let t = texts();
    let shown = move || match value.get() {
        Some(p) => format!("{p}%"),
        None => t.no_applicable.to_string(),
    };
    view! {
        <div class="bar-row">
            <span class="bar-label">{label}</span>
            <span
                class=format!("bar bar-{kind}")
                role="progressbar"
                aria-label=label
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || value.get().unwrap_or(0).to_string()
                aria-valuetext=shown
            >
                <span class="bar-fill" style:width=move || format!("{}%", value.get().unwrap_or(0))></span>
            </span>
            <span class="bar-value">{shown}</span>
        </div>
    }
}
