use chrono::Datelike;
use leptos::prelude::*;

use crate::app::commands::submit;
use crate::app::state::use_app_state;
use crate::evaluation::Standing;
use crate::i18n::{evaluation_texts, fill};
use crate::ids::{CommunityId, ItemId};
use crate::views::evaluation::review_results::item_title;
use crate::web::now;

/// Submitting the self-assessment: who submits (the device's user by
/// default), for which year, and which returned items it answers.
#[component]
pub fn SubmissionForm(community_id: CommunityId) -> impl IntoView {
    let e = evaluation_texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let this_year = now().year();
    // The device's user, or whoever submitted last.
    let last_submitter = state.workspace.with_untracked(|w| {
        w.records
            .evaluation
            .submissions
            .iter()
            .filter(|s| s.community_id == id.get_value())
            .max_by_key(|s| s.submitted_at)
            .map(|s| s.submitted_by.clone())
    });
    let user = state.preferences.with_untracked(|p| p.user_name.clone());
    let by = RwSignal::new(match user.trim() {
        "" => last_submitter.unwrap_or_default(),
        _ => user,
    });
    let year = RwSignal::new(this_year);
    let returned = Memo::new(move |_| {
        state
            .workspace
            .with(|w| Standing::of(&w.records.evaluation, &id.get_value(), year.get()).returned)
    });
    let answered = RwSignal::new(Vec::<ItemId>::new());
    Effect::new(move |_| answered.set(returned.get()));
    let outcome = RwSignal::new(None::<Result<(), &'static str>>);
    let busy = RwSignal::new(false);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        outcome.set(None);
        submit(
            state,
            id.get_value(),
            year.get_untracked(),
            by.get_untracked(),
            answered.get_untracked(),
            move |result| {
                busy.set(false);
                outcome.set(Some(result.map_err(|error| e.submission_error(&error))));
            },
        );
    };
    view! {
        <form class="stack" on:submit=send data-testid="submission-form">
            <label class="field">
                <span>{e.submitter}</span>
                <input type="text" maxlength="40" autocomplete="name" prop:value=move || by.get()
                    on:input=move |ev| by.set(event_target_value(&ev)) data-testid="submitter" />
            </label>
            <label class="field">
                <span>{e.year}</span>
                <select on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(this_year))>
                    {[this_year, this_year - 1].into_iter().map(|y| view! {
                        <option value=y.to_string() selected=y == this_year>{fill(e.year_option, &[("year", &y.to_string())])}</option>
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || !returned.with(Vec::is_empty)>
                <fieldset class="choice" data-testid="answers">
                    <legend>{e.answers_legend}</legend>
                    {move || returned.get().into_iter().map(|item| {
                        let title = item_title(state, &item);
                        let value = item.clone();
                        let checked = move || answered.with(|a| a.contains(&value));
                        let toggle = item.clone();
                        view! {
                            <label>
                                <input type="checkbox" prop:checked=checked on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    answered.update(|a| {
                                        a.retain(|i| *i != toggle);
                                        if on { a.push(toggle.clone()); }
                                    });
                                } />
                                {title}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </Show>
            <button type="submit" class="button button-primary" disabled=move || busy.get() data-testid="submit">{e.submit_button}</button>
            {move || outcome.get().map(|result| match result {
                Ok(()) => view! { <p role="status" data-testid="submission-outcome">{e.submitted_ok}</p> }.into_any(),
                Err(why) => view! { <p class="field-error" role="alert" data-testid="submission-outcome">{why}</p> }.into_any(),
            })}
        </form>
    }
}
