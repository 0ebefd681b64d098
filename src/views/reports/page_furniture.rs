use leptos::prelude::*;

use crate::i18n::texts;
use crate::report::{page_furniture_css, PageFurniture};

/// What every printed page of a form carries: `head` as the running head
/// and 第 N 页 共 M 页 in the footer, printed in the page's margin boxes
/// (style/main.css sets their type).
#[component]
pub fn PageFurnitureStyle(
    /// The form's title, e.g. 东风社区绿色社区创建自评表.
    #[prop(into)]
    head: String,
) -> impl IntoView {
    let css = page_furniture_css(&PageFurniture {
        head: &head,
        page_number: texts().forms.page_number,
    });
    view! { <style data-testid="page-furniture">{css}</style> }
}
