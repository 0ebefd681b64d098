use leptos::prelude::*;

use crate::app::commands::{set_narrative, NarrativeSection};
use crate::app::state::use_app_state;
use crate::city::{Narrative, MAX_NARRATIVE_CHARS};
use crate::i18n::{fill, texts};

/// The report's sections in the office's own words (开展情况和实施效果,
/// 存在问题, 下一步工作): edited on the screen, stored for the year, and
/// printed as text.
#[component]
pub fn NarrativeSections(year: i32) -> impl IntoView {
    let t = texts();
    let sections = [
        (
            NarrativeSection::Progress,
            t.report.progress,
            "narrative-progress",
        ),
        (
            NarrativeSection::Problems,
            t.report.problems,
            "narrative-problems",
        ),
        (
            NarrativeSection::NextSteps,
            t.report.next_steps,
            "narrative-next-steps",
        ),
    ];
    sections
        .into_iter()
        .map(|(section, title, id)| view! { <NarrativeSectionView year=year section=section title=title id=id /> })
        .collect_view()
}

#[component]
fn NarrativeSectionView(
    year: i32,
    section: NarrativeSection,
    title: &'static str,
    id: &'static str,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let stored = move || {
        state.city.with(|c| {
            let narrative = c.narrative(year).cloned().unwrap_or_default();
            text_of(&narrative, section)
        })
    };
    let refused = RwSignal::new(None::<usize>);
    let save = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        refused.set(set_narrative(state, year, section, text).err());
    };
    view! {
        <h2>{title}</h2>
        <div class="no-print field">
            <label class="visually-hidden" for=id>{title}</label>
            <textarea id=id rows="5" prop:value=stored on:change=save></textarea>
            <p class="field-error" role="alert">{move || refused.get().map(|n| fill(t.report.narrative_too_long, &[("max", &MAX_NARRATIVE_CHARS.to_string()), ("n", &n.to_string())]))}</p>
        </div>
        <p class="print-only narrative" data-testid=format!("{id}-print")>{stored}</p>
    }
}

fn text_of(narrative: &Narrative, section: NarrativeSection) -> String {
    match section {
        NarrativeSection::Progress => narrative.progress.clone(),
        NarrativeSection::Problems => narrative.problems.clone(),
        NarrativeSection::NextSteps => narrative.next_steps.clone(),
    }
}
