use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::exchange::{export_all, export_csv};
use crate::app::state::use_app_state;
use crate::app::summaries::{city_overview, ensure_summaries};
use crate::assessment::Verdict;
use crate::community::NameFilter;
use crate::figures::percent;
use crate::i18n::{fill, texts};
use crate::office::{CommunityRow, OfficeSummary};
use crate::routing::Route;
use crate::sorting;
use crate::views::office::definitions_panel::DefinitionsPanel;
use crate::views::office::import_panel::ImportPanel;
use crate::views::office::merge_panel::MergePanel;
use crate::views::office::roster_panel::RosterPanel;
use crate::views::office::scoring_panel::ScoringPanel;
use crate::views::office::unit_plans_panel::UnitPlansPanel;
use crate::views::widgets::export_status::{
    hand_over_and_tell, problem_status, ExportStatus, ExportStatusLine,
};
use crate::views::widgets::next_deadline::NextDeadline;
use crate::views::widgets::show_more::{ShowMore, PAGE};
use crate::web::format_date_time;
use crate::web::modal_focus::focus_on_next_frame;

/// Columns the community table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    Name,
    Progress,
    Score,
    Overdue,
}

/// The city office: import every community's file, see the city against
/// the plan's 70% target, who is behind, where communities fail and which
/// departments own the most unmet items; export the merged data.
#[component]
pub fn OfficePage() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    ensure_summaries(state);
    let overview = Memo::new(move |_| city_overview(state));
    let ready = move || overview.with(Option::is_some);
    let summary = Memo::new(move |_| overview.get().unwrap_or_default());
    let status = RwSignal::new(None::<ExportStatus>);
    let export_json = move |with_photos: bool| {
        status.set(None);
        spawn_local(async move {
            let outcome = match export_all(state, with_photos).await {
                Ok(file) => hand_over_and_tell(&file, false).await.unwrap_or_else(|s| s),
                Err(problem) => problem_status(state, &problem),
            };
            status.set(Some(outcome));
        })
    };
    let export_table = move |_| {
        status.set(None);
        spawn_local(async move {
            let file = export_csv(&summary.get_untracked());
            let outcome = hand_over_and_tell(&file, false).await.unwrap_or_else(|s| s);
            status.set(Some(outcome));
        })
    };
    view! {
        <h1>{t.office.title}</h1>
        <NextDeadline />
        <ImportPanel />
        <section class="card">
            <h2>{t.office.city}</h2>
            <Show when=ready fallback=move || view! { <p class="muted" role="status">{t.office.summing_up}</p> }>
                <CityTotalsView summary=summary />
            </Show>
        </section>
        <RosterPanel />
        <MergePanel />
        <DefinitionsPanel />
        <ScoringPanel />
        <Show when=ready>
            <CommunityTable summary=summary />
            <HeatMap summary=summary />
            <UnitTable summary=summary />
        </Show>
        <UnitPlansPanel />
        <section class="card">
            <h2>{t.office.export}</h2>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| export_json(false)>{t.office.export_json}</button>
                <button type="button" class="button" on:click=move |_| export_json(true)>{t.office.export_json_photos}</button>
                <button type="button" class="button" on:click=export_table data-testid="export-csv">{t.office.export_csv}</button>
                <a class="button" href=Route::YearlyReport.href()>{t.report.yearly_link}</a>
            </div>
            <ExportStatusLine status=status without_photos=Callback::new(move |_| export_json(false)) />
        </section>
    }
}

#[component]
fn CityTotalsView(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    let totals = move || summary.get().totals;
    view! {
        <dl class="facts city-totals" data-testid="city-totals">
            <dt>{t.office.in_scope}</dt>
            <dd data-testid="in-scope">
                {move || if totals().in_scope == 0 { t.city.roster_empty.to_string() } else { totals().in_scope.to_string() }}
                <small class="definition">{t.scope_counted()}</small>
            </dd>
            <dt>{t.office.taking_part}</dt>
            <dd data-testid="taking-part">
                {move || format!("{}{}", totals().taking_part, t.aside(&texts().share(totals().taking_part_share)))}
                <small class="definition">{move || t.taking_part_counted(totals().definitions)}</small>
            </dd>
            <dt>{move || t.with_scoring(t.office.meeting, &summary.get().scoring)}</dt>
            <dd data-testid="meeting">
                {move || format!("{}{}", totals().meeting, t.aside(&texts().share(totals().meeting_share)))}
                <small class="definition">{move || t.meeting_counted(totals().definitions)}</small>
            </dd>
            <dt>{t.office.target}</dt>
            <dd>{move || fill(t.target_text, &[("year", &totals().target_year.to_string()), ("share", &percent(totals().target_share).to_string())])}</dd>
        </dl>
        <p class="muted" data-testid="not-on-roster">{move || (totals().not_on_roster > 0).then(|| fill(t.city.not_on_roster, &[("n", &totals().not_on_roster.to_string())]))}</p>
    }
}

#[component]
fn CommunityTable(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let sort = RwSignal::new(SortBy::Name);
    let filter = RwSignal::new(String::new());
    let behind_only = RwSignal::new(false);
    // A new order or filter starts from the first page again.
    let limit = RwSignal::new(PAGE);
    let first_page = move || limit.set(PAGE);
    let rows = Memo::new(move |_| {
        let filter = NameFilter::new(&filter.get());
        let mut rows: Vec<CommunityRow> = summary
            .get()
            .rows
            .into_iter()
            .filter(|r| filter.matches(&r.name))
            .filter(|r| !behind_only.get() || r.verdict != Verdict::Meets)
            .collect();
        match sort.get() {
            SortBy::Name => {}
            SortBy::Progress => sorting::sort_by(&mut rows, |a, b| {
                a.progress
                    .assessed_ratio()
                    .partial_cmp(&b.progress.assessed_ratio())
                    .unwrap_or(std::cmp::Ordering::Equal)
            }),
            SortBy::Score => sorting::sort_by(&mut rows, |a, b| {
                a.score_share
                    .partial_cmp(&b.score_share)
                    .unwrap_or(std::cmp::Ordering::Equal)
            }),
            SortBy::Overdue => {
                sorting::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.overdue_actions))
            }
        }
        rows
    });
    let shown =
        move || rows.with(|rows| rows.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let body = NodeRef::<leptos::html::Tbody>::new();
    let on_more = Callback::new(move |first_new: usize| {
        let selector = format!(":scope > tr:nth-child({}) a", first_new + 1);
        focus_on_next_frame(body.get_untracked().map(Into::into), selector);
    });
    let header = move |label: &'static str, by: SortBy| {
        view! {
            <th scope="col" aria-sort=move || (sort.get() == by).then_some("ascending")>
                <button type="button" class="link-button" on:click=move |_| { sort.set(by); first_page() }>{label}</button>
            </th>
        }
    };
    view! {
        <section class="card">
            <h2>{t.office.communities}</h2>
            <div class="table-tools">
                <div class="field">
                    <label for="office-filter">{t.office.filter}</label>
                    <input id="office-filter" type="search" on:input=move |ev| { filter.set(event_target_value(&ev)); first_page() } />
                </div>
                <label class="check"><input type="checkbox" on:change=move |ev| { behind_only.set(event_target_checked(&ev)); first_page() } />{t.office.behind_only}</label>
            </div>
            <div class="table-scroll">
                <table class="office-table" data-testid="office-table">
                    <thead><tr>
                        {header(t.office.col_name, SortBy::Name)}
                        {header(t.office.col_progress, SortBy::Progress)}
                        {header(t.office.col_score, SortBy::Score)}
                        <th scope="col">{t.office.col_verdict}</th>
                        <th scope="col">{t.office.col_inspection}</th>
                        <th scope="col">{t.office.col_export}</th>
                        <th scope="col">{t.office.col_conflicts}</th>
                        {header(t.office.col_actions, SortBy::Overdue)}
                    </tr></thead>
                    <tbody node_ref=body>
                        {move || shown().into_iter().map(|r| {
                            let href = Route::OfficeCommunity { community_id: r.community_id.clone() }.href();
                            let merged_in = state.workspace.with_untracked(|w| w.members_of(&r.community_id).len() - 1);
                            view! {
                                <tr data-community=r.community_id.to_string()>
                                    <th scope="row">
                                        <a href=href>{r.name.clone()}</a>
                                        {(merged_in > 0).then(|| view! { <small class="definition">{fill(t.merges.includes, &[("n", &merged_in.to_string())])}</small> })}
                                    </th>
                                    <td>{fill(t.progress_assessed, &[("assessed", &r.progress.assessed.to_string()), ("applicable", &r.progress.applicable.to_string())])}</td>
                                    <td>{texts().share(r.score_share)}</td>
                                    <td class:meets={r.verdict == Verdict::Meets}>{if r.verdict == Verdict::Meets { t.office.meets } else { t.office.not_yet }}</td>
                                    <td>{r.last_inspection.map(|d| d.to_string()).unwrap_or_else(|| "—".into())}</td>
                                    <td>{r.last_exported_at.map(|d| format_date_time(d, t.lang)).unwrap_or_else(|| "—".into())}</td>
                                    <td class:conflicts={r.open_conflicts > 0}>{r.open_conflicts.to_string()}</td>
                                    <td>{fill(t.office.actions_cell, &[("open", &r.open_actions.to_string()), ("overdue", &r.overdue_actions.to_string())])}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <ShowMore total=Signal::derive(move || rows.with(Vec::len)) limit=limit on_more=on_more />
        </section>
    }
}

#[component]
fn HeatMap(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    view! {
        <section class="card">
            <h2>{t.office.heat_map}</h2>
            <p class="muted">{t.office.heat_map_hint}</p>
            {move || summary.get().areas.into_iter().map(|area| view! {
                <h3>{format!("{}{}", area.title, t.aside(&fill(t.office.fail_counts, &[("not_met", &area.not_met.to_string()), ("partial", &area.partial.to_string())])))}</h3>
                <ul class="heat-map">
                    {area.items.into_iter().map(|item| {
                        let level = (item.not_met * 2 + item.partial).min(6);
                        view! {
                            <li class=format!("heat heat-{level}") data-item=item.item_id.to_string()>
                                <span>{item.title.clone()}</span>
                                <span class="heat-count">{fill(t.office.fail_counts, &[("not_met", &item.not_met.to_string()), ("partial", &item.partial.to_string())])}</span>
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
            <h2>{t.office.units}</h2>
            <p class="muted">{t.office.units_hint}</p>
            <div class="table-scroll">
                <table class="office-table" data-testid="unit-table">
                    <thead><tr>
                        <th scope="col">{t.responsible_units}</th>
                        <th scope="col">{t.rating_not_met}</th>
                        <th scope="col">{t.rating_partial}</th>
                        <th scope="col">{t.office.col_actions}</th>
                    </tr></thead>
                    <tbody>
                        {move || summary.get().units.into_iter().map(|u| view! {
                            <tr>
                                <th scope="row">{u.unit.clone().unwrap_or_else(|| t.office.units_other.to_string())}</th>
                                <td>{u.not_met_items.to_string()}</td>
                                <td>{u.partial_items.to_string()}</td>
                                <td>{fill(t.office.actions_cell, &[("open", &u.open_actions.to_string()), ("overdue", &u.overdue_actions.to_string())])}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
