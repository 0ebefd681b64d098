use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::commands::{edit_roster_entry, remove_roster_entry};
use crate::app::state::use_app_state;
use crate::city::{roster_key, RosterEntry};
use crate::i18n::{city_texts, fill};
use crate::views::widgets::show_more::{ShowMore, PAGE};
use crate::web::modal_focus::focus_on_next_frame;

/// Every entry, editable: in scope, joined on, demonstration; removable.
/// It draws a page of rows at a time, and an edit redraws no row: each
/// row's cells follow its own entry.
#[component]
pub fn RosterTable() -> impl IntoView {
    let state = use_app_state();
    let keys = Memo::new(move |_| {
        state.city.with(|c| {
            c.roster
                .entries
                .iter()
                .map(|e| roster_key(&e.name))
                .collect::<Vec<_>>()
        })
    });
    let by_key = Memo::new(move |_| {
        state.city.with(|c| {
            let mut by_key = BTreeMap::new();
            for entry in &c.roster.entries {
                by_key.insert(roster_key(&entry.name), entry.clone());
            }
            by_key
        })
    });
    let limit = RwSignal::new(PAGE);
    let shown = move || keys.with(|k| k.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let body = NodeRef::<leptos::html::Tbody>::new();
    let on_more = Callback::new(move |first_new: usize| {
        let selector = format!(":scope > tr:nth-child({}) input", first_new + 1);
        focus_on_next_frame(body.get_untracked().map(Into::into), selector);
    });
    view! {
        <Show when=move || keys.with(|k| !k.is_empty())
            fallback=move || view! { <p class="muted" data-testid="roster-empty">{city_texts().roster_empty}</p> }>
            <div class="table-scroll">
                <table class="office-table" data-testid="roster-table">
                    <thead><tr>
                        <th scope="col">{city_texts().col_name}</th>
                        <th scope="col">{city_texts().col_street}</th>
                        <th scope="col">{city_texts().col_in_scope}</th>
                        <th scope="col">{city_texts().col_joined}</th>
                        <th scope="col">{city_texts().col_demonstration}</th>
                        <th scope="col"><span class="visually-hidden">{city_texts().remove}</span></th>
                    </tr></thead>
                    <tbody node_ref=body>
                        <For each=shown key=|key| key.clone() let:key>
                            <RosterRow entry=Memo::new(move |_| by_key.with(|m| m.get(&key).cloned())) />
                        </For>
                    </tbody>
                </table>
            </div>
            <ShowMore total=Signal::derive(move || keys.with(Vec::len)) limit=limit on_more=on_more />
        </Show>
    }
}

/// One entry's row. Its inputs stay in place while the entry changes, so
/// the focus stays where the office works.
#[component]
fn RosterRow(entry: Memo<Option<RosterEntry>>) -> impl IntoView {
    let state = use_app_state();
    let name = move || entry.with(|e| e.as_ref().map(|e| e.name.clone()).unwrap_or_default());
    let field =
        move |read: fn(&RosterEntry) -> bool| move || entry.with(|e| e.as_ref().is_some_and(read));
    let labelled = move |column: &'static str| move || format!("{} {column}", name());
    let edit =
        move |change: Box<dyn FnOnce(&mut RosterEntry)>| edit_roster_entry(state, &name(), change);
    let joined = move || {
        entry.with(|e| {
            e.as_ref()
                .and_then(|e| e.joined_on)
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <tr data-roster-entry=name>
            <th scope="row">{name}</th>
            <td>{move || entry.with(|e| e.as_ref().map(|e| e.street.clone()))}</td>
            <td><input type="checkbox" prop:checked=field(|e| e.in_scope) aria-label=labelled(city_texts().col_in_scope)
                on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |e| e.in_scope = on)) } /></td>
            <td><input type="date" prop:value=joined aria-label=labelled(city_texts().col_joined)
                on:change=move |ev| { let day = event_target_value(&ev).parse().ok(); edit(Box::new(move |e| e.joined_on = day)) } /></td>
            <td><input type="checkbox" prop:checked=field(|e| e.demonstration) aria-label=labelled(city_texts().col_demonstration)
                on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |e| e.demonstration = on)) } /></td>
            <td><button type="button" class="link-button" aria-label=move || fill(city_texts().remove_label, &[("name", &name())])
                on:click=move |_| remove_roster_entry(state, &name())>{city_texts().remove}</button></td>
        </tr>
    }
}
