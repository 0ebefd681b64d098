use leptos::prelude::*;

use crate::i18n::{fill, texts};

/// Rows a long list draws at first, and how many each "show more" adds: a
/// device holding the whole city draws a page, not 300.
pub const PAGE: usize = 20;

/// Under a list that draws its first `limit` rows of `total`: how many
/// show, and a button that draws the next page. `on_more` gets the index
/// of the first new row once it is asked for, so the caller can move the
/// focus there (the button goes with the last page).
#[component]
pub fn ShowMore(
    total: Signal<usize>,
    limit: RwSignal<usize>,
    on_more: Callback<usize>,
) -> impl IntoView {
    let t = texts();
    let shown = move || total.get().min(limit.get());
    let more = move || (total.get() - shown()).min(PAGE);
    let show_more = move |_| {
        let first_new = shown();
        limit.set(first_new + PAGE);
        on_more.run(first_new);
    };
    view! {
        <Show when=move || more() != 0>
            <div class="show-more">
                <p class="muted" aria-live="polite">
                    {move || fill(t.cards_shown, &[
                        ("shown", &shown().to_string()),
                        ("n", &total.get().to_string()),
                    ])}
                </p>
                <button type="button" class="button" on:click=show_more>
                    {move || fill(t.cards_show_more, &[("n", &more().to_string())])}
                </button>
            </div>
        </Show>
    }
}
