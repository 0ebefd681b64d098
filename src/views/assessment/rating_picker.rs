use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::{use_app_state, SaveStatus};
use crate::assessment::Rating;
use crate::i18n::texts;
use crate::ids::{CommunityId, ItemId};
use crate::views::assessment::reason_dialog::ReasonDialog;

/// The five results as one row of large radio buttons: one tap sets it.
/// 不适用 first asks for the reason.
#[component]
pub fn RatingPicker(
    community_id: CommunityId,
    item_id: ItemId,
    item_title: String,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    // Read straight from the workspace so that a refused or failed edit,
    // which only notifies, puts the picker back to the stored result.
    let stored = move || ids.with_value(|(c, i)| state.workspace.with(|w| w.rating(c, i)));
    let asking_reason = RwSignal::new(false);
    let group_name = ids.with_value(|(_, i)| format!("rating-{i}"));
    let choose = move |rating: Rating| {
        if rating == Rating::NotApplicable {
            asking_reason.set(true);
            return;
        }
        let result = ids.with_value(|(c, i)| commands::set_rating(state, c, i, rating, None));
        if let Err(error) = result {
            state
                .save_status
                .set(SaveStatus::Failed(t.assessment_error(&error)));
        }
    };
    let options = Rating::ALL.map(|rating| {
        let name = group_name.clone();
        view! {
            <label class=format!("rating-option rating-{}", rating.as_str())>
                <input
                    type="radio"
                    name=name
                    value=rating.as_str()
                    prop:checked=move || stored() == rating
                    on:change=move |_| choose(rating)
                />
                <span>{t.rating(rating)}</span>
            </label>
        }
    });
    let reason = move || ids.with_value(|(c, i)| state.workspace.with(|w| w.na_reason(c, i)));
    let cancel_reason = Callback::new(move |_| {
        asking_reason.set(false);
        state.workspace.notify();
    });
    let save_reason = Callback::new(move |text: String| {
        ids.with_value(|(c, i)| {
            commands::set_rating(state, c, i, Rating::NotApplicable, Some(&text))
        })
        .map(|()| asking_reason.set(false))
    });
    view! {
        <fieldset class="rating-picker" data-rating=move || stored().as_str()>
            <legend class="visually-hidden">{t.label_text(t.rating_group, &item_title)}</legend>
            {options.into_iter().collect_view()}
        </fieldset>
        {move || (stored() == Rating::NotApplicable).then(|| view! {
            <p class="na-reason" data-testid="na-reason">
                {move || t.label_text(t.na_reason_label, &reason().unwrap_or_default())}
                " "
                <button type="button" class="link-button" on:click=move |_| asking_reason.set(true)>{t.edit}</button>
            </p>
        })}
        <Show when=move || asking_reason.get()>
            <ReasonDialog initial=reason().unwrap_or_default() on_save=save_reason on_cancel=cancel_reason />
        </Show>
    }
}
