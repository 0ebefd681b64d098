use leptos::prelude::*;

use crate::ids::CommunityId;
use crate::views::communities::community_card::CommunityCard;
use crate::views::widgets::show_more::ShowMore;
use crate::web::modal_focus::focus_on_next_frame;

/// One card per community, in the order given: the first `limit`, then a
/// button for the next page. The caller owns `limit`, so that a new filter
/// can start from the first page again.
#[component]
pub fn CommunityCards(
    ids: Signal<Vec<CommunityId>>,
    limit: RwSignal<usize>,
    test_id: &'static str,
) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ul>::new();
    let shown = move || ids.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    // Reading goes on at the first new card's name.
    let on_more = Callback::new(move |first_new: usize| {
        let selector = format!(":scope > li:nth-child({}) a.community-name", first_new + 1);
        focus_on_next_frame(list.get_untracked().map(Into::into), selector);
    });
    view! {
        <ul class="community-list" data-testid=test_id node_ref=list>
            <For each=shown key=|id| id.clone() let:id>
                <CommunityCard community_id=id />
            </For>
        </ul>
        <ShowMore total=Signal::derive(move || ids.with(Vec::len)) limit=limit on_more=on_more />
    }
}
