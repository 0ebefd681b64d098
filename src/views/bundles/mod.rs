//! The separately loaded bundles and the pages each one shows. Each binary
//! (`src/main.rs`, `src/bin/start.rs`, `src/bin/office.rs`,
//! `src/bin/kiosk.rs`) mounts one of them, so the linker leaves the other bundles' views out of it.

pub mod kiosk;
pub mod office;
pub mod phone;
pub mod start;
