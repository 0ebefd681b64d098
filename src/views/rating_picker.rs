use leptos::prelude::*;

use super::actions;
use super::state::use_app_state;
use crate::assessment::Rating;
use crate::i18n::texts;

/// The five results as one row of large radio buttons: one tap sets it.
#[component]
pub fn RatingPicker(community_id: String, item_id: String, item_title: String) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    let current =
        Memo::new(move |_| ids.with_value(|(c, i)| state.workspace.with(|w| w.rating(c, i))));
    let group_name = ids.with_value(|(_, i)| format!("rating-{i}"));
    let options = Rating::ALL.map(|rating| {
        let name = group_name.clone();
        let choose = move |_| {
            ids.with_value(|(c, i)| actions::set_rating(state, c, i, rating));
        };
        view! {
            <label class=format!("rating-option rating-{}", rating.as_str())>
                <input
                    type="radio"
                    name=name
                    value=rating.as_str()
                    prop:checked=move || current.get() == rating
                    on:change=choose
                />
                <span>{t.rating(rating)}</span>
            </label>
        }
    });
    view! {
        <fieldset class="rating-picker" data-rating=move || current.get().as_str()>
            <legend class="visually-hidden">{format!("{}：{}", t.rating_group, item_title)}</legend>
            {options.into_iter().collect_view()}
        </fieldset>
    }
}
