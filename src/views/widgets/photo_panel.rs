use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::commands;
use crate::app::state::{use_app_state, AppState};
use crate::assessment::PhotoRef;
use crate::i18n::{fill, texts};
use crate::ids::{CommunityId, ItemId};
use crate::views::widgets::confirm_dialog::ConfirmDialog;
use crate::views::widgets::photo_image::PhotoImage;
use crate::web::modal_focus::{modal_keys, return_focus_on_close};
use crate::web::photo_processing::{process, PhotoFailure};
use crate::web::{format_date_time, take_picked_files};
use crate::workspace::Edit;

/// Evidence photos of an item: take one with the camera or pick from the
/// gallery, see thumbnails, open one full screen, delete with confirmation.
#[component]
pub fn PhotoPanel(community_id: CommunityId, item_id: ItemId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let ids = StoredValue::new((community_id, item_id));
    let photos = move || ids.with_value(|(c, i)| state.workspace.with(|w| w.photos(c, i)));
    let on_display = move |hash: &str| {
        ids.with_value(|(c, i)| {
            state
                .workspace
                .with(|w| w.item_state(c, i).on_display.contains(hash))
        })
    };
    let errors = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(false);
    let caption = RwSignal::new(String::new());
    let viewing = RwSignal::new(None::<PhotoRef>);
    let on_files = move |ev: leptos::ev::Event| {
        let files = take_picked_files(&ev);
        errors.set(Vec::new());
        busy.set(true);
        let caption_text = caption.get_untracked();
        spawn_local(async move {
            for file in files {
                if let Err(message) = add_file(state, ids, &file, &caption_text).await {
                    errors.update(|e| e.push(message));
                }
            }
            caption.set(String::new());
            busy.set(false);
        });
    };
    view! {
        <section class="card photos">
            <h2>{t.photos_label}</h2>
            <ul class="thumbnails" data-testid="thumbnails">
                <For each=photos key=|p| p.hash.clone() let:photo>
                    <li>
                        <button type="button" class="thumbnail" on:click={
                            let photo = photo.clone();
                            move |_| viewing.set(Some(photo.clone()))
                        }>
                            <PhotoImage hash=photo.hash.clone() alt=photo_alt(&photo) />
                        </button>
                        <label class="display-mark">
                            <input type="checkbox" prop:checked={
                                let hash = photo.hash.clone();
                                move || on_display(&hash)
                            } on:change={
                                let hash = photo.hash.clone();
                                move |ev| {
                                    let shown = event_target_checked(&ev);
                                    ids.with_value(|(c, i)| commands::set_photo_display(state, c, i, &hash, shown));
                                }
                            } />
                            {t.display.mark_label}
                        </label>
                    </li>
                </For>
            </ul>
            <Show when=move || !photos().is_empty()>
                <p class="muted">{t.display.mark_hint}</p>
            </Show>
            <div class="field">
                <label for="photo-caption">{t.photo_caption}</label>
                <input id="photo-caption" type="text" prop:value=move || caption.get()
                    on:input=move |ev| caption.set(event_target_value(&ev)) />
            </div>
            <div class="button-row">
                <label class="button button-primary file-button">
                    {t.photo_take}
                    <input type="file" accept="image/*" capture="environment" class="visually-hidden"
                        data-testid="photo-camera" on:change=on_files />
                </label>
                <label class="button file-button">
                    {t.photo_pick}
                    <input type="file" accept="image/*" multiple class="visually-hidden"
                        data-testid="photo-input" on:change=on_files />
                </label>
            </div>
            <p class="muted" role="status">{move || busy.get().then_some(t.photo_processing)}</p>
            <div role="alert" data-testid="photo-errors"><ul class="field-error-list">
                {move || errors.get().into_iter().map(|e| view! { <li class="field-error">{e}</li> }).collect_view()}
            </ul></div>
            {move || viewing.get().map(|photo| view! {
                <PhotoViewer ids=ids photo=photo on_close=Callback::new(move |_| viewing.set(None)) />
            })}
        </section>
    }
}

fn photo_alt(photo: &PhotoRef) -> String {
    if photo.caption.is_empty() {
        fill(
            texts().photo_alt,
            &[("date", &format_date_time(photo.taken_at, texts().lang))],
        )
    } else {
        photo.caption.clone()
    }
}

/// Processes and stores one file; the message names the file when refused.
async fn add_file(
    state: AppState,
    ids: StoredValue<(CommunityId, ItemId)>,
    file: &web_sys::File,
    caption: &str,
) -> Result<(), String> {
    let t = texts();
    let name = file.name();
    let processed = process(file, caption).await.map_err(|failure| {
        let reason = match failure {
            PhotoFailure::Refused(error) => t.assessment_error(&error),
            PhotoFailure::Unreadable => t.photo_unreadable.to_string(),
        };
        t.label_text(&name, &reason)
    })?;
    let (c, i) = ids.get_value();
    let photo = processed.photo.clone();
    let add: Edit = Rc::new(move |w, stamp| w.photo_added(&c, &i, photo.clone(), stamp));
    let community_id = ids.with_value(|(c, _)| c.clone());
    commands::queue_photo_edit(state, &community_id, (processed.photo, processed.blob), add)
        .map_err(|error| t.label_text(&name, &t.assessment_error(&error)))
}

#[component]
fn PhotoViewer(
    ids: StoredValue<(CommunityId, ItemId)>,
    photo: PhotoRef,
    on_close: Callback<()>,
) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    let hash = photo.hash.clone();
    let delete = Callback::new(move |_| {
        confirming.set(false);
        ids.with_value(|(c, i)| commands::remove_photo(state, c, i, &hash));
        on_close.run(());
    });
    return_focus_on_close();
    let on_key = modal_keys(move || on_close.run(()));
    let details = format!(
        "{} · {}×{} · {} KB",
        format_date_time(photo.taken_at, t.lang),
        photo.width,
        photo.height,
        photo.bytes / 1024
    );
    view! {
        <div class="viewer" role="dialog" aria-modal="true" aria-label=t.photo_viewer on:keydown=on_key data-testid="photo-viewer">
            <PhotoImage hash=photo.hash.clone() alt=photo_alt(&photo) />
            <div class="viewer-bar">
                <p>{photo.caption.clone()}</p>
                <p class="muted">{details}</p>
                <div class="button-row">
                    <button type="button" class="button" autofocus on:click=move |_| on_close.run(())>{t.close}</button>
                    <button type="button" class="button button-danger" on:click=move |_| confirming.set(true)>{t.delete}</button>
                </div>
            </div>
            <Show when=move || confirming.get()>
                <ConfirmDialog
                    title=t.photo_delete_title
                    text=t.photo_delete_text.to_string()
                    confirm_label=t.delete_confirm
                    on_confirm=delete
                    on_cancel=Callback::new(move |_| confirming.set(false))
                />
            </Show>
        </div>
    }
}
