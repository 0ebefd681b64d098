use leptos::prelude::*;

use crate::app::commands::{add_to_roster, match_to_roster};
use crate::app::state::use_app_state;
use crate::city::RosterEntry;
use crate::community::Community;
use crate::i18n::{city_texts, fill};
use crate::views::widgets::show_more::{ShowMore, PAGE};
use crate::web::modal_focus::focus_on_next_frame;

/// Imported communities on no roster entry: match each to an entry no
/// imported community counts on yet, or add it to the roster under its own
/// name. A page of them at a time.
#[component]
pub fn UnmatchedCommunities() -> impl IntoView {
    let state = use_app_state();
    let matching = Memo::new(move |_| {
        state.workspace.with(|w| {
            state
                .city
                .with(|c| c.roster.match_communities(w.shown_communities()))
        })
    });
    let unmatched = Memo::new(move |_| {
        matching.with(|m| {
            state.workspace.with(|w| {
                m.unmatched
                    .iter()
                    .filter_map(|id| w.communities.get(id).cloned())
                    .collect::<Vec<_>>()
            })
        })
    });
    // The entries a community could still be matched to.
    let open_entries = Memo::new(move |_| {
        matching.with(|m| {
            let taken = crate::sorting::set_of(m.entry_of.values().copied());
            state.city.with(|c| {
                c.roster
                    .entries
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !taken.contains(i))
                    .map(|(_, e)| e.name.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let limit = RwSignal::new(PAGE);
    let shown = move || unmatched.with(|u| u.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let list = NodeRef::<leptos::html::Ul>::new();
    let on_more = Callback::new(move |first_new: usize| {
        let selector = format!(
            ":scope > li:nth-child({}) select, :scope > li:nth-child({0}) button",
            first_new + 1
        );
        focus_on_next_frame(list.get_untracked().map(Into::into), selector);
    });
    view! {
        <Show when=move || unmatched.with(|u| !u.is_empty())>
            <h3>{city_texts().unmatched_title}</h3>
            <p class="muted">{city_texts().unmatched_explain}</p>
            <Show when=move || open_entries.with(|e| !e.is_empty())>
                <p class="field-hint">{city_texts().unmatched_open_only}</p>
            </Show>
            <ul class="unmatched" data-testid="unmatched" node_ref=list>
                // Keyed by name too: a community an import renamed shows its new name.
                <For each=shown key=|c| (c.id.clone(), c.name.clone()) let:community>
                    <UnmatchedRow community=community open_entries=open_entries />
                </For>
            </ul>
            <ShowMore total=Signal::derive(move || unmatched.with(Vec::len)) limit=limit on_more=on_more />
        </Show>
    }
}

#[component]
fn UnmatchedRow(community: Community, open_entries: Memo<Vec<String>>) -> impl IntoView {
    let state = use_app_state();
    let choice = RwSignal::new(None::<String>);
    let id = StoredValue::new(community.id.clone());
    let name = StoredValue::new(community.name.clone());
    let select_id = format!("match-{}", community.id);
    // The entry chosen, while it is still open; otherwise the first one,
    // which the list then shows as chosen.
    let chosen = move || {
        open_entries.with(|open| {
            choice
                .get()
                .filter(|c| open.contains(c))
                .or_else(|| open.first().cloned())
        })
    };
    let options = move || {
        open_entries
            .get()
            .into_iter()
            .map(|entry| {
                let is_chosen = {
                    let entry = entry.clone();
                    move || chosen().as_ref() == Some(&entry)
                };
                let label = entry.clone();
                view! { <option value=entry prop:selected=is_chosen>{label}</option> }
            })
            .collect_view()
    };
    view! {
        <li data-community=community.id.to_string()>
            <strong>{community.name.clone()}</strong>
            <Show when=move || open_entries.with(|e| !e.is_empty())>
                <label for=select_id.clone()>
                    <span class="visually-hidden">{format!("{} ", community.name)}</span>
                    {city_texts().unmatched_match_label}
                </label>
                <select id=select_id.clone() on:change=move |ev| choice.set(Some(event_target_value(&ev)))>
                    {options}
                </select>
                <button type="button" class="button"
                    aria-label=fill(city_texts().unmatched_match_aria, &[("name", &name.get_value())])
                    on:click=move |_| if let Some(entry) = chosen() { match_to_roster(state, id.get_value(), &entry) }>
                    {city_texts().unmatched_match}
                </button>
            </Show>
            <button type="button" class="button"
                aria-label=fill(city_texts().unmatched_add_aria, &[("name", &name.get_value())])
                on:click=move |_| { add_to_roster(state, vec![RosterEntry::named(&name.get_value())], false); }>
                {city_texts().unmatched_add}
            </button>
        </li>
    }
}
