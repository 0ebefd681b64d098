use chrono::{DateTime, NaiveDate, Utc};

use super::Workspace;
use crate::assessment::{
    summarize_inspection, validate_inspectors, AssessmentError, Inspection, InspectionSummary,
};
use crate::ids::{CommunityId, InspectionId};

impl Workspace {
    /// The inspection of the community under way on this device. Changes
    /// made meanwhile are tagged with its id.
    pub fn open_inspection(&self, community_id: &CommunityId) -> Option<&Inspection> {
        self.inspections(community_id)
            .into_iter()
            .find(|i| i.is_open() && i.device_id == self.device_id)
    }

    /// A new inspection with checked inspector names, not yet added.
    /// Refused while another inspection of the community is under way on
    /// this device, so that every change belongs to at most one.
    pub fn new_inspection<S: AsRef<str>>(
        &self,
        community_id: &CommunityId,
        date: NaiveDate,
        inspectors: &[S],
        id: InspectionId,
        now: DateTime<Utc>,
    ) -> Result<Inspection, AssessmentError> {
        if self.open_inspection(community_id).is_some() {
            return Err(AssessmentError::InspectionAlreadyOpen);
        }
        Ok(Inspection {
            id,
            community_id: community_id.clone(),
            date,
            inspectors: validate_inspectors(inspectors)?,
            started_at: now,
            finished_at: None,
            device_id: self.device_id.clone(),
        })
    }

    /// The inspection marked finished, not yet stored; `None` when there is
    /// no such inspection or it is already finished.
    pub fn finished_inspection(
        &self,
        inspection_id: &InspectionId,
        now: DateTime<Utc>,
    ) -> Option<Inspection> {
        let inspection = self.records.inspections.get(inspection_id)?;
        inspection.is_open().then(|| Inspection {
            finished_at: Some(now.max(inspection.started_at)),
            ..inspection.clone()
        })
    }

    /// Adds or replaces an inspection.
    pub fn put_inspection(&mut self, inspection: Inspection) {
        self.records
            .inspections
            .insert(inspection.id.clone(), inspection);
    }

    /// Removes an inspection record. The changes made during it stay (they
    /// are the items' history) and keep its id.
    pub fn remove_inspection(&mut self, inspection_id: &InspectionId) {
        self.records.inspections.remove(inspection_id);
    }

    /// What the inspection changed, as far as it still stands. Only its
    /// community's records can belong to it.
    pub fn inspection_summary(&self, inspection_id: &InspectionId) -> InspectionSummary {
        let Some(inspection) = self.records.inspections.get(inspection_id) else {
            return InspectionSummary::default();
        };
        summarize_inspection(
            self.records.changes_of(&inspection.community_id),
            inspection_id,
        )
    }
}
