use std::collections::BTreeSet;

use super::{Action, ActionState, Change, ChangeKind, PhotoRef, Rating, Survey, SurveyState};

/// An item's current state, derived from its change records applied in
/// [`Change::order_key`] order: the latest result (and 不适用 reason), the
/// latest note, the photos added and not removed, and each action as its
/// latest change left it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemState {
    pub rating: Rating,
    /// Set only while the rating is 不适用.
    pub na_reason: Option<String>,
    pub note: String,
    /// In the order added.
    pub photos: Vec<PhotoRef>,
    /// Hashes of the photos marked to be shown on the display.
    pub on_display: BTreeSet<String>,
    /// In the order created; deleted actions are gone.
    pub actions: Vec<Action>,
    /// Residents' satisfaction surveys, in the order entered; deleted ones
    /// are gone.
    pub surveys: Vec<Survey>,
}

impl ItemState {
    /// Folds an item's changes, which must be sorted by `order_key`.
    pub fn from_changes<'a>(changes: impl IntoIterator<Item = &'a Change>) -> Self {
        changes
            .into_iter()
            .fold(ItemState::default(), |mut state, change| {
                state.apply(&change.kind);
                state
            })
    }

    pub fn apply(&mut self, kind: &ChangeKind) {
        match kind {
            ChangeKind::Result { new, reason, .. } => {
                self.rating = *new;
                self.na_reason = reason.clone().filter(|_| *new == Rating::NotApplicable);
            }
            ChangeKind::Note { new, .. } => self.note = new.clone(),
            ChangeKind::PhotoAdded { photo } => {
                if self.photo(&photo.hash).is_none() {
                    self.photos.push(photo.clone());
                }
            }
            ChangeKind::PhotoRemoved { photo } => {
                self.photos.retain(|p| p.hash != photo.hash);
                self.on_display.remove(&photo.hash);
            }
            ChangeKind::PhotoDisplay { hash, shown } => {
                if *shown {
                    self.on_display.insert(hash.clone());
                } else {
                    self.on_display.remove(hash);
                }
            }
            ChangeKind::Action { action_id, new, .. } => self.set_action(action_id, new),
            ChangeKind::Survey {
                survey_id, after, ..
            } => self.set_survey(survey_id, after),
        }
    }

    /// The photos marked to be shown on the display, in the order added.
    pub fn photos_on_display(&self) -> impl Iterator<Item = &PhotoRef> {
        self.photos
            .iter()
            .filter(|p| self.on_display.contains(&p.hash))
    }

    pub fn photo(&self, hash: &str) -> Option<&PhotoRef> {
        self.photos.iter().find(|p| p.hash == hash)
    }

    pub fn action(&self, action_id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == action_id)
    }

    pub fn survey(&self, survey_id: &str) -> Option<&Survey> {
        self.surveys.iter().find(|s| s.id == survey_id)
    }

    fn set_survey(&mut self, survey_id: &str, after: &Option<SurveyState>) {
        let position = self.surveys.iter().position(|s| s.id == survey_id);
        match (position, after) {
            (Some(i), Some(state)) => self.surveys[i].state = state.clone(),
            (Some(i), None) => {
                self.surveys.remove(i);
            }
            (None, Some(state)) => self.surveys.push(state.clone().with_id(survey_id.into())),
            (None, None) => {}
        }
    }

    fn set_action(&mut self, action_id: &str, new: &Option<ActionState>) {
        let position = self.actions.iter().position(|a| a.id == action_id);
        match (position, new) {
            (Some(i), Some(state)) => self.actions[i] = state.clone().with_id(action_id.into()),
            (Some(i), None) => {
                self.actions.remove(i);
            }
            (None, Some(state)) => self.actions.push(state.clone().with_id(action_id.into())),
            (None, None) => {}
        }
    }
}
