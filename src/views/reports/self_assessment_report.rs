use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::evaluation::PollTally;
use crate::figures::{format_points, percent};
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::plan::Scoring;
use crate::report::{SelfAssessmentForm, PHOTOS_PER_PAGE};
use crate::routing::Route;
use crate::views::reports::form_satisfaction::FormSatisfaction;
use crate::views::reports::form_section::FormSectionRows;
use crate::views::reports::page_furniture::PageFurnitureStyle;
use crate::views::reports::photo_appendix::PhotoAppendix;
use crate::views::shell::not_found::find_community;
use crate::web::today;

/// The community self-assessment form (自评表), laid out for A4 paper:
/// each creation area's plan paragraph above its items, one row per item,
/// totals, the verdict and lines to sign and seal; optionally the evidence
/// photos as an appendix.
#[component]
pub fn SelfAssessmentReport(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let community = match find_community(state, &community_id) {
        Ok(community) => community,
        Err(not_found) => return not_found,
    };
    let scoring = state.plan().with(|plan| plan.scoring.clone());
    let form = state.plan().with(|plan| {
        state.workspace.with_untracked(|w| {
            SelfAssessmentForm::new(plan, w, &community_id, crate::web::today())
        })
    });
    let appendix = StoredValue::new(form.appendix_pages());
    let photo_count = appendix.with_value(|pages| pages.iter().map(Vec::len).sum::<usize>());
    let with_photos = RwSignal::new(false);
    let settled = RwSignal::new(BTreeSet::new());
    let loading = move || with_photos.get() && settled.with(|s| s.len() < photo_count);
    let toggle = move |ev: leptos::ev::Event| {
        settled.set(BTreeSet::new());
        with_photos.set(event_target_checked(&ev));
    };
    let print = move |_| {
        let _ = window().print();
    };
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    let title = fill(t.report.self_title, &[("name", &community.name)]);
    let poll = state.workspace.with_untracked(|w| {
        let members = w.members_of(&community_id);
        PollTally::of(
            &w.records.evaluation.poll_answers,
            &members,
            form.satisfaction.year,
        )
    });
    let closing = form_closing(&form, &scoring, poll);
    let [content, points, remarks] = form.text_column_widths().map(|w| format!("width: {w}%"));
    view! {
        <div class="no-print button-row">
            <a class="button" href=back>{"← "}{t.back_to_checklist}</a>
            <button type="button" class="button button-primary" on:click=print disabled=loading>{t.print}</button>
        </div>
        <label class="no-print check">
            <input type="checkbox" data-testid="print-photos" on:change=toggle />
            {fill(t.forms.appendix_option, &[("n", &PHOTOS_PER_PAGE.to_string())])}
        </label>
        <p class="no-print muted" role="status">{move || loading().then_some(t.forms.appendix_loading)}</p>
        <article class="report" data-testid="self-assessment-report">
            <PageFurnitureStyle head=title.clone() />
            <h1>{title.clone()}</h1>
            <p class="report-meta">{fill(t.report.date, &[("date", &today().to_string())])}" · "{t.scoring_label(&scoring)}</p>
            // On a phone the form keeps its paper layout and scrolls sideways.
            <div class="table-scroll" tabindex="0" role="region" aria-label=title>
            <table class="report-table form-table">
                <thead><tr>
                    <th scope="col" class="fit">{t.report.col_number}</th>
                    <th scope="col" style=content>{t.report.col_content}</th>
                    <th scope="col" style=points>{t.report.col_points}</th>
                    <th scope="col" class="fit">{t.report.col_result}</th>
                    <th scope="col" class="fit">{t.report.col_score}</th>
                    <th scope="col" class="fit">{t.report.col_evidence}</th>
                    <th scope="col" style=remarks>{t.report.col_remarks}</th>
                </tr></thead>
                {form.sections.into_iter().map(|section| view! { <FormSectionRows section=section /> }).collect_view()}
                {closing}
            </table>
            </div>
            {move || with_photos.get().then(|| view! { <PhotoAppendix pages=appendix.get_value() settled=settled /> })}
        </article>
    }
    .into_any()
}

/// The totals row, the conclusion and the lines to sign and seal: one
/// group of rows that is never split across pages.
fn form_closing(form: &SelfAssessmentForm, scoring: &Scoring, poll: PollTally) -> impl IntoView {
    let t = texts();
    let total = form.total;
    view! {
        <tbody class="form-closing">
            <tr class="form-total" data-testid="form-total">
                <th scope="row" colspan="4">{t.report.total}</th>
                <td colspan="3" class="fit">{format!("{}/{}{}", format_points(total.earned), format_points(total.applicable_weight), t.aside(&t.share(total.share)))}</td>
            </tr>
            <FormSatisfaction figure=form.satisfaction.clone() surveys=form.surveys.clone() poll=poll />
            <tr>
                <td colspan="7" class="form-closing-cell">
                    <p class="report-verdict">
                        <strong>{t.label_text(t.report.verdict, "")}</strong>
                        {t.verdict_text(form.meets, scoring)}
                        {t.aside(&fill(t.report.pass_line, &[("pass", &percent(scoring.pass_share).to_string()), ("scoring", &t.scoring_name(scoring))]))}
                    </p>
                    <div class="signatures">
                        <p>{t.label_text(t.report.sign, "＿＿＿＿＿＿＿＿")}</p>
                        <p>{t.label_text(t.report.seal, "")}</p>
                        <p>{t.label_text(t.report.sign_date, t.report.date_blank)}</p>
                    </div>
                </td>
            </tr>
        </tbody>
    }
}
