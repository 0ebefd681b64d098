use serde::{Deserialize, Serialize};

/// How results turn into a score and a verdict. The plan itself sets no
/// scoring, so every value here is a default of the app, labelled as such
/// (`defaults`, `note_zh`), that the city office can see and change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scoring {
    /// True while these are the app's defaults rather than the office's
    /// own rules.
    pub defaults: bool,
    pub note_zh: String,
    pub note_en: String,
    /// Points per unit of weight for each result.
    pub values: ScoreValues,
    /// The share of the applicable weight a community must earn, in (0, 1].
    pub pass_share: f64,
    /// Whether every applicable item must be assessed before the verdict
    /// can be 达到创建要求.
    pub require_all_assessed: bool,
    /// The version of the city office's rules in force; 0 for the app's
    /// defaults.
    #[serde(default)]
    pub version: u32,
    /// When the office set them.
    #[serde(default)]
    pub set_on: Option<chrono::NaiveDate>,
    /// The office's satisfaction line, when it set one: a gate like a veto
    /// item. The app sets none by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<SatisfactionLine>,
}

/// No survey counts more households than this: more is a typing slip.
pub const MAX_SURVEY_HOUSEHOLDS: i64 = 100_000;

/// A satisfaction rate of at least `min_share` from surveys of at least
/// `min_households` households in the year (效果共评).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SatisfactionLine {
    /// In (0, 1].
    pub min_share: f64,
    /// At least 1.
    pub min_households: i64,
}

/// Points per unit of weight, each in [0, 1]. 未评估 earns nothing;
/// 不适用 leaves the item out of the score.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreValues {
    pub met: f64,
    pub partial: f64,
    pub not_met: f64,
}

pub const DEFAULT_SCORING_NOTE_ZH: &str =
    "方案未规定评分办法。以下权重、分值和达标线是本应用的默认值，不是方案原文，市办公室可调整。";
pub const DEFAULT_SCORING_NOTE_EN: &str = "The plan sets no scoring. These weights, values and the pass line are the app's defaults, not the plan's words; the city office may change them.";

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            defaults: true,
            note_zh: DEFAULT_SCORING_NOTE_ZH.to_string(),
            note_en: DEFAULT_SCORING_NOTE_EN.to_string(),
            values: ScoreValues {
                met: 1.0,
                partial: 0.5,
                not_met: 0.0,
            },
            pass_share: 0.7,
            require_all_assessed: true,
            version: 0,
            set_on: None,
            satisfaction: None,
        }
    }
}
