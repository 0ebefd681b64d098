//! The user interface (browser only): Leptos components, one per file,
//! grouped by feature. Views read the app state and call the user's
//! commands in `crate::app`; the logic they show lives in the pure modules.

pub mod assessment;
pub mod bundles;
pub mod communities;
pub mod evaluation;
pub mod inspection;
pub mod kiosk;
pub mod office;
pub mod plan;
pub mod reports;
pub mod residents;
pub mod settings;
pub mod shell;
pub mod widgets;
