use leptos::prelude::*;

use crate::figures::percent;
use crate::i18n::residents_texts;
use crate::plan::{SatisfactionLine, ScoringRules};

/// A line to start from when the office turns it on (Hubei's 80%); the
/// office types its own.
const STARTING_LINE: SatisfactionLine = SatisfactionLine {
    min_share: 0.8,
    min_households: 100,
};

/// The scoring rules' optional satisfaction line: off by default; when on,
/// a rate and a number of households, checked with the rest when saved.
#[component]
pub fn SatisfactionLineFields(draft: RwSignal<ScoringRules>) -> impl IntoView {
    let r = residents_texts();
    let line = move || draft.with(|d| d.satisfaction);
    let set = move |change: fn(&mut SatisfactionLine, f64), text: String| {
        let value = text.trim().parse::<f64>().unwrap_or(f64::NAN);
        draft.update(|d| {
            if let Some(line) = d.satisfaction.as_mut() {
                change(line, value);
            }
        });
    };
    view! {
        <fieldset class="choice" data-testid="satisfaction-line">
            <legend>{r.scoring_heading}</legend>
            <p class="field-hint">{r.scoring_explain}</p>
            <label class="check">
                <input type="checkbox" prop:checked=move || line().is_some() on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    draft.update(|d| d.satisfaction = on.then_some(STARTING_LINE));
                } />
                {r.scoring_enable}
            </label>
            <Show when=move || line().is_some()>
                <div class="field">
                    <label for="satisfaction-share">{r.scoring_share}</label>
                    <input id="satisfaction-share" type="number" min="1" max="100" step="1" inputmode="numeric"
                        prop:value=move || line().map(|l| percent(l.min_share).to_string()).unwrap_or_default()
                        on:change=move |ev| set(|l, v| l.min_share = v / 100.0, event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="satisfaction-households">{r.scoring_households}</label>
                    <input id="satisfaction-households" type="number" min="1" max="100000" step="1" inputmode="numeric"
                        prop:value=move || line().map(|l| l.min_households.to_string()).unwrap_or_default()
                        on:change=move |ev| set(|l, v| l.min_households = if v.fract() == 0.0 { v as i64 } else { -1 }, event_target_value(&ev)) />
                </div>
            </Show>
        </fieldset>
    }
}
