use leptos::prelude::*;

use crate::app::commands::set_definitions;
use crate::app::state::use_app_state;
use crate::city::{CityDefinitions, Meeting, TakingPart};
use crate::i18n::city_texts;

/// Where the office sets what "taking part" and "meeting the
/// requirements" count; the defaults say so.
#[component]
pub fn DefinitionsPanel() -> impl IntoView {
    let state = use_app_state();
    let current = move || state.city.with(|c| c.definitions);
    let choose = move |change: fn(&mut CityDefinitions)| {
        let mut definitions = current();
        change(&mut definitions);
        set_definitions(state, definitions);
    };
    let option = move |group: &'static str,
                       label: String,
                       chosen: fn(&CityDefinitions) -> bool,
                       change: fn(&mut CityDefinitions)| {
        view! {
            <label class="check">
                <input type="radio" name=group prop:checked=move || chosen(&current()) on:change=move |_| choose(change) />
                {label}
            </label>
        }
    };
    let with_default = |text: &str, is_default: bool| {
        if is_default {
            format!("{text}{}", city_texts().default_marker)
        } else {
            text.to_string()
        }
    };
    view! {
        <section class="card" data-testid="definitions">
            <h2>{city_texts().definitions_title}</h2>
            <p class="muted">{city_texts().definitions_explain}</p>
            <fieldset>
                <legend>{city_texts().taking_part_label}</legend>
                {option("taking-part", with_default(city_texts().taking_part_joined, true),
                    |d| d.taking_part == TakingPart::JoinedOnRoster,
                    |d| d.taking_part = TakingPart::JoinedOnRoster)}
                {option("taking-part", with_default(city_texts().taking_part_assessed, false),
                    |d| d.taking_part == TakingPart::AnyItemAssessed,
                    |d| d.taking_part = TakingPart::AnyItemAssessed)}
            </fieldset>
            <fieldset>
                <legend>{city_texts().meeting_label}</legend>
                {option("meeting", with_default(city_texts().meeting_verdict, true),
                    |d| d.meeting == Meeting::VerdictByScoring,
                    |d| d.meeting = Meeting::VerdictByScoring)}
                {option("meeting", with_default(city_texts().meeting_taking_part, false),
                    |d| d.meeting == Meeting::TakingPartAndVerdict,
                    |d| d.meeting = Meeting::TakingPartAndVerdict)}
                {option("meeting", with_default(city_texts().meeting_review, false),
                    |d| d.meeting == Meeting::ReviewPassed,
                    |d| d.meeting = Meeting::ReviewPassed)}
                {option("meeting", with_default(city_texts().meeting_named, false),
                    |d| d.meeting == Meeting::Named,
                    |d| d.meeting = Meeting::Named)}
            </fieldset>
        </section>
    }
}
