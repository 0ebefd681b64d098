//! The records an export file carries.

use super::base64;
use super::format::ExportDocument;
use crate::records::{PhotoBlob, Records};

impl Records {
    /// The records of an export file, with its photos decoded. Call it on a
    /// document [`super::parse_export`] accepted; photos whose data does not
    /// decode are left out (they then count as missing).
    pub fn from_export(document: &ExportDocument) -> Records {
        let mut records = Records::default();
        // Merges first, so the change records are kept once, under the
        // community each counts as.
        records.insert_community_merges(document.community_merges.iter().cloned());
        for entry in &document.communities {
            let id = entry.community.id.clone();
            records.insert_community(entry.community.clone());
            entry
                .changes
                .iter()
                .for_each(|c| records.insert_change(c.clone()));
            entry
                .inspections
                .iter()
                .for_each(|i| records.insert_inspection(i.clone()));
            let exported = entry.last_exported_at.unwrap_or(document.exported_at);
            records.note_export(id, exported);
        }
        records.evaluation = document.evaluation.merged_with(&Default::default());
        for photo in &document.photos {
            if let Ok(data) = base64::decode(&photo.data_base64) {
                let mime = photo.mime.clone();
                records.insert_photo(photo.hash.clone(), PhotoBlob { mime, data });
            }
        }
        records
    }
}
