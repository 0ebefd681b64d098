//! Making an export file from a dataset: one community from a phone, or
//! many from the office, in the same format.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use super::base64;
use super::checksum::compute_checksum;
use super::format::{
    Checksum, DeviceInfo, ExportDocument, ExportedCommunity, ExportedPhoto, PlanRef, APP_VERSION,
    EXPORT_FORMAT, SCHEMA_VERSION,
};
use crate::city::CitySetup;
use crate::evaluation::OfficeDevice;
use crate::ids::CommunityId;
use crate::plan::Plan;
use crate::records::Records;
use crate::sorting;

/// How an export is made.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// The exporting device and its user.
    pub device: DeviceInfo,
    pub exported_at: DateTime<Utc>,
    /// Include the bytes of every photo the records mention and the
    /// dataset holds. Without them the file is much smaller; the records
    /// still describe each photo.
    pub with_photos: bool,
    /// Set when passing on data collected from others (the office's merged
    /// export): each community then keeps, as `last_exported_at`, when its
    /// own device last exported it. Unset for a device exporting its own
    /// communities, whose export time is the document's `exported_at`.
    pub relay: bool,
    /// The office's roster and definitions, for its merged export.
    pub city: Option<CitySetup>,
    /// The office's devices, for its merged export: set, the file carries
    /// the office's reviews, 公示, objections and namings of its
    /// communities; empty, only their submissions (a community's own file).
    pub office_devices: Vec<OfficeDevice>,
}

/// The export of the communities `community_ids` (in that order; ids the
/// dataset does not hold are skipped), each followed by the communities
/// merged into it, with the merges that concern them; checksum included.
pub fn build_export(
    dataset: &Records,
    community_ids: &[&CommunityId],
    plan: &Plan,
    options: ExportOptions,
) -> ExportDocument {
    // Each community once, in the order asked, with its members after it.
    let mut members: BTreeSet<CommunityId> = BTreeSet::new();
    let in_order: Vec<CommunityId> = community_ids
        .iter()
        .flat_map(|id| dataset.members_of(id))
        .filter(|member| members.insert(member.clone()))
        .collect();
    let communities: Vec<ExportedCommunity> = in_order
        .iter()
        .filter_map(|id| exported_community(dataset, id, options.relay))
        .collect();
    let community_merges = dataset
        .community_merges()
        .values()
        .filter(|m| members.contains(&m.from) || members.contains(&m.into))
        .cloned()
        .collect();
    let members: Vec<CommunityId> = members.into_iter().collect();
    let evaluation = dataset.evaluation.of_communities(&members);
    let evaluation = if options.office_devices.is_empty() {
        evaluation.community_records()
    } else {
        evaluation
    };
    let photos = if options.with_photos {
        exported_photos(dataset, community_ids)
    } else {
        Vec::new()
    };
    let mut document = ExportDocument {
        format: EXPORT_FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.to_string(),
        plan: PlanRef {
            id: plan.id.clone(),
            version: plan.version.clone(),
        },
        exported_at: options.exported_at,
        device: options.device,
        communities,
        photos,
        community_merges,
        city: options.city,
        evaluation,
        office_devices: options.office_devices,
        checksum: Checksum {
            algorithm: String::new(),
            value: String::new(),
        },
        key_rotations: Vec::new(),
        signature: None,
    };
    document.checksum = compute_checksum(&document);
    document
}

/// The file's text: indented JSON (the checksum does not depend on the
/// layout, see [`super::checksum`]).
pub fn to_json(document: &ExportDocument) -> String {
    super::to_indented_json(document)
}

fn exported_community(
    dataset: &Records,
    id: &CommunityId,
    relay: bool,
) -> Option<ExportedCommunity> {
    let community = dataset.communities.get(id)?.clone();
    Some(ExportedCommunity {
        community,
        changes: dataset.own_changes_of(id).into_iter().cloned().collect(),
        inspections: dataset
            .own_inspections_of(id)
            .into_iter()
            .cloned()
            .collect(),
        last_exported_at: relay
            .then(|| dataset.last_exported_at.get(id).copied())
            .flatten(),
    })
}

/// The photos the communities' records mention that the dataset holds, by
/// hash.
fn exported_photos(dataset: &Records, community_ids: &[&CommunityId]) -> Vec<ExportedPhoto> {
    let mut hashes: Vec<String> = community_ids
        .iter()
        .flat_map(|id| dataset.photo_hashes_of(id))
        .collect();
    sorting::sort(&mut hashes);
    hashes.dedup();
    hashes
        .into_iter()
        .filter_map(|hash| {
            let blob = dataset.photos.get(&hash)?;
            Some(ExportedPhoto {
                mime: blob.mime.clone(),
                bytes: blob.data.len() as u64,
                data_base64: base64::encode(&blob.data),
                hash,
            })
        })
        .collect()
}
