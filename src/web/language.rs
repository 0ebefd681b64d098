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

/// Remembers a new language and reloads, so every view is built in it.
pub fn switch_language(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(KEY, lang.as_str());
    }
    set_lang(lang);
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

fn mark_document(lang: Lang) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", lang.as_str());
    }
}
