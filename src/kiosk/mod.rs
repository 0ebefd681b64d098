//! The kiosk display at the community center: what its slides show, and the
//! PIN that locks it. Pure; the screen itself is in `views/kiosk/`.
//!
//! Privacy: nothing here carries a person's name or a phone number (no
//! inspectors, no authors), so a kiosk cannot show them.

mod before_after;
mod config;
mod slide_order;
mod slides;

pub use before_after::{before_after, BeforeAfter};
pub use config::{check_pin, hash_pin, validate_pin, KioskConfig, PinError, SLIDE_SECONDS};
pub use slide_order::Slide;
pub use slides::{kiosk_slides, ActionLine, AreaLine, CityLine, KioskData, RecentItem};
