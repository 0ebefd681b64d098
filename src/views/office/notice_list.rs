use chrono::Datelike;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::i18n::{evaluation_texts, fill, texts};
use crate::routing::{OfficePage, Route};
use crate::views::reports::page_furniture::PageFurnitureStyle;
use crate::web::now;

/// The printable A4 公示名单 (or, `named`, 命名名单) of this year's latest
/// notice: the office's name, the dates, the telephone for objections and
/// the communities, with their street from the roster.
#[component]
pub fn NoticeList(named: bool) -> impl IntoView {
    let t = texts();
    let e = evaluation_texts();
    let state = use_app_state();
    let year = now().year();
    let office = state
        .plan_untracked()
        .with(|p| p.organisation.office.clone());
    let found = state.workspace.with_untracked(|w| {
        let records = &w.records.evaluation;
        let publicity = records
            .publicities
            .iter()
            .filter(|p| p.year == year)
            .max_by_key(|p| (p.made_at, p.id.clone()))?
            .clone();
        let naming = records
            .namings
            .iter()
            .find(|n| n.publicity_id == publicity.id)
            .cloned();
        let listed = publicity.listed(&records.objections);
        Some((publicity, naming, listed))
    });
    let back = view! {
        <div class="no-print button-row">
            <a class="button" href=Route::Office(OfficePage::Notices).href()>{"← "}{e.menu_notices}</a>
            <button type="button" class="button button-primary" on:click=move |_| { let _ = window().print(); }>{t.print}</button>
        </div>
    };
    let Some((publicity, naming, listed)) = found else {
        let title = fill(e.print_notice_title, &[("year", &year.to_string())]);
        return view! { {back}<h1>{title}</h1><p class="card">{e.no_notice}</p> }.into_any();
    };
    let (title, body, communities) = match (named, naming) {
        (true, Some(n)) => (
            fill(e.print_named_title, &[("year", &year.to_string())]),
            fill(
                e.print_named_body,
                &[
                    ("document", &n.document_number),
                    ("date", &n.named_on.to_string()),
                ],
            ),
            n.communities.clone(),
        ),
        _ => (
            fill(e.print_notice_title, &[("year", &year.to_string())]),
            fill(
                e.print_notice_body,
                &[
                    ("start", &publicity.starts_on.to_string()),
                    ("end", &publicity.ends_on.to_string()),
                    ("office", &office.name),
                    ("contact", &publicity.contact),
                ],
            ),
            listed,
        ),
    };
    let rows = state.city.with_untracked(|city| {
        state.workspace.with_untracked(|w| {
            communities
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let name = w.community(id).map(|c| c.name.clone()).unwrap_or_else(|| id.to_string());
                    let street = city
                        .roster
                        .entries
                        .iter()
                        .find(|entry| entry.matched.contains(id) || entry.name == name)
                        .map(|entry| entry.street.clone())
                        .unwrap_or_default();
                    view! { <tr data-testid="listed"><td>{i + 1}</td><td>{name}</td><td>{street}</td></tr> }
                })
                .collect_view()
        })
    });
    view! {
        {back}
        <PageFurnitureStyle head=title.clone() />
        <article class="report" data-testid="notice-list">
            <h1>{title}</h1>
            <p>{body}</p>
            <table class="report-table">
                <thead><tr><th scope="col">{e.col_number}</th><th scope="col">{e.col_community}</th><th scope="col">{e.col_street}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="signature">{office.name.clone()}</p>
            <p class="signature">{now().date_naive().to_string()}</p>
        </article>
    }
    .into_any()
}
