//! Self-assessment: the result of each item, the change records it is built
//! from, and the progress arithmetic.

mod change;
mod progress;
mod rating;

pub use change::{Change, ChangeKind};
pub use progress::{area_progress, overall_progress, percent, Progress};
pub use rating::Rating;
