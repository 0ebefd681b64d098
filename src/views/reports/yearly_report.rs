use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::app::startup::ensure_all_loaded;
use crate::app::state::{use_app_state, AppState};
use crate::app::summaries::{city_overview, city_progress_now, ensure_summaries};
use crate::assessment::Verdict;
use crate::clock::end_of_beijing_day;
use crate::figures::percent;
use crate::i18n::{city_texts, desk_texts, fill, office_texts, texts};
use crate::office::{
    city_progress, city_summaries, office_summary_of, OfficeSummary, ProgressPoint,
};
use crate::plan::Plan;
use crate::routing::{OfficePage, Route};
use crate::views::reports::funnel_card::evaluation_funnel_of;
use crate::views::reports::narrative::NarrativeSections;
use crate::views::reports::page_furniture::PageFurnitureStyle;
use crate::views::reports::report_satisfaction::ReportSatisfaction;
use crate::views::widgets::progress_chart::ProgressChart;
use crate::web::today;

/// The office's yearly evaluation summary (年度总结评估), due to the leading
/// group by 30 October: city totals against the target, per area and per
/// unit, and the communities still behind.
#[component]
pub fn YearlyReport() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    ensure_summaries(state);
    // The report being prepared: the year of the next yearly deadline
    // (after 30 October, next year's).
    let this_year = state.plan().with(|plan| {
        (today().year()..=today().year() + 1)
            .find(|y| plan.yearly_deadline(*y).is_some_and(|d| d.date >= today()))
            .unwrap_or_else(|| today().year())
    });
    let year = RwSignal::new(this_year);
    let first_year = state.plan().with(first_report_year).min(this_year);
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="no-print button-row">
            <a class="button" href=Route::Office(OfficePage::Exports).href()>{"← "}{desk_texts().page_exports}</a>
            <label for="report-year">{t.report.year_label}</label>
            <select id="report-year" on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(this_year))>
                {(first_year..=this_year).rev().map(|y| view! { <option value=y.to_string() selected=y == this_year>{fill(t.report.year_option, &[("year", &y.to_string())])}</option> }).collect_view()}
            </select>
            <button type="button" class="button button-primary" on:click=print>{t.print}</button>
        </div>
        {move || report_of_year(state, year.get())}
    }
}

/// The first year with a report: that of the plan's earliest deadline.
fn first_report_year(plan: &Plan) -> i32 {
    plan.implementation
        .iter()
        .filter_map(|step| step.due_in(today().year()))
        .map(|due| due.date.year())
        .min()
        .unwrap_or_else(|| today().year())
}

/// The report for `year`: the current figures until that year's report is
/// due, and afterwards the figures as they stood on its due date (counted
/// from every record, which the page then reads).
fn report_of_year(state: AppState, year: i32) -> AnyView {
    let due = state
        .plan()
        .with(|plan| plan.yearly_deadline(year).map(|d| d.date));
    match due.filter(|due| *due < today()) {
        None => match (city_overview(state), city_progress_now(state)) {
            (Some(summary), Some(points)) => report(summary, points, year, None).into_any(),
            _ => {
                view! { <p class="muted" role="status">{office_texts().summing_up}</p> }.into_any()
            }
        },
        Some(due) => {
            if !state.all_read() {
                spawn_local(ensure_all_loaded(state));
                return view! { <p class="muted" role="status">{office_texts().summing_up}</p> }
                    .into_any();
            }
            let cutoff = end_of_beijing_day(due);
            let (summary, points) = state.city.with(|city| {
                state.workspace.with(|w| {
                    state.plan().with(|plan| {
                        let then = w.records.as_of(cutoff);
                        let city = city.as_of(due);
                        let summaries = city_summaries(&then);
                        (
                            office_summary_of(&summaries, &then, plan, &city, due),
                            city_progress(&summaries, &then, plan, &city, due),
                        )
                    })
                })
            });
            report(summary, points, year, Some(due)).into_any()
        }
    }
}

fn report(
    summary: OfficeSummary,
    points: Vec<ProgressPoint>,
    year: i32,
    as_of: Option<NaiveDate>,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    // Each unit with what the office recorded of its own plan.
    let unit_plans: Vec<(String, Option<crate::city::UnitPlan>)> = state.city.with_untracked(|c| {
        state.plan().with(|plan| {
            plan.responsible_units()
                .into_iter()
                .map(|unit| (unit.to_string(), c.unit_plans.get(unit).cloned()))
                .collect()
        })
    });
    // When this year's report is due, as the plan file says.
    let due = state.plan().with(|plan| {
        plan.yearly_deadline(year)
            .map(|due| format!("{}{}{}", t.due_when(&due), t.clause_separator, due.label))
            .unwrap_or_default()
    });
    let totals = summary.totals.clone();
    let no_communities = summary.rows.is_empty();
    let behind: Vec<_> = summary
        .rows
        .iter()
        .filter(|r| r.verdict != Verdict::Meets)
        .cloned()
        .collect();
    let counted_on = t.long_date(as_of.unwrap_or_else(today));
    let demonstration: Vec<String> = state.city.with_untracked(|c| {
        c.roster
            .entries
            .iter()
            .filter(|e| e.demonstration)
            .map(|e| e.name.clone())
            .collect()
    });
    let title = fill(t.report.yearly_title, &[("year", &year.to_string())]);
    view! {
        <article class="report" data-testid="yearly-report">
            <PageFurnitureStyle head=title.clone() />
            <h1>{title}</h1>
            <p class="report-meta" data-testid="report-due">{due}" · "{fill(t.report.date, &[("date", &t.long_date(today()))])}</p>
            <p class="report-meta" data-testid="report-as-of">{fill(t.report.as_of, &[("date", &counted_on)])}</p>
            <h2>{office_texts().city}</h2>
            <table class="report-table">
                <tbody>
                    <tr><th scope="row">{office_texts().in_scope}</th><td>{totals.in_scope.to_string()}<br /><small>{city_texts().scope_counted()}</small></td></tr>
                    <tr><th scope="row">{office_texts().taking_part}</th><td>{format!("{}{}", totals.taking_part, t.aside(&texts().share(totals.taking_part_share)))}<br /><small>{city_texts().taking_part_counted(totals.definitions)}</small></td></tr>
                    <tr><th scope="row">{t.with_scoring(office_texts().meeting, &summary.scoring)}</th><td>{format!("{}{}", totals.meeting, t.aside(&texts().share(totals.meeting_share)))}<br /><small>{city_texts().meeting_counted(totals.definitions)}</small></td></tr>
                    <tr><th scope="row">{office_texts().target}</th><td>{fill(t.target_text, &[("year", &totals.target_year.to_string()), ("share", &percent(totals.target_share).to_string())])}</td></tr>
                </tbody>
            </table>
            <h2>{desk_texts().chart_title}</h2>
            <ProgressChart points=points />
            {evaluation_funnel_of(state, &totals, year)}
            <h2>{t.report.by_area}</h2>
            <table class="report-table">
                <thead><tr><th scope="col">{t.report.col_content}</th><th scope="col" class="fit">{t.rating_not_met}</th><th scope="col" class="fit">{t.rating_partial}</th></tr></thead>
                <tbody>
                    {summary.areas.iter().map(|a| view! {
                        <tr><td>{a.title.clone()}</td><td class="fit">{a.not_met.to_string()}</td><td class="fit">{a.partial.to_string()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{office_texts().units}</h2>
            <table class="report-table">
                <thead><tr><th scope="col">{t.responsible_units}</th><th scope="col" class="fit">{t.rating_not_met}</th><th scope="col" class="fit">{t.rating_partial}</th><th scope="col">{office_texts().col_actions}</th></tr></thead>
                <tbody>
                    {summary.units.iter().map(|u| view! {
                        <tr><td class="keep">{u.unit.clone().unwrap_or_else(|| office_texts().units_other.to_string())}</td><td class="fit">{u.not_met_items.to_string()}</td><td class="fit">{u.partial_items.to_string()}</td>
                        <td class="fit">{fill(office_texts().actions_cell, &[("open", &u.open_actions.to_string()), ("overdue", &u.overdue_actions.to_string())])}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{city_texts().unit_plans_title}</h2>
            <table class="report-table" data-testid="report-unit-plans">
                <thead><tr><th scope="col">{city_texts().col_unit}</th><th scope="col" class="fit">{city_texts().col_received_on}</th><th scope="col">{city_texts().col_document_number}</th></tr></thead>
                <tbody>
                    {unit_plans.into_iter().map(|(unit, plan)| {
                        let (received, number) = match plan.filter(|p| p.received) {
                            Some(p) => (
                                p.received_on.map(|d| t.long_date(d)).unwrap_or_else(|| city_texts().col_received.to_string()),
                                p.document_number,
                            ),
                            None => (city_texts().not_received.to_string(), String::new()),
                        };
                        let key = unit.clone();
                        view! { <tr data-unit=key><td class="keep">{unit}</td><td class="fit">{received}</td><td class="keep">{number}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
            <ReportSatisfaction rows=summary.rows.clone() year=year />
            <h2>{t.report.demonstration}</h2>
            <p data-testid="report-demonstration">{if demonstration.is_empty() { t.report.none.to_string() } else { t.list(&demonstration) }}</p>
            <h2>{t.report.behind}</h2>
            {if behind.is_empty() {
                let text = if no_communities { t.report.no_communities } else { t.report.none_behind };
                view! { <p>{text}</p> }.into_any()
            } else {
                view! {
                    <table class="report-table">
                        <thead><tr><th scope="col">{office_texts().col_name}</th><th scope="col" class="fit">{office_texts().col_progress}</th><th scope="col" class="fit">{office_texts().col_score}</th><th scope="col">{office_texts().col_actions}</th></tr></thead>
                        <tbody>
                            {behind.iter().map(|r| view! {
                                <tr><td class="keep">{r.name.clone()}</td>
                                <td class="fit">{fill(t.progress_assessed, &[("assessed", &r.progress.assessed.to_string()), ("applicable", &r.progress.applicable.to_string())])}</td>
                                <td class="fit">{texts().share(r.score_share)}</td>
                                <td class="fit">{fill(office_texts().actions_cell, &[("open", &r.open_actions.to_string()), ("overdue", &r.overdue_actions.to_string())])}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <NarrativeSections year=year />
            <p class="report-meta">{t.scoring_label(&summary.scoring)}</p>
        </article>
    }
}
