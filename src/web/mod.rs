//! Browser glue (browser only): the clock, randomness, the URL hash, files,
//! photo decoding, the remembered language and dialog focus. Thin wrappers
//! over web APIs with no app logic.

mod clock;
pub mod crypto;
mod device_flag;
mod dropped;
mod files;
pub mod in_app;
pub mod language;
mod location;
pub mod modal_focus;
pub mod photo_processing;
mod screen;
mod style;

pub use clock::{format_date_time, format_time, now, random_id, today};
pub use device_flag::{
    device_has_communities, local_storage, phone_shows_root, remember_device_has_communities,
};
pub use dropped::Dropped;
pub use files::{
    blob_of, download, file_bytes, file_text_utf8_or_gbk, files_of, share_file, take_picked_files,
};
pub use location::{
    current_hash, navigate, reload, remove_splash, replace_hash, scroll_to_element, scroll_to_top,
};
pub use screen::{exit_fullscreen, keep_screen_on};
pub use style::add_style;
