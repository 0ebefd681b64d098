//! Before and after: finished rectification actions with the photos that
//! show them, only photos the committee marked for the display. The photo
//! before is the latest one taken by the time the action was raised (the
//! problem as it was seen); the photo after, the latest one taken since.

use chrono::{DateTime, Utc};

use crate::assessment::{Change, ChangeKind, PhotoRef};
use crate::ids::{ActionId, CommunityId};
use crate::plan::Plan;
use crate::records::Records;
use crate::sorting;

/// How many finished actions a slide shows, even in portrait.
const SHOWN: usize = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct BeforeAfter {
    pub number: String,
    pub title: String,
    pub action: String,
    pub done_at: DateTime<Utc>,
    pub before: Option<PhotoRef>,
    pub after: PhotoRef,
}

/// The latest finished actions that have a photo after, newest first.
pub fn before_after(
    plan: &Plan,
    records: &Records,
    community_id: &CommunityId,
) -> Vec<BeforeAfter> {
    let mut found: Vec<BeforeAfter> = plan
        .items()
        .flat_map(|(_, item)| {
            let state = records.item_state(community_id, &item.id);
            let history = records.history(community_id, &item.id);
            let shown: Vec<PhotoRef> = state.photos_on_display().cloned().collect();
            state
                .actions
                .into_iter()
                .filter(|action| action.done)
                .filter_map(|action| {
                    let (raised, done) = action_times(&history, &action.id)?;
                    let after = latest(&shown, |at| at > raised)?;
                    Some(BeforeAfter {
                        number: item.display_number(plan),
                        title: item.title.clone(),
                        action: action.description,
                        done_at: done,
                        before: latest(&shown, |at| at <= raised),
                        after,
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect();
    sorting::sort_by_key(&mut found, |done| std::cmp::Reverse(done.done_at));
    found.truncate(SHOWN);
    found
}

/// When the action was raised, and when it was last marked done.
fn action_times(history: &[&Change], id: &ActionId) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let of_action = history
        .iter()
        .filter(|c| matches!(&c.kind, ChangeKind::Action { action_id, .. } if action_id == id));
    let raised = of_action.clone().map(|c| c.at).min()?;
    let done = of_action
        .filter(|c| {
            matches!(&c.kind, ChangeKind::Action { new: Some(s), old, .. }
                if s.done && !old.as_ref().is_some_and(|o| o.done))
        })
        .map(|c| c.at)
        .max()?;
    Some((raised, done))
}

/// The latest photo taken at a time `when` accepts.
fn latest(photos: &[PhotoRef], when: impl Fn(DateTime<Utc>) -> bool) -> Option<PhotoRef> {
    photos
        .iter()
        .filter(|p| when(p.taken_at))
        .max_by_key(|p| p.taken_at)
        .cloned()
}
