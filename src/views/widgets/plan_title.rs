use leptos::prelude::*;

use crate::i18n::{current_lang, Lang};

/// A title from the plan, in Chinese as the plan writes it; in the English
/// UI its English gloss follows on a line of its own.
#[component]
pub fn PlanTitle(title: String, gloss: String) -> impl IntoView {
    let gloss = (current_lang() == Lang::En && !gloss.is_empty()).then_some(gloss);
    view! {
        <span lang="zh-CN">{title}</span>
        {gloss.map(|gloss| view! { <span class="gloss" lang="en">{gloss}</span> })}
    }
}
