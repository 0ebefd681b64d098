use leptos::prelude::*;

use crate::app::commands::{satisfaction_item, save_survey};
use crate::app::state::use_app_state;
use crate::assessment::{Survey, SurveyMethod, SurveyState};
use crate::i18n::{fill, residents_texts, texts};
use crate::ids::{CommunityId, SurveyId};
use crate::views::widgets::photo_image::PhotoImage;
use crate::web::{random_id, today};

/// The fields as typed: whole numbers are read when saved.
#[derive(Clone, Default)]
struct Typed {
    date: String,
    method: String,
    method_note: String,
    households: String,
    satisfied: String,
    fairly_satisfied: String,
    dissatisfied: String,
    photos: Vec<String>,
}

impl Typed {
    fn blank() -> Typed {
        Typed {
            date: today().to_string(),
            method: SurveyMethod::DoorToDoor.as_str().into(),
            ..Typed::default()
        }
    }

    fn of(state: &SurveyState) -> Typed {
        Typed {
            date: state.date.to_string(),
            method: state.method.as_str().into(),
            method_note: state.method_note.clone(),
            households: state.households.to_string(),
            satisfied: state.satisfied.to_string(),
            fairly_satisfied: state.fairly_satisfied.to_string(),
            dissatisfied: state.dissatisfied.to_string(),
            photos: state.photos.clone(),
        }
    }

    /// The survey, or the message for what cannot be read.
    fn read(&self) -> Result<SurveyState, &'static str> {
        let r = residents_texts();
        let count = |text: &str| text.trim().parse::<i64>().map_err(|_| r.error_number);
        Ok(SurveyState {
            date: self.date.parse().map_err(|_| r.error_date)?,
            method: SurveyMethod::parse(&self.method).unwrap_or(SurveyMethod::Other),
            method_note: self.method_note.clone(),
            households: count(&self.households)?,
            satisfied: count(&self.satisfied)?,
            fairly_satisfied: count(&self.fairly_satisfied)?,
            dissatisfied: count(&self.dissatisfied)?,
            photos: self.photos.clone(),
        })
    }
}

/// Entering a survey, or correcting the one in `editing`: date, method,
/// households asked, the three counts, and which of the item's photos
/// show its paper forms. Refused input says why and changes nothing.
#[component]
pub fn SurveyForm(community_id: CommunityId, editing: RwSignal<Option<Survey>>) -> impl IntoView {
    let r = residents_texts();
    let t = texts();
    let state = use_app_state();
    let id = StoredValue::new(community_id);
    let typed = RwSignal::new(Typed::blank());
    Effect::new(move |_| {
        let shown = editing.with(|e| e.as_ref().map(|s| Typed::of(&s.state)));
        typed.set(shown.unwrap_or_else(Typed::blank));
    });
    let outcome = RwSignal::new(None::<Result<(), String>>);
    let item = satisfaction_item(state);
    let item_number = state.plan_untracked().with(|plan| {
        plan.satisfaction_item()
            .map(|i| i.display_number(plan))
            .unwrap_or_default()
    });
    let photos = move || match &item {
        Some(item) => state.workspace.with(|w| w.photos(&id.get_value(), item)),
        None => Vec::new(),
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let survey = match typed.with_untracked(Typed::read) {
            Ok(survey) => survey,
            Err(why) => return outcome.set(Some(Err(why.to_string()))),
        };
        let survey_id = editing
            .with_untracked(|e| e.as_ref().map(|s| s.id.clone()))
            .unwrap_or_else(random_id::<SurveyId>);
        match save_survey(state, &id.get_value(), &survey_id, Some(survey)) {
            Ok(()) => {
                outcome.set(Some(Ok(())));
                editing.set(None);
                typed.set(Typed::blank());
            }
            Err(error) => outcome.set(Some(Err(t.assessment_error(&error)))),
        }
    };
    let field = move |label: &'static str,
                      key: &'static str,
                      get: fn(&Typed) -> String,
                      set: fn(&mut Typed, String)| {
        view! {
            <div class="field">
                <label for=format!("survey-{key}")>{label}</label>
                <input id=format!("survey-{key}") type="number" inputmode="numeric" min="0" max="100000" step="1"
                    prop:value=move || typed.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); typed.update(|t| set(t, v)); outcome.set(None); } />
            </div>
        }
    };
    let number = item_number.clone();
    view! {
        <form class="stack" on:submit=save novalidate data-testid="survey-form">
            <h2>{move || if editing.with(Option::is_some) { r.edit_heading } else { r.add_heading }}</h2>
            <div class="field">
                <label for="survey-date">{r.date}</label>
                <input id="survey-date" type="date" min="2020-01-01" max=today().to_string()
                    prop:value=move || typed.with(|t| t.date.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); typed.update(|t| t.date = v); outcome.set(None); } />
            </div>
            <div class="field">
                <label for="survey-method">{r.method}</label>
                <select id="survey-method" prop:value=move || typed.with(|t| t.method.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); typed.update(|t| t.method = v); }>
                    {SurveyMethod::ALL.into_iter().map(|m| view! { <option value=m.as_str()>{r.method(m)}</option> }).collect_view()}
                </select>
            </div>
            <Show when=move || typed.with(|t| t.method == SurveyMethod::Other.as_str())>
                <div class="field">
                    <label for="survey-method-note">{r.method_note}</label>
                    <input id="survey-method-note" type="text" maxlength="40"
                        prop:value=move || typed.with(|t| t.method_note.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); typed.update(|t| t.method_note = v); } />
                </div>
            </Show>
            {field(r.households, "households", |t| t.households.clone(), |t, v| t.households = v)}
            {field(r.satisfied, "satisfied", |t| t.satisfied.clone(), |t, v| t.satisfied = v)}
            {field(r.fairly_satisfied, "fairly", |t| t.fairly_satisfied.clone(), |t, v| t.fairly_satisfied = v)}
            {field(r.dissatisfied, "dissatisfied", |t| t.dissatisfied.clone(), |t, v| t.dissatisfied = v)}
            <fieldset class="choice" data-testid="survey-photos">
                <legend>{fill(r.photos_legend, &[("item", &item_number)])}</legend>
                {move || {
                    let shown = photos();
                    if shown.is_empty() {
                        return view! { <p class="muted">{fill(r.no_photos, &[("item", &number)])}</p> }.into_any();
                    }
                    shown.into_iter().map(|photo| {
                        let hash = photo.hash.clone();
                        let checked = {
                            let hash = hash.clone();
                            move || typed.with(|t| t.photos.contains(&hash))
                        };
                        let alt = if photo.caption.is_empty() { r.photos_panel.to_string() } else { photo.caption.clone() };
                        view! {
                            <label class="survey-photo">
                                <input type="checkbox" prop:checked=checked on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let hash = hash.clone();
                                    typed.update(|t| {
                                        t.photos.retain(|h| *h != hash);
                                        if on { t.photos.push(hash); }
                                    });
                                } />
                                <PhotoImage hash=photo.hash.clone() alt=alt />
                            </label>
                        }
                    }).collect_view().into_any()
                }}
            </fieldset>
            <div class="button-row">
                <Show when=move || editing.with(Option::is_some)>
                    <button type="button" class="button" on:click=move |_| editing.set(None)>{t.cancel}</button>
                </Show>
                <button type="submit" class="button button-primary" data-testid="save-survey">{r.save}</button>
            </div>
            {move || outcome.get().map(|result| match result {
                Ok(()) => view! { <p role="status" data-testid="survey-outcome">{r.saved}</p> }.into_any(),
                Err(why) => view! { <p class="field-error" role="alert" data-testid="survey-outcome">{why}</p> }.into_any(),
            })}
        </form>
    }
}
