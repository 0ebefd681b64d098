//! Residents' satisfaction: the surveys a community enters (edits of the
//! plan's 效果共评 item, queued like every item edit) and the answers the
//! kiosk's poll keeps.

use std::rc::Rc;

use leptos::prelude::*;

use super::edit_queue::queue_edit;
use super::evaluation::store_evaluation;
use crate::app::state::AppState;
use chrono::Datelike;

use crate::assessment::{
    satisfaction_of, AssessmentError, ChangeKind, SatisfactionFigure, SurveyState,
};
use crate::evaluation::{may_answer, EvaluationRecords, PollAnswer, PollChoice};
use crate::ids::{CommunityId, ItemId, PollAnswerId, SurveyId};
use crate::web::{now, random_id, today};

/// The plan's item the surveys are records of.
pub fn satisfaction_item(state: AppState) -> Option<ItemId> {
    state
        .plan_untracked()
        .with(|plan| plan.satisfaction_item().map(|item| item.id.clone()))
}

/// Enters, corrects (`new` is `Some`) or deletes a survey; refused input
/// is refused at once and changes nothing.
pub fn save_survey(
    state: AppState,
    community_id: &CommunityId,
    survey_id: &SurveyId,
    new: Option<SurveyState>,
) -> Result<(), AssessmentError> {
    let Some(item) = satisfaction_item(state) else {
        return Ok(());
    };
    let (c, s) = (community_id.clone(), survey_id.clone());
    let day = today();
    queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| w.survey_change(&c, &item, &s, new.clone(), day, stamp)),
    )
}

/// Reverts the latest survey change not already undone.
pub fn undo_survey(state: AppState, community_id: &CommunityId) {
    let Some(item) = satisfaction_item(state) else {
        return;
    };
    let c = community_id.clone();
    let _ = queue_edit(
        state,
        community_id,
        Rc::new(move |w, stamp| Ok(w.undo_last_survey(&c, &item, stamp))),
    );
}

/// Whether the community has a survey change to undo.
pub fn has_survey_change(state: AppState, community_id: &CommunityId) -> bool {
    let Some(item) = satisfaction_item(state) else {
        return false;
    };
    state.workspace.with(|w| {
        w.history(community_id, &item)
            .iter()
            .any(|c| matches!(c.kind, ChangeKind::Survey { .. }))
    })
}

/// Keeps a resident's answer on the kiosk, unless this screen kept one
/// less than the interval ago: `kept` holds the answers this page took,
/// stored or still being stored, so two quick taps never both count.
/// `done(true)` once the answer is stored; `done(false)` at once when it
/// came too soon.
pub fn answer_poll(
    state: AppState,
    community_id: &CommunityId,
    choice: PollChoice,
    kept: StoredValue<Vec<PollAnswer>>,
    done: impl FnOnce(bool) + 'static,
) {
    let device_id = state.workspace.with_untracked(|w| w.device_id.clone());
    let at = now();
    let stored_or_taken = state.workspace.with_untracked(|w| {
        kept.with_value(|taken| {
            let answers = w.records.evaluation.poll_answers.iter().chain(taken);
            may_answer(answers, community_id, &device_id, at)
        })
    });
    if !stored_or_taken {
        done(false);
        return;
    }
    let answer = PollAnswer {
        id: random_id::<PollAnswerId>(),
        community_id: community_id.clone(),
        device_id,
        at,
        choice,
    };
    kept.update_value(|k| k.push(answer.clone()));
    let records = EvaluationRecords {
        poll_answers: vec![answer],
        ..EvaluationRecords::default()
    };
    store_evaluation(state, records, move || done(true));
}

/// The community's residents' satisfaction of this year, as the phone
/// holds it (a tracked read of the one item its surveys are on).
pub fn satisfaction_today(state: AppState, community_id: &CommunityId) -> SatisfactionFigure {
    let day = today();
    let Some(item) = satisfaction_item(state) else {
        return SatisfactionFigure::none(day.year());
    };
    let surveys = state
        .workspace
        .with(|w| w.item_state(community_id, &item).surveys);
    satisfaction_of(surveys.iter().map(|s| &s.state), day.year(), day)
}
