use leptos::prelude::*;

use crate::figures::format_points;
use crate::i18n::{current_lang, fill, texts, Lang};
use crate::report::{first_sentence, FormRow, FormSection};
use crate::views::widgets::plan_title::PlanTitle;

/// One creation area of the self-assessment form: the plan's own paragraph
/// once, as the area's heading row, then a row per item saying what was
/// checked and what was found.
#[component]
pub fn FormSectionRows(section: FormSection) -> impl IntoView {
    let t = texts();
    let (lead, rest) = first_sentence(&section.plan_text);
    let units = t.aside(&t.label_text(t.responsible_units, &t.list(&section.responsible_units)));
    let gloss = (current_lang() == Lang::En && !section.title_en.is_empty())
        .then(|| view! { <span class="gloss" lang="en">{section.title_en.clone()}</span> });
    view! {
        <tbody class="form-area">
            <tr class="form-area-head">
                <td colspan="7" lang="zh-CN">
                    <span class="form-plan-label">{t.plan_words}</span>
                    {section.number.clone()}<strong>{lead.to_string()}</strong>{rest.to_string()}{units}
                    {gloss}
                </td>
            </tr>
            {section.rows.into_iter().map(|row| view! { <FormItemRow row=row /> }).collect_view()}
        </tbody>
    }
}

#[component]
fn FormItemRow(row: FormRow) -> impl IntoView {
    let t = texts();
    let score = row.points.map_or_else(
        || "—".to_string(),
        |p| format!("{}/{}", format_points(p), format_points(row.weight)),
    );
    let photos = match row.photos.len() {
        0 => "—".to_string(),
        n => fill(t.report.photos, &[("n", &n.to_string())]),
    };
    let remarks = remarks(&row);
    view! {
        <tr data-item=row.item_id.to_string() class:may-split=row.may_split()>
            <td class="fit">{row.number.clone()}</td>
            <td><PlanTitle title=row.title.clone() gloss=row.title_en.clone() /></td>
            <td class="form-look-for" lang="zh-CN">{row.look_for.clone()}</td>
            <td class="fit">{t.rating(row.rating)}</td>
            <td class="fit">{score}</td>
            <td class="fit">{photos}</td>
            <td>{remarks}</td>
        </tr>
    }
}

/// The remarks cell: the reason for 不适用, then the note.
fn remarks(row: &FormRow) -> String {
    let t = texts();
    match row.na_reason.as_deref() {
        Some(reason) => format!(
            "{}{}{}",
            t.label_text(t.na_reason_label, reason),
            t.sentence_end,
            row.note
        ),
        None => row.note.clone(),
    }
}
