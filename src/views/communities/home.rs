use leptos::prelude::*;

use crate::views::widgets::next_deadline::NextDeadline;

use crate::app::backups::{communities_by_origin, CommunitiesByOrigin};
use crate::app::commands;
use crate::app::state::use_app_state;
use crate::app::summaries::show_unread_from_summaries;
use crate::community::{Community, NameFilter};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::views::communities::backup_reminder::BackupReminder;
use crate::views::communities::community_cards::CommunityCards;
use crate::views::communities::community_form::AddCommunityForm;
use crate::views::communities::first_run::FirstRun;
use crate::views::widgets::show_more::PAGE;

/// The community list, or on first run what the app is and "add your
/// community". The communities with something entered on this device come
/// first; those that only came in files (a phone that took the office's
/// merged file holds the whole city) follow in their own section.
#[component]
pub fn HomePage() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    show_unread_from_summaries(state);
    let add = Callback::new(move |name: String| commands::add_community(state, &name));
    let is_empty = move || state.workspace.with(|w| w.communities.is_empty());
    let groups = Memo::new(move |_| communities_by_origin(state));
    // Until a community's summary is read, it is listed on top, as every
    // community was before it is known to have come in a file.
    let listed_first = move || {
        groups.with(|g| {
            let mut first = ids_of(&g.entered_here);
            first.extend(ids_of(&g.not_known_yet));
            first
        })
    };
    view! {
        <Show
            when=is_empty
            fallback=move || view! {
                <h1>{t.communities_title}</h1>
                <NextDeadline />
                <BackupReminder communities=groups />
                <CommunityCards ids=Signal::derive(listed_first) limit=RwSignal::new(PAGE)
                    test_id="communities-entered-here" />
                <section class="card">
                    <h2>{t.add_community}</h2>
                    <AddCommunityForm add=add />
                </section>
                <p><a class="button" href=crate::routing::Route::Office(crate::routing::OfficePage::Overview).href()>{t.office_link}</a></p>
                <FromFiles groups=groups />
            }
        >
            <FirstRun add=add />
        </Show>
    }
}

/// Above this many communities from files, a name filter comes with them.
const FILTER_FROM: usize = 8;

/// The communities that only came in files, with a name filter when there
/// are many.
#[component]
fn FromFiles(groups: Memo<CommunitiesByOrigin>) -> impl IntoView {
    let t = texts();
    let filter = RwSignal::new(String::new());
    let limit = RwSignal::new(PAGE);
    let count = move || groups.with(|g| g.from_files.len());
    let matching = Signal::derive(move || {
        let filter = NameFilter::new(&filter.get());
        groups.with(|g| {
            g.from_files
                .iter()
                .filter(|c| filter.matches(&c.name))
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let matching_count = move || {
        (!filter.with(String::is_empty)).then(|| {
            fill(
                t.names_matching,
                &[
                    ("matching", &matching.with(Vec::len).to_string()),
                    ("n", &count().to_string()),
                ],
            )
        })
    };
    let refilter = move |ev| {
        filter.set(event_target_value(&ev));
        limit.set(PAGE);
    };
    view! {
        <Show when=move || count() != 0>
            <section class="from-files" data-testid="communities-from-files">
                <h2>{move || fill(t.from_files_title, &[("n", &count().to_string())])}</h2>
                <p class="muted">{t.from_files_what}</p>
                <Show when=move || { count() > FILTER_FROM }>
                    <div class="field">
                        <label for="from-files-filter">{t.name_filter}</label>
                        <input id="from-files-filter" type="search"
                            aria-describedby="from-files-matching" on:input=refilter />
                        <p class="field-hint" id="from-files-matching" aria-live="polite">{matching_count}</p>
                    </div>
                </Show>
                <CommunityCards ids=matching limit=limit test_id="communities-from-files-list" />
            </section>
        </Show>
    }
}

fn ids_of(communities: &[Community]) -> Vec<CommunityId> {
    communities.iter().map(|c| c.id.clone()).collect()
}
