use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands::{add_to_roster, RosterAdded};
use crate::app::state::use_app_state;
use crate::city::{parse_name_list, parse_roster_csv, RowError};
use crate::i18n::{city_texts, fill};
use crate::views::office::roster_table::RosterTable;
use crate::views::office::unmatched_communities::UnmatchedCommunities;
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
    let state = use_app_state();
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<RosterOutcome>);
    let refused = |heading: String, errors: Vec<RowError>| RosterOutcome::Refused {
        heading,
        rows: errors
            .iter()
            .map(|e| city_texts().roster_row_error(e))
            .collect(),
    };
    let add_pasted = move |_| {
        let result = match parse_name_list(&pasted.get_untracked()) {
            Ok(entries) => {
                pasted.set(String::new());
                RosterOutcome::Added(add_to_roster(state, entries, false))
            }
            Err(errors) => refused(city_texts().roster_refused_list.to_string(), errors),
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
                    heading: city_texts().roster_unreadable_file.to_string(),
                    rows: Vec::new(),
                },
                Some(text) => match parse_roster_csv(&text) {
                    Ok(entries) => RosterOutcome::Added(add_to_roster(state, entries, true)),
                    Err(errors) => refused(
                        fill(city_texts().roster_refused_file, &[("file", &name)]),
                        errors,
                    ),
                },
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <section class="card" data-testid="roster">
            <h2>{city_texts().roster_title}</h2>
            <p class="muted">{city_texts().roster_explain}</p>
            <div class="field">
                <label for="roster-paste">{city_texts().roster_paste_label}</label>
                <textarea id="roster-paste" rows="4" prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <div class="button-row">
                <button type="button" class="button" on:click=add_pasted>{city_texts().roster_paste_add}</button>
                <label class="button file-button">
                    {city_texts().roster_csv_pick}
                    <input type="file" accept=".csv,text/csv" class="visually-hidden"
                        data-testid="roster-csv" on:change=import_csv />
                </label>
            </div>
            <p class="field-hint">{city_texts().roster_csv_hint}</p>
            <RosterOutcomeView outcome=outcome />
            <RosterTable />
            <UnmatchedCommunities />
        </section>
    }
}

#[component]
fn RosterOutcomeView(outcome: RwSignal<Option<RosterOutcome>>) -> impl IntoView {
    move || {
        outcome.get().map(|o| match o {
            RosterOutcome::Added(counts) => view! {
                <p role="status" data-testid="roster-outcome">{fill(city_texts().roster_added, &[("added", &counts.added.to_string()), ("updated", &counts.updated.to_string())])}</p>
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
