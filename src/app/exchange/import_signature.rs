//! What an imported file's signature says: who signed it, and at the
//! office, a community's file from a device new to that community.

use leptos::prelude::*;

use crate::app::signing::update_key_book;
use crate::app::state::AppState;
use crate::exchange::{ExportDocument, ImportError};
use crate::i18n::{fill, signing_texts, texts};
use crate::ids::CommunityId;
use crate::signing::{Sighting, Signer};

/// Why a file with the office's records was refused: on a device that has
/// confirmed no office key, a file signed by one says to confirm it first.
pub(super) fn office_origin_refusal(
    state: AppState,
    name: &str,
    signer: &Signer,
    error: &ImportError,
) -> String {
    let s = signing_texts();
    let unconfirmed = state
        .key_book
        .with_untracked(|b| b.trusted_office_key.is_none());
    match signer {
        Signer::Key(key) if unconfirmed => {
            s.refused_file(name, &s.with_fingerprint(s.unconfirmed_batch, key))
        }
        _ => texts().import_error_in_file(name, error),
    }
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
        lines.push(fill(&line, &[("community", &community), ("user", &user)]));
    }
    lines
}
