use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::app::summaries::{city_progress_now, office_overview};
use crate::city::likely_duplicates;
use crate::i18n::{desk_texts, fill, office_texts, texts};
use crate::office::{OfficeSummary, Shown, TableQuery};
use crate::routing::{OfficePage, Route};
use crate::views::office::city_totals::CityFiguresCard;
use crate::views::reports::funnel_card::evaluation_funnel_of;
use crate::views::widgets::next_deadline::NextDeadline;
use crate::views::widgets::progress_chart::ProgressChart;
use crate::web::today;
use chrono::Datelike;

/// The office's first page: the city against the 70% line, its progress
/// over time, the next deadline and what needs attention, each leading to
/// the page where it is dealt with.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = use_app_state();
    let overview = office_overview(state);
    let ready = move || overview.with(Option::is_some);
    let summary = Memo::new(move |_| overview.get().unwrap_or_default());
    let points = Memo::new(move |_| city_progress_now(state));
    let waiting = move || view! { <p class="muted" role="status">{office_texts().summing_up}</p> };
    view! {
        <h1>{office_texts().title}</h1>
        <NextDeadline />
        <div class="overview-grid">
            <CityFiguresCard overview=overview />
            <section class="card">
                <h2>{desk_texts().chart_title}</h2>
                {move || match points.get() {
                    Some(points) => view! { <ProgressChart points=points /> }.into_any(),
                    None => waiting().into_any(),
                }}
            </section>
            {move || overview.get().map(|o| evaluation_funnel_of(state, &o.totals, today().year()))}
            <section class="card attention" data-testid="attention">
                <h2>{desk_texts().attention_title}</h2>
                <Show when=ready fallback=waiting>
                    <Attention summary=summary />
                </Show>
            </section>
        </div>
    }
}

/// What the office should see to: each a count and a link to its page.
#[component]
fn Attention(summary: Memo<OfficeSummary>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let today = today();
    let last_deadline = state.plan().with(|plan| plan.last_deadline_before(today));
    let duplicates = Memo::new(move |_| {
        state
            .workspace
            .with(|w| state.city.with(|c| likely_duplicates(w, &c.roster).len()))
    });
    let table = |show: Shown| {
        Route::Office(OfficePage::Communities(TableQuery {
            show,
            ..TableQuery::default()
        }))
        .href()
    };
    let items = move || {
        let summary = summary.get();
        // A state of the table: how many communities are in it, and the
        // table showing just those.
        let in_table = |show: Shown| {
            let n = summary
                .rows
                .iter()
                .filter(|r| show.includes(r, last_deadline))
                .count();
            (n, table(show))
        };
        let deadline = last_deadline.map(|d| t.long_date(d)).unwrap_or_default();
        let desk = desk_texts();
        let merges = Route::Office(OfficePage::Merges).href();
        let roster = Route::Office(OfficePage::Roster).href();
        [
            (
                fill(desk.attention_no_file, &[("date", &deadline)]),
                in_table(Shown::NoFileSinceDeadline),
            ),
            (
                desk.attention_duplicates.to_string(),
                (duplicates.get(), merges),
            ),
            (
                desk.attention_unmatched.to_string(),
                (summary.totals.not_on_roster, roster),
            ),
            (
                desk.attention_conflicts.to_string(),
                in_table(Shown::WithConflicts),
            ),
            (
                desk.attention_overdue.to_string(),
                in_table(Shown::WithOverdueActions),
            ),
        ]
        .into_iter()
        .filter(|(_, (n, _))| *n > 0)
        .map(|(template, (n, href))| (fill(&template, &[("n", &n.to_string())]), href))
        .collect::<Vec<_>>()
    };
    view! {
        {move || {
            let items = items();
            if items.is_empty() {
                return view! { <p class="muted">{desk_texts().attention_none}</p> }.into_any();
            }
            view! {
                <ul class="attention-list">
                    {items.into_iter().map(|(text, href)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
