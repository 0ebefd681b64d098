//! The residents' satisfaction rate of a year, from the surveys a community
//! entered: (满意 + 基本满意) / households asked, with what it counts. The
//! kiosk's poll is never part of it (see `evaluation::PollTally`).

use chrono::{Datelike, NaiveDate};

use super::scoring::SHARE_EPSILON;
use super::{SurveyMethod, SurveyState};
use crate::plan::SatisfactionLine;

/// The surveys of one year, added up (all counts 0 when there is none).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SatisfactionFigure {
    pub year: i32,
    pub surveys: usize,
    /// Households asked, over all the year's surveys.
    pub households: i64,
    pub satisfied: i64,
    pub fairly_satisfied: i64,
    pub dissatisfied: i64,
    /// Each method used, in the order first used.
    pub methods: Vec<SurveyMethod>,
    /// The first and last survey's dates; `None` without a survey.
    pub dates: Option<(NaiveDate, NaiveDate)>,
}

impl SatisfactionFigure {
    /// No survey in `year`.
    pub fn none(year: i32) -> SatisfactionFigure {
        SatisfactionFigure {
            year,
            ..SatisfactionFigure::default()
        }
    }

    /// (满意 + 基本满意) / households asked; `None` without a survey.
    pub fn rate(&self) -> Option<f64> {
        (self.households > 0)
            .then(|| (self.satisfied + self.fairly_satisfied) as f64 / self.households as f64)
    }
}

/// The year's surveys dated on or before `until`, added up.
pub fn satisfaction_of<'a>(
    surveys: impl IntoIterator<Item = &'a SurveyState>,
    year: i32,
    until: NaiveDate,
) -> SatisfactionFigure {
    let mut counted: Vec<&SurveyState> = surveys
        .into_iter()
        .filter(|s| s.date.year() == year && s.date <= until && s.households > 0)
        .collect();
    crate::sorting::sort_by(&mut counted, |a, b| a.date.cmp(&b.date));
    let (Some(first), Some(last)) = (counted.first(), counted.last()) else {
        return SatisfactionFigure::none(year);
    };
    let sum = |count: fn(&SurveyState) -> i64| counted.iter().map(|s| count(s)).sum::<i64>();
    let mut methods: Vec<SurveyMethod> = Vec::new();
    for survey in &counted {
        if !methods.contains(&survey.method) {
            methods.push(survey.method);
        }
    }
    SatisfactionFigure {
        year,
        surveys: counted.len(),
        households: sum(|s| s.households),
        satisfied: sum(|s| s.satisfied),
        fairly_satisfied: sum(|s| s.fairly_satisfied),
        dissatisfied: sum(|s| s.dissatisfied),
        methods,
        dates: Some((first.date, last.date)),
    }
}

/// Why a community is below the office's satisfaction line: the line and
/// the figure it was judged by.
#[derive(Clone, Debug, PartialEq)]
pub struct SatisfactionShortfall {
    pub line: SatisfactionLine,
    pub figure: SatisfactionFigure,
}

impl SatisfactionShortfall {
    /// No survey in the year.
    pub fn no_survey(&self) -> bool {
        self.figure.surveys == 0
    }

    /// Surveys that asked too few households to count.
    pub fn too_few_households(&self) -> bool {
        !self.no_survey() && self.figure.households < self.line.min_households
    }

    /// A rate below the line.
    pub fn below_rate(&self) -> bool {
        self.figure
            .rate()
            .is_some_and(|rate| rate + SHARE_EPSILON < self.line.min_share)
    }
}

/// `None` when there is no line or the figure reaches it.
pub fn satisfaction_shortfall(
    line: Option<SatisfactionLine>,
    figure: &SatisfactionFigure,
) -> Option<SatisfactionShortfall> {
    let shortfall = SatisfactionShortfall {
        line: line?,
        figure: figure.clone(),
    };
    let short = shortfall.no_survey() || shortfall.too_few_households() || shortfall.below_rate();
    short.then_some(shortfall)
}
