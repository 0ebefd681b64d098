//! Field inspections (实地检查): starting one, the walk item by item, and what it changed.

pub mod inspection_summary;
pub mod inspection_walk;
pub mod inspections_page;
