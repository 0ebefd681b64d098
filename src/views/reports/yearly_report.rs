use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::app::summaries::{city_overview, ensure_summaries};
use crate::assessment::Verdict;
use crate::figures::percent;
use crate::i18n::{fill, texts};
use crate::office::OfficeSummary;
use crate::routing::Route;
use crate::web::today;

/// The office's yearly evaluation summary (年度总结评估), due to the leading
/// group by 30 October: city totals against the target, per area and per
/// unit, and the communities still behind.
#[component]
pub fn YearlyReport() -> impl IntoView {
    let state = use_app_state();
    ensure_summaries(state);
    move || match city_overview(state) {
        Some(summary) => report(summary).into_any(),
        None => view! { <p class="muted" role="status">{texts().office_summing_up}</p> }.into_any(),
    }
}

fn report(summary: OfficeSummary) -> impl IntoView {
    let t = texts();
    let year = today().year();
    let state = use_app_state();
    // Each unit with what the office recorded of its own plan.
    let unit_plans: Vec<(String, Option<crate::city::UnitPlan>)> = state.city.with_untracked(|c| {
        state.plan.with_value(|plan| {
            plan.responsible_units()
                .into_iter()
                .map(|unit| (unit.to_string(), c.unit_plans.get(unit).cloned()))
                .collect()
        })
    });
    // When this year's report is due, as the plan file says.
    let due = state.plan.with_value(|plan| {
        plan.yearly_deadline(year)
            .map(|due| format!("{}{}{}", t.due_when(&due), t.clause_separator, due.label))
            .unwrap_or_default()
    });
    let totals = summary.totals.clone();
    let behind: Vec<_> = summary
        .rows
        .iter()
        .filter(|r| r.verdict != Verdict::Meets)
        .cloned()
        .collect();
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="no-print button-row">
            <a class="button" href=Route::Office.href()>{"← "}{t.office_title}</a>
            <button type="button" class="button button-primary" on:click=print>{t.print}</button>
        </div>
        <article class="report" data-testid="yearly-report">
            <h1>{fill(t.report_yearly_title, &[("year", &year.to_string())])}</h1>
            <p class="report-meta" data-testid="report-due">{due}" · "{fill(t.report_date, &[("date", &t.long_date(today()))])}</p>
            <h2>{t.office_city}</h2>
            <table class="report-table">
                <tbody>
                    <tr><th scope="row">{t.office_in_scope}</th><td>{totals.in_scope.to_string()}<br /><small>{t.scope_counted()}</small></td></tr>
                    <tr><th scope="row">{t.office_taking_part}</th><td>{format!("{}{}", totals.taking_part, t.aside(&texts().share(totals.taking_part_share)))}<br /><small>{t.taking_part_counted(totals.definitions)}</small></td></tr>
                    <tr><th scope="row">{t.office_meeting}</th><td>{format!("{}{}", totals.meeting, t.aside(&texts().share(totals.meeting_share)))}<br /><small>{t.meeting_counted(totals.definitions)}</small></td></tr>
                    <tr><th scope="row">{t.office_target}</th><td>{fill(t.target_text, &[("year", &totals.target_year.to_string()), ("share", &percent(totals.target_share).to_string())])}</td></tr>
                </tbody>
            </table>
            <h2>{t.report_by_area}</h2>
            <table class="report-table">
                <thead><tr><th scope="col">{t.report_col_content}</th><th scope="col">{t.rating_not_met}</th><th scope="col">{t.rating_partial}</th></tr></thead>
                <tbody>
                    {summary.areas.iter().map(|a| view! {
                        <tr><td>{a.title.clone()}</td><td>{a.not_met.to_string()}</td><td>{a.partial.to_string()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{t.office_units}</h2>
            <table class="report-table">
                <thead><tr><th scope="col">{t.responsible_units}</th><th scope="col">{t.rating_not_met}</th><th scope="col">{t.rating_partial}</th><th scope="col">{t.office_col_actions}</th></tr></thead>
                <tbody>
                    {summary.units.iter().map(|u| view! {
                        <tr><td>{u.unit.clone().unwrap_or_else(|| t.office_units_other.to_string())}</td><td>{u.not_met_items.to_string()}</td><td>{u.partial_items.to_string()}</td>
                        <td>{fill(t.office_actions_cell, &[("open", &u.open_actions.to_string()), ("overdue", &u.overdue_actions.to_string())])}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{t.city.unit_plans_title}</h2>
            <table class="report-table" data-testid="report-unit-plans">
                <thead><tr><th scope="col">{t.city.col_unit}</th><th scope="col">{t.city.col_received_on}</th><th scope="col">{t.city.col_document_number}</th></tr></thead>
                <tbody>
                    {unit_plans.into_iter().map(|(unit, plan)| {
                        let (received, number) = match plan.filter(|p| p.received) {
                            Some(p) => (
                                p.received_on.map(|d| t.long_date(d)).unwrap_or_else(|| t.city.col_received.to_string()),
                                p.document_number,
                            ),
                            None => (t.city.not_received.to_string(), String::new()),
                        };
                        let key = unit.clone();
                        view! { <tr data-unit=key><td>{unit}</td><td>{received}</td><td>{number}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{t.report_behind}</h2>
            {if behind.is_empty() {
                view! { <p>{t.report_none_behind}</p> }.into_any()
            } else {
                view! {
                    <table class="report-table">
                        <thead><tr><th scope="col">{t.office_col_name}</th><th scope="col">{t.office_col_progress}</th><th scope="col">{t.office_col_score}</th><th scope="col">{t.office_col_actions}</th></tr></thead>
                        <tbody>
                            {behind.iter().map(|r| view! {
                                <tr><td>{r.name.clone()}</td>
                                <td>{fill(t.progress_assessed, &[("assessed", &r.progress.assessed.to_string()), ("applicable", &r.progress.applicable.to_string())])}</td>
                                <td>{texts().share(r.score_share)}</td>
                                <td>{fill(t.office_actions_cell, &[("open", &r.open_actions.to_string()), ("overdue", &r.overdue_actions.to_string())])}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <p class="report-meta">{t.scoring_defaults_label}</p>
        </article>
    }
}
