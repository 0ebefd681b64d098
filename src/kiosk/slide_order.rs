//! Which slides the display shows, in order: derived from the data, so a
//! plan with more or fewer areas gets one slide per area.

use super::KioskData;

/// One slide of the display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The verdict by the default scoring and the overall progress.
    Verdict,
    /// One creation area, by its index in the plan.
    Area(usize),
    /// Items recently brought to 达标.
    Recent,
    /// Open rectification actions.
    Actions,
    /// The plan's goal and, when known, the city's progress.
    Goal,
}

impl Slide {
    /// The `data-kind` the display marks the slide with.
    pub fn as_str(self) -> &'static str {
        match self {
            Slide::Verdict => "verdict",
            Slide::Area(_) => "area",
            Slide::Recent => "recent",
            Slide::Actions => "actions",
            Slide::Goal => "goal",
        }
    }
}

impl KioskData {
    /// The verdict, one slide per area, recent items, actions, the goal.
    pub fn slides(&self) -> Vec<Slide> {
        let mut slides = vec![Slide::Verdict];
        slides.extend((0..self.areas.len()).map(Slide::Area));
        slides.extend([Slide::Recent, Slide::Actions, Slide::Goal]);
        slides
    }
}
