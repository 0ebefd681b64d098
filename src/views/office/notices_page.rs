use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::app::commands::{list_this_device_as_office, store_evaluation};
use crate::app::state::use_app_state;
use crate::evaluation::{
    notice_ends, EvaluationRecords, Naming, NoticeError, Objection, Publicity, Standing,
    DEFAULT_NOTICE_DAYS,
};
use crate::i18n::{evaluation_texts, fill};
use crate::ids::{CommunityId, NoticeId};
use crate::routing::Route;
use crate::web::{now, random_id, today};

/// 公示 and 命名 for this year: the communities that passed the 复核, the
/// notice (dates and telephone, defaults said as such), objections that
/// withdraw a community, and the naming after the period.
#[component]
pub fn NoticesPage() -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let year = now().year();
    let passed = Memo::new(move |_| {
        state.workspace.with(|w| {
            let records = &w.records.evaluation;
            records
                .communities_submitted(year)
                .into_iter()
                .filter(|id| Standing::of(records, id, year).passed())
                .collect::<Vec<_>>()
        })
    });
    let latest = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.records
                .evaluation
                .publicities
                .iter()
                .filter(|p| p.year == year)
                .max_by_key(|p| (p.made_at, p.id.clone()))
                .cloned()
        })
    });
    view! {
        <h1>{e.menu_notices}</h1>
        <p class="muted">{e.notice_intro}</p>
        <section class="card" data-testid="passed">
            <h2>{move || fill(e.passed_heading, &[("year", &year.to_string()), ("n", &passed.with(Vec::len).to_string())])}</h2>
            <ul class="plain-list">{move || passed.get().into_iter().map(|id| view! { <li>{community_name(id)}</li> }).collect_view()}</ul>
            <Show when=move || latest.with(Option::is_none) && !passed.with(Vec::is_empty)>
                <OpenNotice communities=passed.get_untracked() year=year />
            </Show>
        </section>
        {move || latest.get().map(|publicity| view! { <NoticeCard publicity=publicity /> })}
    }
}

fn community_name(id: CommunityId) -> String {
    use_app_state().workspace.with_untracked(|w| {
        w.community(&id)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| id.to_string())
    })
}

/// Publishing the notice: dates (seven days by default) and the telephone
/// for objections (the office's, from the plan, by default).
#[component]
fn OpenNotice(communities: Vec<CommunityId>, year: i32) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let starts = RwSignal::new(today().to_string());
    let ends = RwSignal::new(notice_ends(today(), DEFAULT_NOTICE_DAYS).to_string());
    let contact = RwSignal::new(
        state
            .plan_untracked()
            .with(|p| p.organisation.office.phone.clone()),
    );
    let error = RwSignal::new(None::<&'static str>);
    let communities = StoredValue::new(communities);
    let publish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let publicity = Publicity {
            id: random_id(),
            year,
            starts_on: date_of(&starts.get_untracked()),
            ends_on: date_of(&ends.get_untracked()),
            contact: contact.get_untracked().trim().to_string(),
            communities: communities.get_value(),
            made_at: now(),
            device_id: state.workspace.with_untracked(|w| w.device_id.clone()),
        };
        if let Err(why) = publicity.check() {
            error.set(Some(notice_error(&why)));
            return;
        }
        list_this_device_as_office(state, e.this_device);
        store_evaluation(
            state,
            EvaluationRecords {
                publicities: vec![publicity],
                ..Default::default()
            },
            || {},
        );
    };
    view! {
        <form class="stack" on:submit=publish data-testid="open-notice">
            <label class="field"><span>{e.starts_on}</span>
                <input type="date" prop:value=move || starts.get() on:input=move |ev| {
                    starts.set(event_target_value(&ev));
                    ends.set(notice_ends(date_of(&starts.get_untracked()), DEFAULT_NOTICE_DAYS).to_string());
                } data-testid="notice-start" />
            </label>
            <label class="field"><span>{e.ends_on}</span>
                <input type="date" prop:value=move || ends.get() on:input=move |ev| ends.set(event_target_value(&ev)) data-testid="notice-end" />
            </label>
            <label class="field"><span>{e.contact}</span>
                <input type="text" prop:value=move || contact.get() on:input=move |ev| contact.set(event_target_value(&ev)) data-testid="notice-contact" />
            </label>
            <button type="submit" class="button button-primary" data-testid="publish-notice">{e.open_notice}</button>
            {move || error.get().map(|why| view! { <p class="field-error" role="alert">{why}</p> })}
        </form>
    }
}

/// The notice as it stands: its line, each community listed or withdrawn,
/// objections, the print link, and the naming.
#[component]
fn NoticeCard(publicity: Publicity) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let line = fill(
        e.notice_line,
        &[
            ("start", &publicity.starts_on.to_string()),
            ("end", &publicity.ends_on.to_string()),
            ("n", &publicity.communities.len().to_string()),
            ("contact", &publicity.contact),
        ],
    );
    let id = StoredValue::new(publicity.id.clone());
    let objections = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.records
                .evaluation
                .objections
                .iter()
                .filter(|o| o.publicity_id == id.get_value())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let naming = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.records
                .evaluation
                .namings
                .iter()
                .find(|n| n.publicity_id == id.get_value())
                .cloned()
        })
    });
    let publicity = StoredValue::new(publicity);
    let rows = move || {
        publicity.with_value(|p| p.communities.clone()).into_iter().map(|community| {
            let withdrawn = objections.with(|list| list.iter().find(|o| o.community_id == community).map(|o| o.reason.clone()));
            let name = community_name(community.clone());
            view! {
                <li data-testid="notice-community">
                    {name}
                    {match withdrawn {
                        Some(reason) => view! { " · "<span class="muted" data-testid="withdrawn">{fill(e.withdrawn, &[("reason", &reason)])}</span> }.into_any(),
                        None if naming.with(Option::is_none) => view! { <ObjectionForm publicity=publicity.get_value() community_id=community /> }.into_any(),
                        None => ().into_any(),
                    }}
                </li>
            }
        }).collect_view()
    };
    view! {
        <section class="card" data-testid="notice">
            <h2>{e.notice_heading}</h2>
            <p data-testid="notice-line">{line}</p>
            <ul class="plain-list">{rows}</ul>
            <a class="button" href=Route::NoticeList { named: false }.href() data-testid="print-notice">{e.print_notice}</a>
        </section>
        <section class="card" data-testid="naming">
            <h2>{e.naming_heading}</h2>
            {move || match naming.get() {
                Some(n) => view! {
                    <p data-testid="named-line">{fill(e.named_heading, &[("document", &n.document_number), ("date", &n.named_on.to_string())])}</p>
                    <ul class="plain-list">{n.communities.iter().map(|c| view! { <li>{community_name(c.clone())}</li> }).collect_view()}</ul>
                    <a class="button" href=Route::NoticeList { named: true }.href() data-testid="print-named">{e.print_named}</a>
                }.into_any(),
                None => view! { <NamingForm publicity=publicity.get_value() objections=objections.get() /> }.into_any(),
            }}
        </section>
    }
}

/// An objection to one community: what it says and when it came.
#[component]
fn ObjectionForm(publicity: Publicity, community_id: CommunityId) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let open = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let received = RwSignal::new(today().to_string());
    let error = RwSignal::new(None::<&'static str>);
    let (publicity, community_id) = (StoredValue::new(publicity), StoredValue::new(community_id));
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let objection = Objection {
            id: random_id::<NoticeId>(),
            publicity_id: publicity.with_value(|p| p.id.clone()),
            community_id: community_id.get_value(),
            received_on: date_of(&received.get_untracked()),
            reason: reason.get_untracked().trim().to_string(),
            made_at: now(),
            device_id: state.workspace.with_untracked(|w| w.device_id.clone()),
        };
        if let Err(why) = publicity.with_value(|p| objection.check(p)) {
            error.set(Some(notice_error(&why)));
            return;
        }
        store_evaluation(
            state,
            EvaluationRecords {
                objections: vec![objection],
                ..Default::default()
            },
            || {},
        );
    };
    view! {
        " "
        <Show when=move || open.get() fallback=move || view! {
            <button type="button" class="button" on:click=move |_| open.set(true) data-testid="object">{e.objection}</button>
        }>
            <form class="stack" on:submit=record>
                <label class="field"><span>{e.objection_reason}</span>
                    <input type="text" maxlength="500" on:input=move |ev| reason.set(event_target_value(&ev)) data-testid="objection-reason" />
                </label>
                <label class="field"><span>{e.received_on}</span>
                    <input type="date" prop:value=move || received.get() on:input=move |ev| received.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="button button-primary" data-testid="record-objection">{e.objection}</button>
                {move || error.get().map(|why| view! { <p class="field-error" role="alert">{why}</p> })}
            </form>
        </Show>
    }
}

/// The naming after the notice: its date and document number; the
/// communities still listed are named.
#[component]
fn NamingForm(publicity: Publicity, objections: Vec<Objection>) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let named_on = RwSignal::new(today().to_string());
    let document = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let (publicity, objections) = (StoredValue::new(publicity), StoredValue::new(objections));
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let naming = Naming {
            id: random_id(),
            publicity_id: publicity.with_value(|p| p.id.clone()),
            named_on: date_of(&named_on.get_untracked()),
            document_number: document.get_untracked().trim().to_string(),
            communities: objections.with_value(|o| publicity.with_value(|p| p.listed(o))),
            made_at: now(),
            device_id: state.workspace.with_untracked(|w| w.device_id.clone()),
        };
        let checked = objections.with_value(|o| publicity.with_value(|p| naming.check(p, o)));
        if let Err(why) = checked {
            error.set(Some(notice_error(&why)));
            return;
        }
        store_evaluation(
            state,
            EvaluationRecords {
                namings: vec![naming],
                ..Default::default()
            },
            || {},
        );
    };
    view! {
        <form class="stack" on:submit=record data-testid="naming-form">
            <label class="field"><span>{e.named_on}</span>
                <input type="date" prop:value=move || named_on.get() on:input=move |ev| named_on.set(event_target_value(&ev)) data-testid="named-on" />
            </label>
            <label class="field"><span>{e.document_number}</span>
                <input type="text" maxlength="60" on:input=move |ev| document.set(event_target_value(&ev)) data-testid="document-number" />
            </label>
            <button type="submit" class="button button-primary" data-testid="record-naming">{e.record_naming}</button>
            {move || error.get().map(|why| view! { <p class="field-error" role="alert" data-testid="naming-error">{why}</p> })}
        </form>
    }
}

fn date_of(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|_| today())
}

fn notice_error(error: &NoticeError) -> &'static str {
    let e = evaluation_texts();
    match error {
        NoticeError::EndsBeforeStart => e.error_dates,
        NoticeError::NoContact => e.error_contact,
        NoticeError::NoReason => e.error_reason,
        NoticeError::NamedTooEarly => e.naming_too_early,
        NoticeError::NoDocumentNumber => e.error_document,
        NoticeError::NoCommunities | NoticeError::NotListed(_) => e.error_other,
    }
}
