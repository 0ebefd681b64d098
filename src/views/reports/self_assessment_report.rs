use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::assessment::{rating_value, score, verdict, Rating, Verdict};
use crate::figures::format_points;
use crate::figures::percent;
use crate::i18n::{fill, texts};
use crate::ids::CommunityId;
use crate::routing::Route;
use crate::views::shell::not_found::find_community;
use crate::web::today;

/// The community self-assessment form (自评表), laid out for A4 paper:
/// one row per item, totals, the verdict, and lines to sign and seal.
#[component]
pub fn SelfAssessmentReport(community_id: CommunityId) -> impl IntoView {
    let t = texts();
    let state = use_app_state();
    let community = match find_community(state, &community_id) {
        Ok(community) => community,
        Err(not_found) => return not_found,
    };
    let scoring = state.plan.with_value(|plan| plan.scoring.clone());
    let (rows, total, meets, pass) = state.plan.with_value(|plan| {
        state.workspace.with_untracked(|w| {
            let ratings = w.ratings(&community_id);
            let rows: Vec<_> = plan
                .items()
                .map(|(area, item)| {
                    let rating = ratings.get(&item.id).copied().unwrap_or_default();
                    let points =
                        rating_value(&plan.scoring.values, rating).map(|v| v * item.weight);
                    let mut remarks = w.note(&community_id, &item.id);
                    if rating == Rating::NotApplicable {
                        if let Some(reason) = w.na_reason(&community_id, &item.id) {
                            remarks = format!(
                                "{}{}{}",
                                t.label_text(t.na_reason_label, &reason),
                                t.sentence_end,
                                remarks
                            );
                        }
                    }
                    (
                        item.display_number(plan),
                        format!("{} · {}", area.title, item.title),
                        item.source.clone(),
                        t.rating(rating),
                        points,
                        item.weight,
                        w.photos(&community_id, &item.id).len(),
                        remarks,
                    )
                })
                .collect();
            (
                rows,
                score(plan, &ratings),
                verdict(plan, &ratings) == Verdict::Meets,
                plan.scoring.pass_share,
            )
        })
    });
    let print = move |_| {
        let _ = window().print();
    };
    let back = Route::Community {
        community_id: community_id.clone(),
    }
    .href();
    view! {
        <div class="no-print button-row">
            <a class="button" href=back>{"← "}{t.back_to_checklist}</a>
            <button type="button" class="button button-primary" on:click=print>{t.print}</button>
        </div>
        <article class="report" data-testid="self-assessment-report">
            <h1>{fill(t.report_self_title, &[("name", &community.name)])}</h1>
            <p class="report-meta">{fill(t.report_date, &[("date", &today().to_string())])}" · "{t.scoring_label(&scoring)}</p>
            <table class="report-table">
                <thead><tr>
                    <th scope="col">{t.report_col_number}</th>
                    <th scope="col">{t.report_col_content}</th>
                    <th scope="col">{t.report_col_points}</th>
                    <th scope="col">{t.report_col_result}</th>
                    <th scope="col">{t.report_col_score}</th>
                    <th scope="col">{t.report_col_evidence}</th>
                    <th scope="col">{t.report_col_remarks}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(number, content, source, result, points, weight, photos, remarks)| view! {
                        <tr>
                            <td>{number}</td>
                            <td>{content}</td>
                            <td class="report-source">{source}</td>
                            <td>{result}</td>
                            <td>{points.map(|p| format!("{}/{}", format_points(p), format_points(weight))).unwrap_or_else(|| "—".into())}</td>
                            <td>{fill(t.report_photos, &[("n", &photos.to_string())])}</td>
                            <td>{remarks}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr>
                    <th scope="row" colspan="4">{t.report_total}</th>
                    <td colspan="3">{format!("{}/{}{}", format_points(total.earned), format_points(total.applicable_weight), t.aside(&texts().share(total.share)))}</td>
                </tr></tfoot>
            </table>
            <p class="report-verdict">
                <strong>{t.label_text(t.report_verdict, "")}</strong>
                {t.verdict_text(meets, &scoring)}
                {t.aside(&fill(t.report_pass_line, &[("pass", &percent(pass).to_string()), ("scoring", &t.scoring_name(&scoring))]))}
            </p>
            <div class="signatures">
                <p>{t.label_text(t.report_sign, "＿＿＿＿＿＿＿＿")}</p>
                <p>{t.label_text(t.report_seal, "")}</p>
                <p>{t.label_text(t.report_sign_date, t.report_date_blank)}</p>
            </div>
        </article>
    }
    .into_any()
}
