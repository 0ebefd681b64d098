use serde::{Deserialize, Serialize};

use super::scoring::Scoring;
use crate::ids::ItemId;

/// The format name every plan file carries in its `format` field.
pub const PLAN_FORMAT: &str = "danzhou-green-community-plan";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub format: String,
    pub id: String,
    pub version: String,
    pub title: String,
    /// 送审稿 and the like.
    pub status: String,
    pub full_title: String,
    pub preamble: String,
    pub basis: Vec<PolicyDocument>,
    pub goal: Goal,
    pub organisation: Organisation,
    /// Other names the plan uses for a unit, each with the name the app
    /// shows (市城管局 is 市城市管理局): a unit is counted once.
    #[serde(default)]
    pub unit_aliases: std::collections::BTreeMap<String, String>,
    pub areas_title: String,
    pub areas: Vec<Area>,
    pub implementation_title: String,
    pub implementation: Vec<Step>,
    pub safeguards_title: String,
    pub safeguards: Vec<Safeguard>,
    /// How results become a score and a verdict: the app's defaults, since
    /// the plan sets none. Older plan files without it get the defaults.
    #[serde(default)]
    pub scoring: Scoring,
}

/// A policy document the plan rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyDocument {
    pub title: String,
    /// The document number, e.g. 建成〔2020〕68号.
    pub number: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub title: String,
    pub text: Vec<String>,
    /// Which communities take part: 那大建成区社区.
    pub scope: String,
    /// Share of communities that should take part and meet the requirements.
    pub target_share: f64,
    pub target_year: i32,
    /// 整洁、舒适、安全、美丽.
    pub aims: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub title: String,
    pub text: String,
    pub leading_group: LeadingGroup,
    pub office: Office,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LeadingGroup {
    pub name: String,
    pub members: Vec<GroupMember>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupMember {
    /// 组长, 副组长 or 成员.
    pub role: String,
    pub name: String,
    pub post: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Office {
    pub name: String,
    pub located_in: String,
    pub director: Person,
    /// As the plan writes it, without the area code.
    pub phone: String,
    /// Danzhou's (0898), for dialling from anywhere.
    #[serde(default)]
    pub area_code: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub post: String,
}

/// One of the five creation areas (创建内容).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    /// （一） … （五）.
    pub number: String,
    pub title: String,
    #[serde(default)]
    pub title_en: String,
    /// The area's whole paragraph, without the 责任单位 parenthesis.
    pub text: String,
    /// 责任单位, each exactly as the plan writes it, in the plan's order.
    pub responsible_units: Vec<String>,
    /// Phrases of this area's text the community center's display shows
    /// residents, one per rotation (the green-living messages of 培育社区
    /// 绿色文化).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub display_messages: Vec<DisplayMessage>,
    pub items: Vec<Item>,
}

/// A phrase of the plan, verbatim, shown on the display, with its English.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DisplayMessage {
    pub text: String,
    #[serde(default)]
    pub text_en: String,
}

/// One checkable item of an area.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stable id, e.g. `a2-05`; results are keyed by it.
    pub id: ItemId,
    pub title: String,
    #[serde(default)]
    pub title_en: String,
    /// The plan's own sentence(s) this item comes from, verbatim.
    pub source: String,
    pub guidance: Guidance,
    /// The item's share of the score, relative to the other items. Not from
    /// the plan: a default the city office may change.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// When set, the community cannot meet the requirements while this item
    /// is 未达标, whatever its score. Not from the plan either.
    #[serde(default)]
    pub veto: bool,
}

fn default_weight() -> f64 {
    1.0
}

/// Field advice written by the app team; not the plan's words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guidance {
    pub look_for: String,
    pub photo: String,
}

/// An implementation step (组织实施).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub number: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub deadline: Option<Deadline>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Deadline {
    /// A single date, ISO `YYYY-MM-DD`. `about` names what the app tracks
    /// for it (`unit_plans`: the units' own implementation plans).
    Once {
        date: String,
        label: String,
        #[serde(default)]
        about: Option<String>,
    },
    /// Every year on the same day.
    Yearly { month: u32, day: u32, label: String },
}

/// A safeguard (保障措施).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Safeguard {
    pub id: String,
    pub number: String,
    pub title: String,
    pub text: String,
}

impl Plan {
    /// The name the app uses for a responsible unit the plan (or an
    /// action) names: itself, or what it is an alias of.
    pub fn unit_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.unit_aliases.get(name).map_or(name, String::as_str)
    }

    /// Every responsible unit once, by the name the app uses, in the order
    /// the plan first names each.
    pub fn responsible_units(&self) -> Vec<&str> {
        let mut units: Vec<&str> = Vec::new();
        for unit in self.areas.iter().flat_map(|a| a.responsible_units.iter()) {
            let unit = self.unit_name(unit);
            if !units.contains(&unit) {
                units.push(unit);
            }
        }
        units
    }

    /// Whether area `area` names `unit` (by any of its names).
    pub fn area_names_unit(&self, area: &Area, unit: &str) -> bool {
        area.responsible_units
            .iter()
            .any(|u| self.unit_name(u) == unit)
    }

    pub fn items(&self) -> impl Iterator<Item = (&Area, &Item)> {
        self.areas
            .iter()
            .flat_map(|area| area.items.iter().map(move |item| (area, item)))
    }

    pub fn item_count(&self) -> usize {
        self.areas.iter().map(|a| a.items.len()).sum()
    }

    pub fn find_item(&self, item_id: &ItemId) -> Option<(&Area, &Item)> {
        self.items().find(|(_, item)| item.id == *item_id)
    }

    /// The item that asks residents to judge the results (its words quote
    /// 效果共评): the residents' satisfaction surveys are its records.
    pub fn satisfaction_item(&self) -> Option<&Item> {
        self.items()
            .map(|(_, item)| item)
            .find(|item| item.source.contains("效果共评"))
    }

    /// The item ids in plan order.
    pub fn item_ids(&self) -> Vec<&ItemId> {
        self.items().map(|(_, item)| &item.id).collect()
    }

    /// The item before and after `item_id` in plan order.
    pub fn neighbours(&self, item_id: &ItemId) -> (Option<&Item>, Option<&Item>) {
        let items: Vec<&Item> = self.items().map(|(_, item)| item).collect();
        match items.iter().position(|item| item.id == *item_id) {
            Some(i) => (
                i.checked_sub(1).map(|p| items[p]),
                items.get(i + 1).copied(),
            ),
            None => (None, None),
        }
    }
}

impl Plan {
    /// Every phrase of the plan the display shows, in the plan's order.
    pub fn display_messages(&self) -> impl Iterator<Item = &DisplayMessage> {
        self.areas.iter().flat_map(|a| &a.display_messages)
    }
}

impl Area {
    /// 1 for （一）, 2 for （二）, … as used in item numbers.
    pub fn number_index(&self) -> usize {
        const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        NUMERALS
            .iter()
            .position(|n| self.number.contains(n))
            .map_or(0, |i| i + 1)
    }

    /// The area's paragraph split into sentences, each ending in 。.
    pub fn sentences(&self) -> Vec<&str> {
        split_sentences(&self.text)
    }
}

/// Splits Chinese text after each 。, keeping the full stop.
pub fn split_sentences(text: &str) -> Vec<&str> {
    text.split_inclusive('。')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

impl Item {
    /// Numbers like 2.5 for the fifth item of the second area.
    pub fn display_number(&self, plan: &Plan) -> String {
        for (a, area) in plan.areas.iter().enumerate() {
            if let Some(i) = area.items.iter().position(|it| it.id == self.id) {
                return format!("{}.{}", a + 1, i + 1);
            }
        }
        String::new()
    }
}
