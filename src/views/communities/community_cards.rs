use leptos::prelude::*;

use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::views::communities::community_card::CommunityCard;

/// Cards a list shows at first, and how many each "show more" adds: a
/// device holding the whole city draws a page of cards, not 300.
pub const CARDS_PAGE: usize = 20;

/// One card per community, in the order given: the first `limit`, then a
/// button for the next page. The caller owns `limit`, so that a new filter
/// can start from the first page again.
#[component]
pub fn CommunityCards(
    ids: Signal<Vec<CommunityId>>,
    limit: RwSignal<usize>,
    test_id: &'static str,
) -> impl IntoView {
    let t = texts();
    let list = NodeRef::<leptos::html::Ul>::new();
    let total = move || ids.with(Vec::len);
    let shown_count = move || total().min(limit.get());
    let shown = move || ids.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let more = move || (total() - shown_count()).min(CARDS_PAGE);
    let show_more = move |_| {
        let first_new = shown_count();
        limit.update(|limit| *limit = first_new + CARDS_PAGE);
        // The button may go with the last page: focus the first new card's
        // name, where reading goes on.
        request_animation_frame(move || focus_card_link(list, first_new));
    };
    view! {
        <ul class="community-list" data-testid=test_id node_ref=list>
            <For each=shown key=|id| id.clone() let:id>
                <CommunityCard community_id=id />
            </For>
        </ul>
        <Show when=move || more() != 0>
            <div class="more-cards">
                <p class="muted" aria-live="polite">
                    {move || fill(t.cards_shown, &[
                        ("shown", &shown_count().to_string()),
                        ("n", &total().to_string()),
                    ])}
                </p>
                <button type="button" class="button" on:click=show_more>
                    {move || fill(t.cards_show_more, &[("n", &more().to_string())])}
                </button>
            </div>
        </Show>
    }
}

fn focus_card_link(list: NodeRef<leptos::html::Ul>, index: usize) {
    let link = list.get_untracked().and_then(|list| {
        list.query_selector(&format!(
            ":scope > li:nth-child({}) a.community-name",
            index + 1
        ))
        .ok()
        .flatten()
    });
    if let Some(link) = link {
        use wasm_bindgen::JsCast;
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            let _ = link.focus();
        }
    }
}
