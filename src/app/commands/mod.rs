//! What the user can do, as functions: each builds the record with the pure
//! domain, waits for storage to commit it, and only then updates the screen.
//!
//! One file per subject; `saving` holds what every command shares (the
//! commit-then-show step, storage failures in the user's words).

mod city;
mod communities;
mod edit_queue;
mod evaluation;
mod inspections;
mod items;
mod kiosk;
mod merges;
mod office_key;
mod preferences;
mod residents;
mod saving;

pub use city::*;
pub use communities::*;
pub use edit_queue::{after_edits_stored, queue_edit, queue_photo_edit};
pub use evaluation::*;
pub use inspections::*;
pub use items::*;
pub use kiosk::*;
pub use merges::*;
pub use office_key::*;
pub use preferences::*;
pub use residents::*;
pub use saving::*;
