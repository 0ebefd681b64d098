use leptos::prelude::*;

use crate::assessment::{SatisfactionFigure, SurveyState};
use crate::evaluation::PollTally;
use crate::i18n::{residents_texts, texts};

/// The printed form's residents' satisfaction (效果共评): the year's rate
/// with what it counts, each survey, and the display's poll apart.
#[component]
pub fn FormSatisfaction(
    figure: SatisfactionFigure,
    surveys: Vec<SurveyState>,
    poll: PollTally,
) -> impl IntoView {
    let r = residents_texts();
    let t = texts();
    view! {
        <tr class="form-satisfaction" data-testid="form-satisfaction">
            <th scope="row" colspan="2">{r.report_heading}</th>
            <td colspan="5">
                <p>{r.figure(&figure)}</p>
                <ul>{surveys.iter().map(|s| view! { <li>{t.survey_line(s)}</li> }).collect_view()}</ul>
                <p>{t.label_text(r.poll_label, &r.poll(&poll))}</p>
            </td>
        </tr>
    }
}
