//! The running app (browser only): its shared state and what the user can
//! do, as commands that build records with the pure domain, commit them to
//! storage, and only then show them.

pub mod backups;
pub mod commands;
pub mod exchange;
pub mod failure;
pub mod refresh;
pub mod signing;
pub mod startup;
pub mod state;
pub mod summaries;
