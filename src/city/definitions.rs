//! What the city's figures count. The plan names the goal (70% of the
//! communities in scope take part and meet the requirements) but not how
//! each is decided; the office chooses here, and every figure says which
//! definition it used. The defaults are documented in docs/guide-office.md.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::roster::Roster;
use super::unit_plans::UnitPlans;
use crate::plan::{Plan, ScoringRules};
use crate::sorting;

/// Which communities "take part" (参与创建).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TakingPart {
    /// In scope and marked on the roster as joined, with the date (default).
    #[default]
    JoinedOnRoster,
    /// In scope and at least one item of its self-assessment has a result.
    AnyItemAssessed,
}

/// Which communities "meet the requirements" (达到创建要求).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Meeting {
    /// In scope and its self-assessment meets the requirements by the
    /// scoring rule (default).
    #[default]
    VerdictByScoring,
    /// As above, and it also takes part.
    TakingPartAndVerdict,
    /// In scope and its latest submission passed the office's 复核.
    ReviewPassed,
    /// In scope and named (命名) after a 公示.
    Named,
}

/// The office's definitions of the city figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CityDefinitions {
    #[serde(default)]
    pub taking_part: TakingPart,
    #[serde(default)]
    pub meeting: Meeting,
}

/// What the office sets for the city level: the roster and the
/// definitions of the figures counted over it. It travels in the office's
/// merged export, so a kiosk or phone that imports it counts the city as
/// the office does.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CitySetup {
    #[serde(default)]
    pub roster: Roster,
    #[serde(default)]
    pub definitions: CityDefinitions,
    /// The responsible units' own implementation plans, as received.
    #[serde(default)]
    pub unit_plans: UnitPlans,
    /// The office's scoring rules, once it has set its own.
    #[serde(default)]
    pub scoring: Option<ScoringRules>,
    /// The office's own words in each year's evaluation report, one per
    /// year (a list, as storage keeps maps with text keys only).
    #[serde(default)]
    pub narratives: Vec<Narrative>,
    /// When the office last changed it; `None` while it never has.
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
}

impl CitySetup {
    /// Whether the office ever set anything.
    pub fn is_set(&self) -> bool {
        self.updated_at.is_some()
    }

    /// The narrative of `year`'s report, if written.
    pub fn narrative(&self, year: i32) -> Option<&Narrative> {
        self.narratives.iter().find(|n| n.year == year)
    }

    /// The narrative of `year`'s report, made empty when not written yet.
    pub fn narrative_mut(&mut self, year: i32) -> &mut Narrative {
        match self.narratives.iter().position(|n| n.year == year) {
            Some(at) => &mut self.narratives[at],
            None => {
                self.narratives.push(Narrative {
                    year,
                    ..Narrative::default()
                });
                sorting::sort_by_key(&mut self.narratives, |n| n.year);
                self.narratives
                    .iter_mut()
                    .find(|n| n.year == year)
                    .expect("just added")
            }
        }
    }

    /// The roster as it stood on `day`: communities that joined later had
    /// not joined yet.
    pub fn as_of(&self, day: NaiveDate) -> CitySetup {
        let mut city = self.clone();
        for entry in &mut city.roster.entries {
            entry.joined_on = entry.joined_on.filter(|joined| *joined <= day);
        }
        city
    }

    /// `incoming` when it is newer than `current` (an import brings the
    /// office's setup; an older one, or the same, changes nothing).
    pub fn newer(current: &CitySetup, incoming: &CitySetup) -> Option<CitySetup> {
        if !(incoming.updated_at > current.updated_at && incoming != current) {
            return None;
        }
        let mut taken = incoming.clone();
        // Rules a phone took from a scoring file may be newer still.
        let version = |city: &CitySetup| city.scoring.as_ref().map_or(0, |r| r.version);
        if version(current) > version(incoming) {
            taken.scoring = current.scoring.clone();
        }
        Some(taken)
    }

    /// The plan scored by the office's rules, or by the defaults while it
    /// has set none (or set rules this plan cannot take).
    pub fn scored_plan(&self, plan: &Plan) -> Plan {
        plan_scored_by(self.scoring.as_ref(), plan)
    }
}

/// `plan` scored by `rules`, or by its defaults when there are none (or
/// `rules` this plan cannot take).
pub fn plan_scored_by(rules: Option<&ScoringRules>, plan: &Plan) -> Plan {
    match rules {
        Some(rules) if rules.check(plan).is_ok() => plan.with_rules(rules),
        _ => plan.clone(),
    }
}

/// The sections of the yearly evaluation report the leading group expects
/// in the office's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Narrative {
    pub year: i32,
    /// 开展情况和实施效果
    #[serde(default)]
    pub progress: String,
    /// 存在问题
    #[serde(default)]
    pub problems: String,
    /// 下一步工作
    #[serde(default)]
    pub next_steps: String,
}

/// The longest section of a narrative, in characters.
pub const MAX_NARRATIVE_CHARS: usize = 5000;
