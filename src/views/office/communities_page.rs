use leptos::prelude::*;

use crate::app::state::{use_app_state, AppState};
use crate::app::summaries::office_overview;
use crate::assessment::Verdict;
use crate::i18n::{desk_texts, fill, merge_texts, office_texts, residents_texts, texts};
use crate::office::{Column, CommunityRow, Shown, TableQuery};
use crate::routing::{OfficePage, Route};
use crate::views::office::office_frame::page_title;
use crate::views::office::satisfaction_cells::SatisfactionCells;
use crate::views::widgets::show_more::{ShowMore, PAGE};
use crate::web::modal_focus::focus_on_next_frame;
use crate::web::{format_date_time, navigate, replace_hash, today};

/// The office's table of communities: filtered by name and state, sorted
/// by any column, a page at a time. The filter and order live in the URL,
/// so a view of the table can be bookmarked or sent.
#[component]
pub fn CommunitiesPage(query: TableQuery) -> impl IntoView {
    let state = use_app_state();
    let overview = office_overview(state);
    // The page is not drawn anew when only its query changes (see
    // `Route::page`): it reads the query from the route, and keeps the one
    // it opened with while the route moves to another page.
    let query = Memo::new(move |_| match state.route.get() {
        Route::Office(OfficePage::Communities(query)) => query,
        _ => query.clone(),
    });
    let last_deadline = state.plan().with(|plan| plan.last_deadline_before(today()));
    let all_rows = Memo::new(move |_| {
        overview.with(|o| o.as_ref().map(|o| o.rows.clone()).unwrap_or_default())
    });
    let rows =
        Memo::new(move |_| query.with(|q| all_rows.with(|rows| q.apply(rows, last_deadline))));
    // A new filter or order starts from the first page again.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        query.track();
        limit.set(PAGE);
    });
    let heading = page_title(&OfficePage::Communities(TableQuery::default()));
    view! {
        <h1>{heading}</h1>
        <section class="card">
            <TableTools state=state query=query last_deadline=last_deadline />
            <p class="muted" role="status" data-testid="table-count">
                {move || match overview.with(Option::is_some) {
                    false => office_texts().summing_up.to_string(),
                    true => fill(desk_texts().table_count, &[("shown", &rows.with(Vec::len).to_string()), ("total", &all_rows.with(Vec::len).to_string())]),
                }}
            </p>
            <CommunityTable query=query rows=rows limit=limit />
        </section>
    }
}

/// The name filter (kept in the URL as it is typed, with no new history
/// entry) and the choice of state.
#[component]
fn TableTools(
    state: AppState,
    query: Memo<TableQuery>,
    last_deadline: Option<chrono::NaiveDate>,
) -> impl IntoView {
    let t = texts();
    let on_name = move |ev| {
        let name = event_target_value(&ev);
        let route = Route::Office(OfficePage::Communities(TableQuery {
            name,
            ..query.get_untracked()
        }));
        replace_hash(&route.href());
        state.route.set(route);
    };
    let on_show = move |ev| {
        let chosen = event_target_value(&ev);
        let show = Shown::ALL
            .into_iter()
            .find(|s| s.as_str() == chosen)
            .unwrap_or_default();
        navigate(
            &Route::Office(OfficePage::Communities(TableQuery {
                show,
                ..query.get_untracked()
            }))
            .href(),
        );
    };
    let deadline = last_deadline.map(|d| t.long_date(d)).unwrap_or_default();
    let show_label = move |show: Shown| match show {
        Shown::All => desk_texts().show_all.to_string(),
        Shown::Meets => desk_texts().show_meets.to_string(),
        Shown::NotYet => desk_texts().show_not_yet.to_string(),
        Shown::WithConflicts => desk_texts().show_conflicts.to_string(),
        Shown::WithOverdueActions => desk_texts().show_overdue.to_string(),
        Shown::NoFileSinceDeadline => fill(desk_texts().show_no_file, &[("date", &deadline)]),
    };
    view! {
        <div class="table-tools">
            <div class="field">
                <label for="office-filter">{t.name_filter}</label>
                <input id="office-filter" type="search" prop:value=move || query.with(|q| q.name.clone()) on:input=on_name />
            </div>
            <div class="field">
                <label for="office-show">{desk_texts().show_label}</label>
                <select id="office-show" on:change=on_show data-testid="office-show">
                    {Shown::ALL.into_iter()
                        .filter(|s| *s != Shown::NoFileSinceDeadline || last_deadline.is_some())
                        .map(|s| view! { <option value=s.as_str() selected=move || query.with(|q| q.show == s)>{show_label(s)}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
        <p class="muted">{desk_texts().sort_hint}</p>
    }
}

/// The rows asked for, a page at a time, under headers that sort.
#[component]
fn CommunityTable(
    query: Memo<TableQuery>,
    rows: Memo<Vec<CommunityRow>>,
    limit: RwSignal<usize>,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let shown =
        move || rows.with(|rows| rows.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let body = NodeRef::<leptos::html::Tbody>::new();
    let on_more = Callback::new(move |first_new: usize| {
        let selector = format!(":scope > tr:nth-child({}) a", first_new + 1);
        focus_on_next_frame(body.get_untracked().map(Into::into), selector);
    });
    let header = move |label: &'static str, column: Column| {
        let sorted = move || {
            query.with(|q| {
                (q.sort == column).then_some(if q.descending {
                    "descending"
                } else {
                    "ascending"
                })
            })
        };
        let href = move || {
            Route::Office(OfficePage::Communities(query.with(|q| q.sorted_by(column)))).href()
        };
        view! {
            <th scope="col" aria-sort=sorted>
                <a class="sort-link" href=href data-column=column.as_str()>{label}</a>
            </th>
        }
    };
    view! {
        <div class="table-scroll">
            <table class="office-table communities-table" data-testid="office-table">
                <thead><tr>
                    {header(office_texts().col_name, Column::Name)}
                    {header(office_texts().col_progress, Column::Progress)}
                    {header(office_texts().col_score, Column::Score)}
                    {header(office_texts().col_verdict, Column::Verdict)}
                    {header(office_texts().col_inspection, Column::Inspection)}
                    {header(office_texts().col_export, Column::Export)}
                    {header(office_texts().col_conflicts, Column::Conflicts)}
                    {header(office_texts().col_actions, Column::Actions)}
                    <th scope="col">{residents_texts().col_rate}</th>
                    <th scope="col">{residents_texts().col_poll}</th>
                </tr></thead>
                <tbody node_ref=body>
                    {move || shown().into_iter().map(|r| {
                        let href = Route::OfficeCommunity { community_id: r.community_id.clone() }.href();
                        let merged_in = state.workspace.with_untracked(|w| w.members_of(&r.community_id).len() - 1);
                        view! {
                            <tr data-community=r.community_id.to_string()>
                                <th scope="row" class="community-cell">
                                    <a href=href>{r.name.clone()}</a>
                                    {(merged_in > 0).then(|| view! { <small class="definition">{fill(merge_texts().includes, &[("n", &merged_in.to_string())])}</small> })}
                                </th>
                                <td>{fill(t.progress_assessed, &[("assessed", &r.progress.assessed.to_string()), ("applicable", &r.progress.applicable.to_string())])}</td>
                                <td>{texts().share(r.score_share)}</td>
                                <td class:meets={r.verdict == Verdict::Meets}>{if r.verdict == Verdict::Meets { office_texts().meets } else { office_texts().not_yet }}</td>
                                <td>{r.last_inspection.map(|d| d.to_string()).unwrap_or_else(|| "—".into())}</td>
                                <td>{r.last_exported_at.map(|d| format_date_time(d, t.lang)).unwrap_or_else(|| "—".into())}</td>
                                <td class:conflicts={r.open_conflicts > 0}>{r.open_conflicts.to_string()}</td>
                                <td>{fill(office_texts().actions_cell, &[("open", &r.open_actions.to_string()), ("overdue", &r.overdue_actions.to_string())])}</td>
                                <SatisfactionCells row=r.clone() />
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <ShowMore total=Signal::derive(move || rows.with(Vec::len)) limit=limit on_more=on_more />
    }
}
