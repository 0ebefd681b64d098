use chrono::NaiveDate;

use super::{Stamp, Workspace};
use crate::assessment::{AssessmentError, Change, ChangeKind, SurveyState};
use crate::ids::{CommunityId, ItemId, SurveyId};

impl Workspace {
    /// The record for entering, correcting (`new` is `Some`) or deleting
    /// (`new` is `None`) a residents' survey on `item_id` (the plan's
    /// satisfaction item), not yet applied; `today` is the last day a
    /// survey may be dated. `Ok(None)` when nothing would change.
    pub fn survey_change(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        survey_id: &SurveyId,
        new: Option<SurveyState>,
        today: NaiveDate,
        stamp: Stamp,
    ) -> Result<Option<Change>, AssessmentError> {
        let after = new.map(|s| s.validated(today)).transpose()?;
        let before = self
            .item_state(community_id, item_id)
            .survey(survey_id)
            .map(|s| s.state.clone());
        if before == after {
            return Ok(None);
        }
        let kind = ChangeKind::Survey {
            survey_id: survey_id.clone(),
            before,
            after,
        };
        Ok(Some(self.record(community_id, item_id, kind, stamp)))
    }

    /// Reverts the item's latest survey change not already undone.
    pub fn undo_last_survey(
        &self,
        community_id: &CommunityId,
        item_id: &ItemId,
        stamp: Stamp,
    ) -> Option<Change> {
        self.undo_last_where(community_id, item_id, stamp, |c| {
            matches!(c.kind, ChangeKind::Survey { .. })
        })
    }
}
