use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::app::summaries::shown_of;
use crate::assessment::overall_progress;
use crate::community::NameError;
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::communities::community_form::NameField;
use crate::views::widgets::confirm_dialog::ConfirmDialog;
use crate::views::widgets::progress_summary::ProgressSummary;
use crate::web::format_date_time;

/// One community in the list: open, rename, delete.
#[component]
pub fn CommunityCard(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let name = move || {
        state
            .workspace
            .with(|w| w.community(&id.get_value()).map(|c| c.name.clone()))
            .unwrap_or_default()
    };
    // From its records once they are read, otherwise from its summary.
    let figures = Memo::new(move |_| {
        let id = id.get_value();
        shown_of(
            state,
            &id,
            |r| (r.ratings(&id), r.last_change_at(&id)),
            |s| (s.ratings.clone(), s.last_change_at),
        )
    });
    let known = move || figures.with(Option::is_some);
    let progress = Memo::new(move |_| {
        figures.with(|figures| {
            let ratings = figures.as_ref().map(|(r, _)| r.clone()).unwrap_or_default();
            state.plan().with(|plan| overall_progress(plan, &ratings))
        })
    });
    let last_change = move || match figures.with(|f| f.as_ref().and_then(|(_, at)| *at)) {
        Some(at) => fill(t.last_change, &[("date", &format_date_time(at, t.lang))]),
        None => t.never_changed.to_string(),
    };
    let is_current = move || {
        state
            .preferences
            .with(|p| p.current_community.as_deref() == Some(id.get_value().as_str()))
    };
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let rename_error = RwSignal::new(None::<NameError>);

    let start_rename = move |_| {
        new_name.set(name());
        rename_error.set(None);
        renaming.set(true);
    };
    let submit_rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let saved = move || renaming.set(false);
        if let Err(e) =
            commands::rename_community(state, &id.get_value(), &new_name.get_untracked(), saved)
        {
            rename_error.set(Some(e));
        }
    };
    let href = move || {
        Route::Community {
            community_id: id.get_value(),
        }
        .href()
    };

    view! {
        <li class="card community-card" data-testid="community-card">
            <div class="community-card-head">
                <a class="community-name" href=href>{name}</a>
                <Show when=is_current>
                    <span class="badge">{t.current}</span>
                </Show>
            </div>
            // A community whose summary is still being read shows no
            // figures rather than zeros.
            <Show
                when=known
                fallback=move || view! { <p class="muted">{t.reading_records}</p> }
            >
                <ProgressSummary progress=progress />
                <p class="muted">{last_change}</p>
            </Show>
            <Show
                when=move || renaming.get()
                fallback=move || view! {
                    <div class="button-row">
                        <a class="button button-primary" href=href>{t.open}</a>
                        <button type="button" class="button" on:click=start_rename>{t.rename}</button>
                        <button type="button" class="button button-danger" on:click=move |_| confirming.set(true)>
                            {t.delete}
                        </button>
                    </div>
                }
            >
                <form class="community-form" on:submit=submit_rename novalidate>
                    <NameField id=format!("rename-{}", id.get_value()) value=new_name error=rename_error />
                    <div class="button-row">
                        <button type="submit" class="button button-primary">{t.save}</button>
                        <button type="button" class="button" on:click=move |_| renaming.set(false)>{t.cancel}</button>
                    </div>
                </form>
            </Show>
            <Show when=move || confirming.get()>
                <ConfirmDialog
                    title=t.delete_title
                    text=fill(t.delete_text, &[("name", &name())])
                    confirm_label=t.delete_confirm
                    on_confirm=Callback::new(move |_| {
                        confirming.set(false);
                        commands::delete_community(state, id.get_value());
                    })
                    on_cancel=Callback::new(move |_| confirming.set(false))
                />
            </Show>
        </li>
    }
}
