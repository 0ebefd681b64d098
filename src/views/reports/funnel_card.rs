use leptos::prelude::*;

use crate::app::state::AppState;
use crate::figures::percent;
use crate::i18n::{evaluation_texts, fill};
use crate::office::{area_gaps, AreaGap, CityTotals, Funnel};

/// The funnel of `year`'s evaluation over the city's figures `totals`.
pub fn evaluation_funnel_of(state: AppState, totals: &CityTotals, year: i32) -> impl IntoView {
    let (funnel, gaps) = state.workspace.with(|w| {
        state.plan().with(|plan| {
            state.city.with(|city| {
                (
                    Funnel::of(&w.records, city, totals, year),
                    area_gaps(&w.records, plan, year),
                )
            })
        })
    });
    view! { <FunnelCard funnel=funnel gaps=gaps /> }
}

/// The year's evaluation as a funnel, each step a count of communities,
/// and per area the self-assessed score beside the reviewed one.
#[component]
pub fn FunnelCard(funnel: Funnel, gaps: Vec<AreaGap>) -> impl IntoView {
    let e = evaluation_texts();
    let steps = [
        (e.funnel_in_scope, funnel.in_scope),
        (e.funnel_taking_part, funnel.taking_part),
        (e.funnel_submitted, funnel.submitted),
        (e.funnel_reviewed, funnel.reviewed),
        (e.funnel_passed, funnel.passed),
        (e.funnel_named, funnel.named),
    ];
    let heading = fill(e.funnel_heading, &[("year", &funnel.year.to_string())]);
    let points = |share: f64| format!("{}%", percent(share));
    view! {
        <section class="card" data-testid="funnel">
            <h2>{heading}</h2>
            <ol class="funnel">
                {steps.into_iter().map(|(label, n)| view! {
                    <li data-testid="funnel-step"><span class="funnel-count">{n}</span>" "{label}</li>
                }).collect_view()}
            </ol>
            <p class="muted">{e.funnel_note}</p>
            <h3>{e.area_gap_heading}</h3>
            {if gaps.is_empty() {
                view! { <p class="muted">{e.area_gap_none}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list" data-testid="area-gaps">
                        {gaps.into_iter().map(|g| view! {
                            <li>{fill(e.area_gap_line, &[
                                ("area", &g.area_title),
                                ("self", &points(g.self_share)),
                                ("review", &points(g.review_share)),
                                ("gap", &format!("{:+.0}%", g.gap() * 100.0)),
                                ("n", &g.communities.to_string()),
                            ])}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
