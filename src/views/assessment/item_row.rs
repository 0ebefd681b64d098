use leptos::prelude::*;

use crate::ids::CommunityId;
use crate::plan::Item;
use crate::routing::Route;
use crate::views::assessment::rating_picker::RatingPicker;
use crate::views::widgets::plan_title::PlanTitle;

/// An item in the checklist: its number, title (a link to its page) and result.
#[component]
pub fn ItemRow(community_id: CommunityId, item: Item, number: String) -> impl IntoView {
    let href = Route::Item {
        community_id: community_id.clone(),
        item_id: item.id.clone(),
    }
    .href();
    view! {
        <li class="item-row" id=format!("item-{}", item.id) data-item=item.id.to_string()>
            <a class="item-title" href=href>
                <span class="item-number">{number}</span>
                <PlanTitle title=item.title.clone() gloss=item.title_en.clone() />
            </a>
            <RatingPicker community_id=community_id item_id=item.id.clone() item_title=item.title.clone() />
        </li>
    }
}
