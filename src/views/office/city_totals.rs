use leptos::prelude::*;

use crate::figures::percent;
use crate::i18n::{city_texts, desk_texts, fill, office_texts, texts};
use crate::office::OfficeSummary;
use crate::routing::{OfficePage, Route};

/// The city's figures in a card (`overview` from
/// [`crate::app::summaries::office_overview`]): on the overview, and beside
/// the roster and definitions they are counted by.
#[component]
pub fn CityFiguresCard(overview: Memo<Option<OfficeSummary>>) -> impl IntoView {
    let summary = Memo::new(move |_| overview.get().unwrap_or_default());
    view! {
        <section class="card">
            <h2>{office_texts().city}</h2>
            <Show when=move || overview.with(Option::is_some) fallback=move || view! { <p class="muted" role="status">{office_texts().summing_up}</p> }>
                <CityTotalsView summary=summary />
            </Show>
        </section>
    }
}

/// The city's figures against the plan's target, each saying what it
/// counts, and where the office sets how they are counted.
#[component]
pub fn CityTotalsView(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    let totals = move || summary.get().totals;
    view! {
        <dl class="facts city-totals" data-testid="city-totals">
            <dt>{office_texts().in_scope}</dt>
            <dd data-testid="in-scope">
                {move || if totals().in_scope == 0 { city_texts().roster_empty.to_string() } else { totals().in_scope.to_string() }}
                <small class="definition">{city_texts().scope_counted()}</small>
            </dd>
            <dt>{office_texts().taking_part}</dt>
            <dd data-testid="taking-part">
                {move || format!("{}{}", totals().taking_part, t.aside(&texts().share(totals().taking_part_share)))}
                <small class="definition">{move || city_texts().taking_part_counted(totals().definitions)}</small>
            </dd>
            <dt>{move || t.with_scoring(office_texts().meeting, &summary.get().scoring)}</dt>
            <dd data-testid="meeting">
                {move || format!("{}{}", totals().meeting, t.aside(&texts().share(totals().meeting_share)))}
                <small class="definition">{move || city_texts().meeting_counted(totals().definitions)}</small>
            </dd>
            <dt>{office_texts().target}</dt>
            <dd>{move || fill(t.target_text, &[("year", &totals().target_year.to_string()), ("share", &percent(totals().target_share).to_string())])}</dd>
        </dl>
        <p class="muted" data-testid="not-on-roster">{move || (totals().not_on_roster > 0).then(|| fill(city_texts().not_on_roster, &[("n", &totals().not_on_roster.to_string())]))}</p>
        <p class="muted" data-testid="set-where">
            {desk_texts().set_where}
            <a href=Route::Office(OfficePage::Roster).href()>{desk_texts().page_roster}</a>
            {t.list_separator}
            <a href=Route::Office(OfficePage::Scoring).href()>{desk_texts().page_scoring}</a>
        </p>
    }
}
