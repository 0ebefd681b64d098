use leptos::prelude::*;

use crate::app::commands;
use crate::app::state::use_app_state;
use crate::assessment::MAX_NOTE_CHARS;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, ItemId};

/// The item's note with a live character count. Too long a note is refused
/// with a message, never cut; the note is shown as text, never as HTML.
#[component]
pub fn NoteEditor(community_id: CommunityId, item_id: ItemId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    let stored = move || ids.with_value(|(c, i)| state.workspace.with(|w| w.note(c, i)));
    let draft = RwSignal::new(stored());
    let error = RwSignal::new(None::<String>);
    let count = move || draft.with(|d| d.chars().count());
    let unsaved = move || draft.get() != stored();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result =
            ids.with_value(|(c, i)| commands::set_note(state, c, i, &draft.get_untracked()));
        error.set(result.err().map(|e| t.assessment_error(&e)));
    };
    // Undo or another tab may change the stored note; follow it when there is no draft.
    Effect::new(move |previous: Option<String>| {
        let now = stored();
        if previous
            .as_ref()
            .is_some_and(|p| *p == draft.get_untracked())
        {
            draft.set(now.clone());
        }
        now
    });
    view! {
        <form class="note-editor" on:submit=save novalidate>
            <div class="field">
                <label for="item-note">{t.note_label}</label>
                <textarea
                    id="item-note"
                    rows="4"
                    aria-describedby="item-note-count item-note-error"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=move || draft.get()
                    on:input=move |ev| {
                        draft.set(event_target_value(&ev));
                        error.set(None);
                    }
                ></textarea>
                <p id="item-note-count" class="field-hint" class=("over-limit", move || count() > MAX_NOTE_CHARS) data-testid="note-count">
                    {move || fill(t.note_count, &[("n", &count().to_string()), ("max", &MAX_NOTE_CHARS.to_string())])}
                </p>
                <p class="field-error" id="item-note-error" role="alert">{move || error.get()}</p>
            </div>
            <button type="submit" class="button" disabled=move || !unsaved()>{t.save_note}</button>
        </form>
    }
}
