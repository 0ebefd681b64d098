use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::i18n::texts;
use crate::report::{AppendixPhoto, PHOTOS_PER_PAGE};
use crate::views::widgets::photo_image::PhotoImage;

/// The form's appendix: the evidence photos as thumbnails, each with its
/// item number and caption, in pages of six. `settled` collects the
/// photos (by position) that are shown or known to be missing, so the
/// page can wait for them before printing.
#[component]
pub fn PhotoAppendix(
    pages: Vec<Vec<AppendixPhoto>>,
    settled: RwSignal<BTreeSet<usize>>,
) -> impl IntoView {
    let t = texts();
    let empty = pages.is_empty();
    view! {
        <section class="photo-appendix" data-testid="photo-appendix">
            <h2>{t.forms.appendix_title}</h2>
            {empty.then(|| view! { <p>{t.forms.appendix_none}</p> })}
            {pages.into_iter().enumerate().map(|(p, photos)| view! {
                <div class="appendix-page">
                    {photos.into_iter().enumerate().map(|(i, photo)| view! {
                        <AppendixFigure photo=photo position=p * PHOTOS_PER_PAGE + i settled=settled />
                    }).collect_view()}
                </div>
            }).collect_view()}
        </section>
    }
}

#[component]
fn AppendixFigure(
    photo: AppendixPhoto,
    position: usize,
    settled: RwSignal<BTreeSet<usize>>,
) -> impl IntoView {
    let t = texts();
    let missing = RwSignal::new(false);
    let on_settled = Callback::new(move |shown: bool| {
        missing.set(!shown);
        settled.update(|s| {
            s.insert(position);
        });
    });
    view! {
        <figure class="appendix-photo">
            <PhotoImage hash=photo.hash alt=photo.caption.clone() on_settled=on_settled />
            <figcaption>
                <span class="appendix-number">{photo.number}</span>" "{photo.caption}
                {move || missing.get().then(|| view! { <span class="muted">{t.aside(t.forms.photo_missing)}</span> })}
            </figcaption>
        </figure>
    }
}
