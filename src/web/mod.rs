//! Browser glue (browser only): the clock, randomness, the URL hash, files,
//! photo decoding, the remembered language and dialog focus. Thin wrappers
//! over web APIs with no app logic.

pub mod browser;
pub mod language;
pub mod modal_focus;
pub mod photo_processing;
