//! How a phone takes an office file: its signature checked first, and the
//! first office file's key confirmed by the committee by its fingerprint.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::signing::{office_signer, trust_office_key, OfficeSigner};
use crate::app::state::{use_app_state, AppState};
use crate::i18n::{fill, signing_texts, texts};
use crate::signing::fingerprint_of;
use crate::views::widgets::confirm_dialog::ConfirmDialog;

/// What to do with an office file once its signature is known.
pub enum OfficeFileCheck {
    Take,
    /// Ask the committee to confirm this key first.
    Ask(String),
    /// Refused: the message says why, with the file's name.
    Refuse(String),
}

pub async fn check_office_file(state: AppState, name: &str, bytes: &[u8]) -> OfficeFileCheck {
    let s = signing_texts();
    let reason = match office_signer(state, bytes).await {
        Ok(OfficeSigner::Office) => return OfficeFileCheck::Take,
        Ok(OfficeSigner::Unconfirmed(key)) => return OfficeFileCheck::Ask(key),
        Ok(OfficeSigner::Unsigned) => s.unsigned_office.to_string(),
        Ok(OfficeSigner::OtherKey(key)) => s.with_fingerprint(s.other_key, &key),
        Err(refusal) => s.refusal(&refusal).to_string(),
    };
    OfficeFileCheck::Refuse(s.refused_file(name, &reason))
}

/// The office's telephone as the plan gives it, with its area code.
pub fn office_phone(state: AppState) -> String {
    state.plan_untracked().with(|p| {
        let office = &p.organisation.office;
        format!("{}-{}", office.area_code, office.phone)
    })
}

/// Asks to confirm the key in `asking` by its fingerprint; once confirmed
/// (and stored as the trusted key) runs `on_confirm`.
#[component]
pub fn OfficeKeyQuestion(
    asking: RwSignal<Option<String>>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let s = signing_texts();
    let state = use_app_state();
    move || {
        asking.get().map(|key| {
            let text = fill(s.confirm_explain, &[("phone", &office_phone(state))]);
            let fingerprint = texts().label_text(s.fingerprint, &fingerprint_of(&key));
            let confirm = Callback::new(move |()| {
                let key = key.clone();
                asking.set(None);
                spawn_local(async move {
                    if trust_office_key(state, key).await {
                        on_confirm.run(());
                    }
                });
            });
            view! {
                <ConfirmDialog title=s.confirm_title text=text confirm_label=s.confirm_button detail=fingerprint
                    on_confirm=confirm on_cancel=Callback::new(move |()| asking.set(None)) />
            }
        })
    }
}
