//! What an imported file's signature says: who signed it, and at the
//! office, a community's file from a device new to that community.

use leptos::prelude::*;

use crate::app::signing::update_key_book;
use crate::app::state::AppState;
use crate::exchange::ExportDocument;
use crate::i18n::{fill, signing_texts};
use crate::ids::CommunityId;
use crate::signing::{Sighting, Signer};

/// The key that signed a file carrying the office's word (its reviews,
/// 公示, objections or namings, or its roster, definitions and scoring) on a
/// device that has confirmed no office key yet: the user is asked to
/// confirm it by its fingerprint before the file is imported.
pub(super) fn unconfirmed_office_key(
    state: AppState,
    signer: &Signer,
    document: &ExportDocument,
) -> Option<String> {
    let Signer::Key(key) = signer else {
        return None;
    };
    let nothing_trusted = state
        .key_book
        .with_untracked(|b| b.trusted_office_key.is_none());
    let office_word = document.city.is_some() || !document.evaluation.office_records().is_empty();
    (nothing_trusted && office_word).then(|| key.clone())
}

/// The file's line while it waits for the office key to be confirmed.
pub(super) fn awaiting_confirmation(name: &str, key: &str) -> String {
    let s = signing_texts();
    s.refused_file(name, &s.with_fingerprint(s.unconfirmed_batch, key))
}

/// Who signed the file, and, for a community's file signed by a device,
/// a warning when the device is new to a community that had files from
/// others (recorded in the key book).
pub(super) async fn signer_lines(
    state: AppState,
    signer: &Signer,
    document: &ExportDocument,
) -> Vec<String> {
    let s = signing_texts();
    let key = match signer {
        Signer::Unsigned => return vec![s.line_unsigned.to_string()],
        Signer::Office => return vec![s.line_office.to_string()],
        Signer::Key(key) => key.clone(),
    };
    let mut lines = vec![s.with_fingerprint(s.line_device, &key)];
    let user = document.device.user_name.clone();
    let shown_user = if user.is_empty() {
        s.unknown_user.to_string()
    } else {
        user.clone()
    };
    let on = crate::web::today();
    let mut new_to = Vec::new();
    let communities: Vec<(CommunityId, String)> = document
        .communities
        .iter()
        .map(|c| (c.community.id.clone(), c.community.name.clone()))
        .collect();
    let recorded_key = key.clone();
    update_key_book(state, |book| {
        for (id, name) in &communities {
            let sighting = book.seen_devices.record(id, &recorded_key, &user, on);
            if sighting == Sighting::NewDevice {
                new_to.push(name.clone());
            }
        }
    })
    .await;
    for community in new_to {
        let line = s.with_fingerprint(s.line_new_device, &key);
        lines.push(fill(
            &line,
            &[("community", &community), ("user", &shown_user)],
        ));
    }
    lines
}
