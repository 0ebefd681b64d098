use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::app::summaries::office_overview;
use crate::i18n::{desk_texts, fill, office_texts, texts};
use crate::office::OfficeSummary;
use crate::views::office::unit_plans_panel::UnitPlansPanel;

/// Where the city's communities fall short: by item (the heat map) beside
/// the responsible units' counts, and below them the units' own plans.
#[component]
pub fn UnitsPage() -> impl IntoView {
    let state = use_app_state();
    let overview = office_overview(state);
    let ready = move || overview.with(Option::is_some);
    let summary = Memo::new(move |_| overview.get().unwrap_or_default());
    view! {
        <h1>{desk_texts().page_units}</h1>
        <Show when=ready fallback=move || view! { <p class="muted" role="status">{office_texts().summing_up}</p> }>
            <div class="units-grid">
                <HeatMap summary=summary />
                <UnitTable summary=summary />
            </div>
        </Show>
        <UnitPlansPanel />
    }
}

#[component]
fn HeatMap(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    view! {
        <section class="card">
            <h2>{office_texts().heat_map}</h2>
            <p class="muted">{office_texts().heat_map_hint}</p>
            {move || summary.get().areas.into_iter().map(|area| view! {
                <h3>{format!("{}{}", area.title, t.aside(&fill(office_texts().fail_counts, &[("not_met", &area.not_met.to_string()), ("partial", &area.partial.to_string())])))}</h3>
                <ul class="heat-map">
                    {area.items.into_iter().map(|item| {
                        let level = (item.not_met * 2 + item.partial).min(6);
                        view! {
                            <li class=format!("heat heat-{level}") data-item=item.item_id.to_string()>
                                <span>{item.title.clone()}</span>
                                <span class="heat-count">{fill(office_texts().fail_counts, &[("not_met", &item.not_met.to_string()), ("partial", &item.partial.to_string())])}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}

#[component]
fn UnitTable(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    view! {
        <section class="card">
            <h2>{office_texts().units}</h2>
            <p class="muted">{office_texts().units_hint}</p>
            <div class="table-scroll">
                <table class="office-table" data-testid="unit-table">
                    <thead><tr>
                        <th scope="col">{t.responsible_units}</th>
                        <th scope="col">{t.rating_not_met}</th>
                        <th scope="col">{t.rating_partial}</th>
                        <th scope="col">{office_texts().col_actions}</th>
                    </tr></thead>
                    <tbody>
                        {move || summary.get().units.into_iter().map(|u| view! {
                            <tr>
                                <th scope="row">{u.unit.clone().unwrap_or_else(|| office_texts().units_other.to_string())}</th>
                                <td>{u.not_met_items.to_string()}</td>
                                <td>{u.partial_items.to_string()}</td>
                                <td>{fill(office_texts().actions_cell, &[("open", &u.open_actions.to_string()), ("overdue", &u.overdue_actions.to_string())])}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
