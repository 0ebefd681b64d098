//! Which slides the display shows, in order: derived from the data, so a
//! slide with nothing to show (no photo marked, no message) is left out.

use super::KioskData;

/// One slide of the display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The score as a ring against the pass line, and the verdict.
    Verdict,
    /// The five areas as a bar chart.
    Areas,
    /// Finished actions, before and after (only when a photo is marked for
    /// the display).
    BeforeAfter,
    /// Items recently brought to 达标.
    Recent,
    /// Open rectification actions.
    Actions,
    /// The plan's goal and, when known, the city's progress, as a chart.
    Goal,
    /// One of the plan's green-living messages, another each rotation.
    Message,
    /// The residents' poll (only where the committee turned it on).
    Poll,
    /// What residents said: the surveys and the poll, as a chart (with the
    /// poll).
    Residents,
}

impl Slide {
    /// The `data-kind` the display marks the slide with.
    pub fn as_str(self) -> &'static str {
        match self {
            Slide::Verdict => "verdict",
            Slide::Areas => "areas",
            Slide::BeforeAfter => "before-after",
            Slide::Recent => "recent",
            Slide::Actions => "actions",
            Slide::Goal => "goal",
            Slide::Message => "message",
            Slide::Poll => "poll",
            Slide::Residents => "residents",
        }
    }
}

impl KioskData {
    /// The verdict, the areas, before and after when there is any, recent
    /// items, actions, the goal, the residents' poll and what they said
    /// when the poll is on, and a message when the plan has any.
    pub fn slides(&self, has_messages: bool, poll: bool) -> Vec<Slide> {
        let mut slides = vec![Slide::Verdict, Slide::Areas];
        if !self.before_after.is_empty() {
            slides.push(Slide::BeforeAfter);
        }
        slides.extend([Slide::Recent, Slide::Actions, Slide::Goal]);
        if poll {
            slides.extend([Slide::Poll, Slide::Residents]);
        }
        if has_messages {
            slides.push(Slide::Message);
        }
        slides
    }
}
