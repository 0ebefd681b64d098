use leptos::prelude::*;

use crate::app::commands::satisfaction_item;
use crate::app::state::use_app_state;
use crate::assessment::Survey;
use crate::i18n::{residents_texts, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::residents::satisfaction_card::SatisfactionCard;
use crate::views::residents::survey_form::SurveyForm;
use crate::views::residents::survey_list::SurveyList;
use crate::views::shell::not_found::find_community;
use crate::views::widgets::photo_panel::PhotoPanel;

/// Residents' satisfaction (效果共评) for one community: this year's rate
/// and the display's poll, the surveys recorded, a form to enter or
/// correct one, and the photos of the paper forms (the item's photos).
#[component]
pub fn ResidentsPage(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let r = residents_texts();
    let state = use_app_state();
    if let Err(not_found) = find_community(state, &community_id) {
        return not_found;
    }
    let editing = RwSignal::new(None::<Survey>);
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    let photos = satisfaction_item(state).map(|item_id| {
        view! {
            <h2 class="section-heading">{r.photos_panel}</h2>
            <PhotoPanel community_id=community_id.clone() item_id=item_id />
        }
    });
    view! {
        <nav class="breadcrumb"><a href=back>{"← "}{t.back_to_checklist}</a></nav>
        <h1>{r.title}</h1>
        <p class="muted">{r.explain}</p>
        <SatisfactionCard community_id=community_id.clone() linked=false />
        <SurveyList community_id=community_id.clone() editing=editing />
        <section class="card">
            <SurveyForm community_id=community_id.clone() editing=editing />
        </section>
        {photos}
    }
    .into_any()
}
