//! Importing a checked file into what is already there: a merge, plus a
//! summary of what it brought, for the person who imported it.

use std::collections::BTreeSet;

use super::conflict::conflicts;
use super::format::ExportDocument;
use crate::ids::CommunityId;
use crate::records::id_clashes;
use crate::records::Records;

/// The result of importing one file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOutcome {
    /// What to write (all in one go), and then to
    /// [`absorb`](Records::absorb) into the existing data, to make it the
    /// merge of the two: new or replaced records only.
    pub to_write: Records,
    pub summary: ImportSummary,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub communities_added: usize,
    /// Communities already there that got new or changed records.
    pub communities_updated: usize,
    pub changes_added: usize,
    pub photos_added: usize,
    /// Photos shown in the file's communities whose bytes are neither in
    /// the file nor already here (files exported without photos): their
    /// details show, the image does not.
    pub photos_missing: usize,
    /// Open conflicts in the file's communities after the import.
    pub conflicts_found: usize,
    /// Change ids held here and in the file with different content (a
    /// damaged or edited file); one version was kept (see `merge`).
    pub id_clashes: usize,
    /// Names of the file's communities that another community here (with
    /// another id) already has: probably the same community, entered on
    /// two devices separately. Both are kept.
    pub same_names: Vec<String>,
    /// Merges of communities (or undos of them) the file brought.
    pub merges_added: usize,
    /// Submissions the file brought.
    pub submissions_added: usize,
    /// The office's reviews, 公示, objections and namings it brought.
    pub office_records_added: usize,
    /// Answers to a display's poll it brought.
    pub poll_answers_added: usize,
    /// Nothing new: no record was added or changed. (A later export time
    /// for the same records is still kept.)
    pub already_up_to_date: bool,
}

/// What merging a file that [`super::parse_export`] accepted into
/// `existing` adds, and a summary of it; `existing` stays as it is until the
/// caller has stored `to_write` and absorbs it. Importing the same file
/// again brings nothing. The cost grows with the file and with the records
/// of the file's communities, not with everything already imported.
pub fn import_into(existing: &Records, incoming: &ExportDocument) -> ImportOutcome {
    let incoming = Records::from_export(incoming);
    let to_write = existing.updates_from(&incoming);
    let summary = summarize(existing, &incoming, &to_write);
    ImportOutcome { to_write, summary }
}

fn summarize(existing: &Records, incoming: &Records, new: &Records) -> ImportSummary {
    let file_communities: Vec<&CommunityId> = incoming.communities.keys().collect();
    let is_new = |id: &CommunityId| !existing.communities.contains_key(id);
    let merged_with_existing;
    let merged = if file_communities
        .iter()
        .all(|id| existing.last_change_at(id).is_none())
    {
        // Nothing of them here yet (the common case at the office): what
        // the file adds is all they have.
        new
    } else {
        merged_with_existing = merged_communities(existing, new, &file_communities);
        &merged_with_existing
    };
    ImportSummary {
        communities_added: file_communities.iter().filter(|id| is_new(id)).count(),
        communities_updated: file_communities
            .iter()
            .filter(|id| !is_new(id) && touches(new, id))
            .count(),
        changes_added: new.changes().len(),
        photos_added: new.photos.len(),
        photos_missing: missing_photos(merged, &file_communities, |hash| {
            existing.photos.contains_key(hash) || new.photos.contains_key(hash)
        }),
        conflicts_found: file_communities
            .iter()
            .map(|id| conflicts(merged.changes().values(), id).len())
            .sum(),
        id_clashes: id_clashes(existing, incoming).len(),
        same_names: same_names(existing, incoming),
        merges_added: new.community_merges().len(),
        submissions_added: new.evaluation.submissions.len(),
        office_records_added: new.evaluation.office_records().count(),
        poll_answers_added: new.evaluation.poll_answers.len(),
        already_up_to_date: new.communities.is_empty()
            && new.evaluation.is_empty()
            && new.community_merges().is_empty()
            && new.changes().is_empty()
            && new.inspections.is_empty()
            && new.photos.is_empty(),
    }
}

/// The change records of the given communities after the import (and
/// nothing else): what the summary looks at.
fn merged_communities(
    existing: &Records,
    new: &Records,
    community_ids: &[&CommunityId],
) -> Records {
    let mut merged = Records::default();
    let theirs = community_ids
        .iter()
        .flat_map(|id| existing.own_changes_of(id))
        .chain(new.changes().values());
    merged.insert_changes(theirs.cloned());
    merged
}

/// Whether `new` holds anything of the community.
fn touches(new: &Records, community_id: &CommunityId) -> bool {
    new.communities.contains_key(community_id)
        || new
            .changes()
            .values()
            .any(|c| c.community_id == *community_id)
        || new
            .inspections
            .values()
            .any(|i| i.community_id == *community_id)
}

/// Distinct photos shown in the communities whose bytes are not `present`.
fn missing_photos(
    dataset: &Records,
    community_ids: &[&CommunityId],
    present: impl Fn(&str) -> bool,
) -> usize {
    let shown: BTreeSet<String> = crate::sorting::set_of(
        community_ids
            .iter()
            .flat_map(|id| dataset.item_states(id).into_values())
            .flat_map(|state| state.photos.into_iter().map(|p| p.hash)),
    );
    shown.iter().filter(|hash| !present(hash)).count()
}

/// Names the file's communities share with another community here, unless
/// a merge (here or in the file) already made the two one.
fn same_names(existing: &Records, incoming: &Records) -> Vec<String> {
    let one = |a: &CommunityId, b: &CommunityId| {
        existing.resolve(a) == existing.resolve(b) || incoming.resolve(a) == incoming.resolve(b)
    };
    incoming
        .shown_communities()
        .filter(|c| {
            existing
                .communities_named(&c.name)
                .any(|id| !one(id, &c.id) && !existing.is_merged_away(id))
        })
        .map(|c| c.name.clone())
        .collect()
}
