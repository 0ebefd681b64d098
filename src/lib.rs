//! 儋州市绿色社区创建行动 self-assessment app.
//!
//! The pure domain (`plan`, `assessment`, `community`, `evaluation`, `workspace`, `sorting`,
//! `exchange`, `office`, `city`, `report`, `routing`, `i18n`) has no browser dependency and is tested
//! natively. The browser parts (`storage`, `views`) only compile for
//! `wasm32`.

pub mod assessment;
pub mod city;
pub mod clock;
pub mod community;
pub mod evaluation;
pub mod exchange;
pub mod figures;
pub mod hashing;
pub mod i18n;
pub mod ids;
pub mod in_app_browser;
pub mod kiosk;
pub mod office;
pub mod plan;
pub mod records;
pub mod report;
pub mod routing;
pub mod signing;
pub mod sorting;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod views;
#[cfg(target_arch = "wasm32")]
pub mod web;
