use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::{
    add_to_roster, edit_roster_entry, match_to_roster, remove_roster_entry, RosterAdded,
};
use crate::app::state::use_app_state;
use crate::city::{parse_name_list, parse_roster_csv, RosterEntry, RowError};
use crate::i18n::{fill, texts};
use crate::web::{file_text_utf8_or_gbk, take_picked_files};

/// What the last paste or file did: added and updated, or refused with
/// every bad row.
#[derive(Clone, Debug, PartialEq)]
enum RosterOutcome {
    Added(RosterAdded),
    Refused { heading: String, rows: Vec<String> },
}

/// The office's roster: paste names or import a CSV (UTF-8 or GBK), edit
/// each entry, and match the imported communities that are on no entry.
#[component]
pub fn RosterPanel() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<RosterOutcome>);
    let refused = |heading: String, errors: Vec<RowError>| RosterOutcome::Refused {
        heading,
        rows: errors.iter().map(|e| texts().roster_row_error(e)).collect(),
    };
    let add_pasted = move |_| {
        let result = match parse_name_list(&pasted.get_untracked()) {
            Ok(entries) => {
                pasted.set(String::new());
                RosterOutcome::Added(add_to_roster(state, entries, false))
            }
            Err(errors) => refused(t.city.roster_refused_list.to_string(), errors),
        };
        outcome.set(Some(result));
    };
    let import_csv = move |ev: leptos::ev::Event| {
        let Some(file) = take_picked_files(&ev).into_iter().next() else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let result = match file_text_utf8_or_gbk(&file).await {
                None => RosterOutcome::Refused {
                    heading: t.city.roster_unreadable_file.to_string(),
                    rows: Vec::new(),
                },
                Some(text) => match parse_roster_csv(&text) {
                    Ok(entries) => RosterOutcome::Added(add_to_roster(state, entries, true)),
                    Err(errors) => {
                        refused(fill(t.city.roster_refused_file, &[("file", &name)]), errors)
                    }
                },
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <section class="card" data-testid="roster">
            <h2>{t.city.roster_title}</h2>
            <p class="muted">{t.city.roster_explain}</p>
            <div class="field">
                <label for="roster-paste">{t.city.roster_paste_label}</label>
                <textarea id="roster-paste" rows="4" prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <div class="button-row">
                <button type="button" class="button" on:click=add_pasted>{t.city.roster_paste_add}</button>
                <label class="button file-button">
                    {t.city.roster_csv_pick}
                    <input type="file" accept=".csv,text/csv" class="visually-hidden"
                        data-testid="roster-csv" on:change=import_csv />
                </label>
            </div>
            <p class="field-hint">{t.city.roster_csv_hint}</p>
            <RosterOutcomeView outcome=outcome />
            <RosterTable />
            <UnmatchedCommunities />
        </section>
    }
}

#[component]
fn RosterOutcomeView(outcome: RwSignal<Option<RosterOutcome>>) -> impl IntoView {
    let t = texts();
    move || {
        outcome.get().map(|o| match o {
            RosterOutcome::Added(counts) => view! {
                <p role="status" data-testid="roster-outcome">{fill(t.city.roster_added, &[("added", &counts.added.to_string()), ("updated", &counts.updated.to_string())])}</p>
            }
            .into_any(),
            RosterOutcome::Refused { heading, rows } => view! {
                <div class="field-error" role="alert" data-testid="roster-outcome">
                    <p>{heading}</p>
                    <ul>{rows.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        })
    }
}

/// Every entry, editable: in scope, joined on, demonstration; removable.
#[component]
fn RosterTable() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let entries = Memo::new(move |_| state.city.with(|c| c.roster.entries.clone()));
    view! {
        <Show when=move || entries.with(|e| !e.is_empty())
            fallback=move || view! { <p class="muted" data-testid="roster-empty">{t.city.roster_empty}</p> }>
            <div class="table-scroll">
                <table class="office-table" data-testid="roster-table">
                    <thead><tr>
                        <th scope="col">{t.city.col_name}</th>
                        <th scope="col">{t.city.col_street}</th>
                        <th scope="col">{t.city.col_in_scope}</th>
                        <th scope="col">{t.city.col_joined}</th>
                        <th scope="col">{t.city.col_demonstration}</th>
                        <th scope="col"><span class="visually-hidden">{t.city.remove}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || entries.get().into_iter().enumerate().map(|(index, entry)| roster_row(index, entry)).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

fn roster_row(index: usize, entry: RosterEntry) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let name = entry.name.clone();
    let labelled = move |column: &str| format!("{name} {column}");
    view! {
        <tr data-roster-entry=entry.name.clone()>
            <th scope="row">{entry.name.clone()}</th>
            <td>{entry.street.clone()}</td>
            <td><input type="checkbox" prop:checked=entry.in_scope aria-label=labelled(t.city.col_in_scope)
                on:change=move |ev| { let on = event_target_checked(&ev); edit_roster_entry(state, index, move |e| e.in_scope = on) } /></td>
            <td><input type="date" prop:value=entry.joined_on.map(|d| d.to_string()).unwrap_or_default() aria-label=labelled(t.city.col_joined)
                on:change=move |ev| { let day = event_target_value(&ev).parse().ok(); edit_roster_entry(state, index, move |e| e.joined_on = day) } /></td>
            <td><input type="checkbox" prop:checked=entry.demonstration aria-label=labelled(t.city.col_demonstration)
                on:change=move |ev| { let on = event_target_checked(&ev); edit_roster_entry(state, index, move |e| e.demonstration = on) } /></td>
            <td><button type="button" class="link-button" aria-label=fill(t.city.remove_label, &[("name", &entry.name)])
                on:click=move |_| remove_roster_entry(state, index)>{t.city.remove}</button></td>
        </tr>
    }
}

/// Imported communities on no roster entry: match each to an entry, or
/// add it to the roster under its own name.
#[component]
fn UnmatchedCommunities() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let unmatched = Memo::new(move |_| {
        state.workspace.with(|w| {
            let matched = state
                .city
                .with(|c| c.roster.match_communities(w.shown_communities()));
            matched
                .unmatched
                .iter()
                .filter_map(|id| w.communities.get(id).cloned())
                .collect::<Vec<_>>()
        })
    });
    let names = Memo::new(move |_| {
        state.city.with(|c| {
            c.roster
                .entries
                .iter()
                .map(|e| e.name.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || unmatched.with(|u| !u.is_empty())>
            <h3>{t.city.unmatched_title}</h3>
            <p class="muted">{t.city.unmatched_explain}</p>
            <ul class="unmatched" data-testid="unmatched">
                {move || unmatched.get().into_iter().map(|community| {
                    let choice = RwSignal::new(0usize);
                    let id = StoredValue::new(community.id.clone());
                    let name = StoredValue::new(community.name.clone());
                    let select_id = format!("match-{}", community.id);
                    view! {
                        <li data-community=community.id.to_string()>
                            <strong>{community.name.clone()}</strong>
                            <Show when=move || names.with(|n| !n.is_empty())>
                                <label for=select_id.clone()>{t.city.unmatched_match_label}</label>
                                <select id=select_id.clone() on:change=move |ev| choice.set(event_target_value(&ev).parse().unwrap_or(0))>
                                    {move || names.get().into_iter().enumerate().map(|(i, n)| view! { <option value=i.to_string()>{n}</option> }).collect_view()}
                                </select>
                                <button type="button" class="button" on:click=move |_| match_to_roster(state, id.get_value(), choice.get_untracked())>{t.city.unmatched_match}</button>
                            </Show>
                            <button type="button" class="button" on:click=move |_| {
                                add_to_roster(state, vec![RosterEntry::named(&name.get_value())], false);
                            }>{t.city.unmatched_add}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}
