//! The UI language: chosen in settings, remembered in localStorage (read
//! synchronously before the app mounts, so the first paint is right).

use crate::i18n::{current_lang, set_lang, Lang};
use crate::web::local_storage;

const KEY: &str = "danzhou-green-community-lang";

/// Applies the remembered language, if any, and marks up `<html lang>`.
pub fn apply_remembered_language() {
    let remembered = local_storage()
        .and_then(|s| s.get_item(KEY).ok()?)
        .and_then(|code| Lang::from_code(&code));
    if let Some(lang) = remembered {
        set_lang(lang);
    }
    mark_document(current_lang());
}

/// The browser would not remember the language (storage blocked or full).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageNotSaved;

/// Remembers a new language and reloads, so every view is built in it.
/// When it cannot be remembered nothing changes.
pub fn switch_language(lang: Lang) -> Result<(), LanguageNotSaved> {
    local_storage()
        .ok_or(LanguageNotSaved)?
        .set_item(KEY, lang.as_str())
        .map_err(|_| LanguageNotSaved)?;
    set_lang(lang);
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
    Ok(())
}

fn mark_document(lang: Lang) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", lang.as_str());
    }
}
