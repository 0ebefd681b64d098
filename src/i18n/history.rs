//! An item's history in words: what each change did, and who made it.

use super::{fill, Texts};
use crate::assessment::{Change, ChangeKind};

impl Texts {
    /// One line saying what a change did, in plain words; an undo says so.
    pub fn describe_change(&self, change: &Change) -> String {
        let prefix = if change.is_undo() {
            self.undone_prefix
        } else {
            ""
        };
        format!("{prefix}{}", self.describe_kind(&change.kind))
    }

    fn describe_kind(&self, kind: &ChangeKind) -> String {
        match kind {
            ChangeKind::Result { old, new, reason } => {
                let mut text = self.label_text(
                    self.rating_group,
                    &format!("{} → {}", self.rating(*old), self.rating(*new)),
                );
                if let Some(reason) = reason {
                    text.push_str(&self.aside(reason));
                }
                text
            }
            ChangeKind::Note { new, .. } if new.is_empty() => self.note_cleared.to_string(),
            ChangeKind::Note { .. } => self.note_changed.to_string(),
            ChangeKind::PhotoAdded { .. } => self.photo_added.to_string(),
            ChangeKind::PhotoRemoved { .. } => self.photo_removed.to_string(),
            ChangeKind::PhotoDisplay { shown: true, .. } => self.display.photo_shown.to_string(),
            ChangeKind::PhotoDisplay { shown: false, .. } => self.display.photo_hidden.to_string(),
            ChangeKind::Action {
                old: None,
                new: Some(s),
                ..
            } => self.label_text(self.action_created, &s.description),
            ChangeKind::Action {
                new: None,
                old: Some(s),
                ..
            } => self.label_text(self.action_deleted, &s.description),
            ChangeKind::Action { new: Some(s), .. } => {
                let state = if s.done {
                    self.action_done
                } else {
                    self.action_open
                };
                self.label_text(self.action_changed, &s.description) + &self.aside(state)
            }
            ChangeKind::Action { .. } => self.action_changed.to_string(),
            ChangeKind::Survey { before, after, .. } => {
                let words = self.residents();
                let (template, state) = match (before, after) {
                    (None, Some(s)) => (words.history_added, s),
                    (Some(s), None) => (words.history_deleted, s),
                    (_, Some(s)) => (words.history_changed, s),
                    (None, None) => return words.history_changed.replace("：{date}", ""),
                };
                fill(template, &[("date", &state.date.to_string())])
            }
        }
    }

    /// Who made a change: the person's name, or the first eight characters
    /// of the device id when no name was given.
    pub fn change_author(&self, change: &Change) -> String {
        if change.author.is_empty() {
            let device: String = change.device_id.chars().take(8).collect();
            fill(self.by_device, &[("device", &device)])
        } else {
            change.author.clone()
        }
    }
}
