use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::assessment::{Action, ActionState, Responsible};
use crate::i18n::{fill, texts};
use crate::ids::{ActionId, CommunityId, ItemId};
use crate::views::widgets::confirm_dialog::ConfirmDialog;
use crate::web::{random_id, today};

/// The item's rectification actions (整改事项), with a form to add one.
#[component]
pub fn ActionList(community_id: CommunityId, item_id: ItemId, units: Vec<String>) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    let list = move || ids.with_value(|(c, i)| state.workspace.with(|w| w.actions(c, i)));
    let adding = RwSignal::new(false);
    view! {
        <section class="card">
            <h2>{t.actions_label}</h2>
            <ul class="action-list" data-testid="actions">
                <For each=list key=|a| (a.id.clone(), a.done, a.due, a.description.clone()) let:action>
                    <ActionRow ids=ids action=action />
                </For>
            </ul>
            <Show
                when=move || adding.get()
                fallback=move || view! {
                    <button type="button" class="button" on:click=move |_| adding.set(true)>{t.action_add}</button>
                }
            >
                <ActionForm ids=ids units=units.clone() on_done=Callback::new(move |_| adding.set(false)) />
            </Show>
        </section>
    }
}

#[component]
fn ActionRow(ids: StoredValue<(CommunityId, ItemId)>, action: Action) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let overdue = action.is_overdue(today());
    let confirming = RwSignal::new(false);
    // A refused edit says why on the row itself (storage failures show in
    // the save indicator at the top).
    let refused = RwSignal::new(None::<String>);
    let id = action.id.clone();
    let save = move |id: &ActionId, new: Option<ActionState>| {
        let result = ids.with_value(|(c, i)| commands::save_action(state, c, i, id, new));
        refused.set(result.err().map(|e| t.assessment_error(&e)));
    };
    let toggle = {
        let (id, state_now) = (id.clone(), action.state());
        move |_| {
            let new = ActionState {
                done: !state_now.done,
                ..state_now.clone()
            };
            save(&id, Some(new));
        }
    };
    let delete = Callback::new(move |_| {
        confirming.set(false);
        save(&id, None);
    });
    let status = if action.done {
        t.action_done
    } else if overdue {
        t.action_overdue
    } else {
        t.action_open
    };
    view! {
        <li class="action" class:overdue=overdue class:done=action.done data-testid="action">
            <p class="action-description">{action.description.clone()}</p>
            <p class="muted">
                {action.responsible.name().to_string()}" · "
                {fill(t.action_due, &[("date", &action.due.to_string())])}" · "
                <strong class="action-status">{status}</strong>
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=toggle>
                    {if action.done { t.action_reopen } else { t.action_mark_done }}
                </button>
                <button type="button" class="button button-danger" on:click=move |_| confirming.set(true)>{t.delete}</button>
            </div>
            <p class="field-error" role="alert">{move || refused.get()}</p>
            <Show when=move || confirming.get()>
                <ConfirmDialog
                    title=t.action_delete_title
                    text=action.description.clone()
                    confirm_label=t.delete_confirm
                    on_confirm=delete
                    on_cancel=Callback::new(move |_| confirming.set(false))
                />
            </Show>
        </li>
    }
}

const OTHER: &str = "__other__";

#[component]
fn ActionForm(
    ids: StoredValue<(CommunityId, ItemId)>,
    units: Vec<String>,
    on_done: Callback<()>,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let description = RwSignal::new(String::new());
    let unit = RwSignal::new(units.first().cloned().unwrap_or_else(|| OTHER.to_string()));
    let other = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(due_date) = due.get_untracked().parse::<NaiveDate>() else {
            error.set(Some(t.action_due_required.to_string()));
            return;
        };
        let responsible = match unit.get_untracked() {
            u if u == OTHER => Responsible::Other(other.get_untracked()),
            u => Responsible::Unit(u),
        };
        let new = ActionState {
            description: description.get_untracked(),
            responsible,
            due: due_date,
            done: false,
        };
        match ids.with_value(|(c, i)| commands::save_action(state, c, i, &random_id(), Some(new))) {
            Ok(()) => on_done.run(()),
            Err(e) => error.set(Some(t.assessment_error(&e))),
        }
    };
    let options = units
        .iter()
        .map(|u| view! { <option value=u.clone()>{u.clone()}</option> })
        .collect_view();
    view! {
        <form class="action-form" on:submit=submit novalidate>
            <div class="field">
                <label for="action-description">{t.action_description}</label>
                <textarea id="action-description" rows="2"
                    prop:value=move || description.get()
                    on:input=move |ev| { description.set(event_target_value(&ev)); error.set(None); }
                ></textarea>
            </div>
            <div class="field">
                <label for="action-unit">{t.action_responsible}</label>
                <select id="action-unit" on:change=move |ev| unit.set(event_target_value(&ev)) prop:value=move || unit.get()>
                    {options}
                    <option value=OTHER>{t.action_other}</option>
                </select>
            </div>
            <Show when=move || unit.get() == OTHER>
                <div class="field">
                    <label for="action-other">{t.action_other_name}</label>
                    <input id="action-other" type="text"
                        prop:value=move || other.get()
                        on:input=move |ev| { other.set(event_target_value(&ev)); error.set(None); } />
                </div>
            </Show>
            <div class="field">
                <label for="action-due">{t.action_due_label}</label>
                <input id="action-due" type="date"
                    prop:value=move || due.get()
                    on:input=move |ev| { due.set(event_target_value(&ev)); error.set(None); } />
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| on_done.run(())>{t.cancel}</button>
                <button type="submit" class="button button-primary">{t.save}</button>
            </div>
        </form>
    }
}
