use leptos::prelude::*;

use crate::app::commands::{merge_communities, undo_merge};
use crate::app::state::{use_app_state, AppState};
use crate::city::{likely_duplicates, LikelyDuplicates, Why};
use crate::community::{CommunityMerge, NameFilter};
use crate::i18n::{fill, merge_texts, texts};
use crate::ids::CommunityId;
use crate::sorting;
use crate::web::format_date_time;

/// The office's "these communities are one": groups that are likely one,
/// a merge of any two, and every merge made, each undoable.
#[component]
pub fn MergePanel() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let suggestions = Memo::new(move |_| {
        state.summaries.track();
        state
            .workspace
            .with(|w| state.city.with(|c| likely_duplicates(w, &c.roster)))
    });
    view! {
        <section class="card" data-testid="merge-panel">
            <h2>{merge_texts().title}</h2>
            <p class="muted">{merge_texts().explain}</p>
            <Show when=move || suggestions.with(|s| !s.is_empty())>
                <h3>{merge_texts().suggestions_title}</h3>
                <ul class="plain-list" data-testid="merge-suggestions">
                    {move || suggestions.get().into_iter().map(|group| view! { <SuggestedGroup group=group message=message /> }).collect_view()}
                </ul>
            </Show>
            <MergeForm message=message />
            <p role="status" data-testid="merge-message">{move || message.get()}</p>
            <MergeHistory message=message />
        </section>
    }
}

/// One group that is likely one community: each member can be the one kept.
#[component]
fn SuggestedGroup(group: LikelyDuplicates, message: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_app_state();
    let why = match &group.why {
        Why::SameEntry(entry) => fill(merge_texts().same_entry, &[("entry", entry)]),
        Why::SameName => merge_texts().same_name.to_string(),
    };
    let ids = StoredValue::new(group.ids.clone());
    view! {
        <li class="merge-group">
            <p><strong>{why}</strong></p>
            <ul>
                {group.ids.iter().map(|id| {
                    let keep = StoredValue::new(id.clone());
                    let label = community_label(state, id);
                    let name = community_name(state, id);
                    let merge_into_this = move |_| {
                        let others: Vec<CommunityId> = ids.get_value().into_iter().filter(|o| *o != keep.get_value()).collect();
                        merge_and_tell(state, &others, &keep.get_value(), message);
                    };
                    view! {
                        <li data-community=id.to_string()>
                            <span>{label}</span>
                            <button type="button" class="button" on:click=merge_into_this>{fill(merge_texts().keep_this, &[("name", &name)])}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

/// Above this many communities, a name filter narrows the two lists.
const FILTER_FROM: usize = 8;

/// Any two shown communities: which one goes into which.
#[component]
fn MergeForm(message: RwSignal<Option<String>>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let options = Memo::new(move |_| {
        // The labels count results from the summaries, once they are read.
        state.summaries.track();
        state.workspace.with(|w| {
            w.communities_in_order()
                .into_iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // Both lists hold the communities whose name holds the filter (two
    // copies of one community mostly share a name).
    let filter = RwSignal::new(String::new());
    let listed = Memo::new(move |_| {
        let filter = NameFilter::new(&filter.get());
        options.with(|ids| {
            state.workspace.with(|w| {
                ids.iter()
                    .filter(|id| w.community(id).is_some_and(|c| filter.matches(&c.name)))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let matching = move || {
        (!filter.with(String::is_empty)).then(|| {
            fill(
                texts().names_matching,
                &[
                    ("matching", &listed.with(Vec::len).to_string()),
                    ("n", &options.with(Vec::len).to_string()),
                ],
            )
        })
    };
    // Until chosen, or while the one chosen is filtered out: the second
    // community listed into the first (the oldest).
    let from = RwSignal::new(None::<String>);
    let into = RwSignal::new(None::<String>);
    let chosen = move |choice: RwSignal<Option<String>>, default: usize| {
        listed.with(|ids| {
            choice
                .get()
                .filter(|c| ids.iter().any(|id| id.as_str() == c))
                .or_else(|| ids.get(default).map(|id| id.to_string()))
        })
    };
    // Each option knows whether it is the one chosen, so a list drawn
    // again (a new filter) still shows the choice.
    let choices = move |choice: RwSignal<Option<String>>, default: usize| {
        move || {
            listed
                .get()
                .into_iter()
                .map(|id| {
                    let label = community_label(state, &id);
                    let value = id.to_string();
                    let is_chosen = {
                        let value = value.clone();
                        move || chosen(choice, default).as_ref() == Some(&value)
                    };
                    view! { <option value=value prop:selected=is_chosen>{label}</option> }
                })
                .collect_view()
        }
    };
    let merge = move |_| {
        let pick = |choice, default| untrack(|| chosen(choice, default)).map(CommunityId::from);
        if let (Some(from_id), Some(into_id)) = (pick(from, 1), pick(into, 0)) {
            merge_and_tell(state, &[from_id], &into_id, message);
        }
    };
    view! {
        <Show when=move || options.with(|o| o.len() > 1)>
            <div class="merge-form">
                <Show when=move || options.with(|o| o.len() > FILTER_FROM)>
                    <div class="field">
                        <label for="merge-filter">{t.name_filter}</label>
                        <input id="merge-filter" type="search" aria-describedby="merge-matching"
                            on:input=move |ev| filter.set(event_target_value(&ev)) />
                        <p class="field-hint" id="merge-matching" aria-live="polite">{matching}</p>
                    </div>
                </Show>
                <label for="merge-from">{merge_texts().from_label}</label>
                <select id="merge-from" on:change=move |ev| from.set(Some(event_target_value(&ev)))>{choices(from, 1)}</select>
                <label for="merge-into">{merge_texts().into_label}</label>
                <select id="merge-into" on:change=move |ev| into.set(Some(event_target_value(&ev)))>{choices(into, 0)}</select>
                <button type="button" class="button" on:click=merge>{merge_texts().merge}</button>
            </div>
        </Show>
    }
}

/// Every merge, newest first; those in effect can be undone.
#[component]
fn MergeHistory(message: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_app_state();
    let merges = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut list: Vec<CommunityMerge> = w.community_merges().values().cloned().collect();
            sorting::sort_by(&mut list, |a, b| (b.at, &b.id).cmp(&(a.at, &a.id)));
            list
        })
    });
    view! {
        <h3>{merge_texts().history_title}</h3>
        <Show when=move || merges.with(|m| !m.is_empty()) fallback=move || view! { <p class="muted">{merge_texts().history_none}</p> }>
            <ul class="plain-list" data-testid="merge-history">
                {move || merges.get().into_iter().map(|merge| view! { <HistoryLine merge=merge message=message /> }).collect_view()}
            </ul>
        </Show>
    }
}

#[component]
fn HistoryLine(merge: CommunityMerge, message: RwSignal<Option<String>>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let lang = t.lang;
    let (from, into) = (
        community_name(state, &merge.from),
        community_name(state, &merge.into),
    );
    let at = format_date_time(merge.at, lang);
    let names = [
        ("from", from.as_str()),
        ("into", into.as_str()),
        ("at", at.as_str()),
    ];
    let text = match merge.undone_at {
        Some(undone) => {
            let undone = format_date_time(undone, lang);
            fill(
                merge_texts().history_undone,
                &[names[0], names[1], names[2], ("undone", &undone)],
            )
        }
        None => {
            let author = if merge.author.is_empty() {
                merge_texts().no_author
            } else {
                merge.author.as_str()
            };
            fill(
                merge_texts().history_active,
                &[names[0], names[1], names[2], ("author", author)],
            )
        }
    };
    let undo_label = fill(merge_texts().undo_label, &names[..2]);
    let id = StoredValue::new(merge.id.clone());
    let undo = move |_| {
        let done = fill(merge_texts().undone, &[("from", &from)]);
        undo_merge(state, &id.get_value(), move || message.set(Some(done)));
    };
    view! {
        <li data-merge=merge.id.to_string() data-active=merge.is_active().to_string()>
            <span>{text}</span>
            {merge.is_active().then(|| view! {
                <button type="button" class="button" aria-label=undo_label on:click=undo>{merge_texts().undo}</button>
            })}
        </li>
    }
}

fn merge_and_tell(
    state: AppState,
    from: &[CommunityId],
    into: &CommunityId,
    message: RwSignal<Option<String>>,
) {
    let names: Vec<String> = from.iter().map(|id| community_name(state, id)).collect();
    let done = fill(
        merge_texts().merged,
        &[
            ("from", &names.join("、")),
            ("into", &community_name(state, into)),
        ],
    );
    message.set(None);
    if let Err(error) = merge_communities(state, from, into, move || message.set(Some(done))) {
        message.set(Some(merge_texts().merge_error(error).to_string()));
    }
}

fn community_name(state: AppState, id: &CommunityId) -> String {
    state
        .workspace
        .with_untracked(|w| w.community(id).map(|c| c.name.clone()))
        .unwrap_or_else(|| id.to_string())
}

/// A community as the office tells two of one name apart: when it was
/// added, how far it got, and the start of its id.
fn community_label(state: AppState, id: &CommunityId) -> String {
    let t = texts();
    state.workspace.with_untracked(|w| {
        let Some(community) = w.community(id) else {
            return id.to_string();
        };
        let created = format_date_time(community.created_at, t.lang);
        let short: String = id.chars().take(6).collect();
        // From the summaries the page shows, not from records it need not read.
        let rated = state
            .summaries
            .with_untracked(|s| s.as_ref()?.get(id).map(|s| s.ratings.len()))
            .unwrap_or_else(|| w.ratings(id).len());
        fill(
            merge_texts().option,
            &[
                ("name", &community.name),
                ("created", &created),
                ("rated", &rated.to_string()),
                ("short", &short),
            ],
        )
    })
}
