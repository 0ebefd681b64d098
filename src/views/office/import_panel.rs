use crate::web::{take_picked_files, Dropped};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::exchange::{finish_import, flush_if_large, import_file, start_import, FileResult};
use crate::app::state::use_app_state;
use crate::city::likely_duplicates;
use crate::i18n::{desk_texts, fill, texts};
use crate::routing::{OfficePage, Route};
use crate::views::settings::office_key_question::OfficeKeyQuestion;

/// Pick or drop one or many export files; each is imported all or nothing
/// and gets its own line: imported (what changed), up to date, or rejected
/// and why.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let results = RwSignal::new(Vec::<(String, FileResult)>::new());
    let busy = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    // Files signed by an office key not confirmed here: imported again once
    // the user confirms the key (`asking`) by its fingerprint.
    let asking = RwSignal::new(None::<String>);
    let waiting = StoredValue::new_local(Vec::<web_sys::File>::new());
    let import = move |files: Vec<web_sys::File>, in_folder: bool| {
        if files.is_empty() {
            return;
        }
        results.set(Vec::new());
        busy.set(true);
        waiting.set_value(Vec::new());
        spawn_local(async move {
            // One after another, so each file is merged with the ones before.
            let mut batch = start_import(state).await;
            let mut unconfirmed = None;
            for (position, file) in files.into_iter().enumerate() {
                let result = import_file(state, &mut batch, position, &file, in_folder).await;
                if let FileResult::Unconfirmed { key, .. } = &result {
                    waiting.update_value(|w| w.push(file.clone()));
                    unconfirmed = Some(key.clone());
                }
                results.update(|r| r.push((file.name(), result)));
                let written = flush_if_large(state, &mut batch).await;
                settle(results, written);
            }
            let written = finish_import(state, batch).await;
            settle(results, written);
            busy.set(false);
            // Asked once the batch is done, so that its files are retried in a batch of their own.
            asking.set(unconfirmed);
        });
    };
    let on_pick = move |ev: leptos::ev::Event, in_folder: bool| {
        import(take_picked_files(&ev), in_folder);
    };
    // Files or whole folders: a dropped folder is read to the bottom, and
    // its other files are passed over as when a folder is picked.
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let Some(dropped) = ev.data_transfer().as_ref().map(Dropped::take) else {
            return;
        };
        spawn_local(async move {
            let in_folder = dropped.has_folder();
            import(dropped.files().await, in_folder);
        });
    };
    let confirmed = Callback::new(move |()| import(waiting.get_value(), false));
    view! {
        <OfficeKeyQuestion asking=asking on_confirm=confirmed />
        <section class="card" data-testid="import">
            <h2>{t.import_title}</h2>
            <p class="muted">{t.import_explain}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <div class="button-row">
                    <label class="button button-primary file-button">
                        {t.import_pick}
                        <input type="file" multiple accept=".json,application/json" class="visually-hidden"
                            data-testid="import-input" on:change=move |ev| on_pick(ev, false) />
                    </label>
                    <label class="button file-button">
                        {t.import_pick_folder}
                        <input type="file" multiple prop:webkitdirectory=true class="visually-hidden"
                            data-testid="import-folder" on:change=move |ev| on_pick(ev, true) />
                    </label>
                </div>
                <p class="muted">{t.import_folder_hint}</p>
                <p class="muted">{t.import_drop}</p>
            </div>
            <p role="status" class="muted">{move || busy.get().then_some(t.import_busy)}</p>
            <ul class="import-results" data-testid="import-results">
                // Keyed by position and outcome: a new file's line is added,
                // a file's line changes when its write is done, the others stay.
                <For
                    each=move || results.get().into_iter().enumerate()
                    key=|(index, (_, result))| (*index, result.kind())
                    children=|(_, (name, result))| result_line(name, result)
                />
            </ul>
            <MergesHint results=results />
        </section>
    }
}

/// After an import that leaves communities likely to be one: how many,
/// and the way to the page that merges them.
#[component]
fn MergesHint(results: RwSignal<Vec<(String, FileResult)>>) -> impl IntoView {
    let state = use_app_state();
    let imported = move || {
        results.with(|r| {
            r.iter().any(|(_, result)| {
                matches!(result, FileResult::Imported(_) | FileResult::UpToDate(_))
            })
        })
    };
    let groups = Memo::new(move |_| {
        if !imported() {
            return 0;
        }
        state
            .workspace
            .with(|w| state.city.with(|c| likely_duplicates(w, &c.roster).len()))
    });
    move || {
        (groups.get() > 0).then(|| view! {
            <p data-testid="import-to-merges">
                <a href=Route::Office(OfficePage::Merges).href()>{fill(desk_texts().import_to_merges, &[("n", &groups.get().to_string())])}</a>
            </p>
        })
    }
}

/// One file's line: imported (and what it brought), up to date, or why not.
fn result_line(name: String, result: FileResult) -> impl IntoView {
    let t = texts();
    let class = result.kind();
    let (title, lines) = match result {
        FileResult::Saving(lines) => (t.label_text(&name, t.import_saving), lines),
        FileResult::Imported(lines) => (t.label_text(&name, t.import_done), lines),
        FileResult::UpToDate(lines) => (t.label_text(&name, t.import_up_to_date), lines),
        FileResult::Rejected(message) | FileResult::Unconfirmed { message, .. } => {
            (message, Vec::new())
        }
        FileResult::Skipped => (t.label_text(&name, t.import_skipped), Vec::new()),
    };
    view! {
        <li class=format!("import-result {class}") data-result=class>
            <strong>{title}</strong>
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </li>
    }
}

/// Puts the outcome of a write on the lines of the files it held.
fn settle(results: RwSignal<Vec<(String, FileResult)>>, written: Vec<(usize, FileResult)>) {
    if written.is_empty() {
        return;
    }
    results.update(|lines| {
        for (position, result) in written {
            if let Some(line) = lines.get_mut(position) {
                line.1 = result;
            }
        }
    });
}
