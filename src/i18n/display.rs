//! The strings of the community center's display (its charts, photos and
//! messages) and of marking photos for it, in both languages.

use serde::Serialize;

/// Templates hold `{name}`-style placeholders.
#[derive(Debug, Serialize)]
pub struct DisplayTexts {
    /// History: a photo marked to be shown on the display.
    pub photo_shown: &'static str,
    pub photo_hidden: &'static str,
    /// The checkbox under a photo.
    pub mark_label: &'static str,
    pub mark_hint: &'static str,
    /// `{score}`: the score ring's centre.
    pub ring_score: &'static str,
    /// `{pass}`
    pub ring_pass: &'static str,
    pub areas_title: &'static str,
    /// `{met}`, `{applicable}`
    pub area_met: &'static str,
    pub legend_met: &'static str,
    pub legend_partial: &'static str,
    pub legend_not_met: &'static str,
    pub legend_unassessed: &'static str,
    pub before_after_title: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    /// `{date}`
    pub finished_on: &'static str,
    pub goal_chart_target: &'static str,
    pub goal_chart_city: &'static str,
    pub message_title: &'static str,
    pub message_source: &'static str,
}

pub const ZH_CN_DISPLAY: DisplayTexts = DisplayTexts {
    photo_shown: "允许在展示屏显示照片",
    photo_hidden: "照片不再在展示屏显示",
    mark_label: "可在社区展示屏上显示",
    mark_hint: "只勾选看不清任何人面部的照片。未勾选的照片不会在展示屏上出现。",
    ring_score: "得分 {score}%",
    ring_pass: "达标线 {pass}%",
    areas_title: "五个方面的进展",
    area_met: "达标 {met}/{applicable}",
    legend_met: "达标",
    legend_partial: "部分达标",
    legend_not_met: "未达标",
    legend_unassessed: "未评",
    before_after_title: "整改前后",
    before: "整改前",
    after: "整改后",
    finished_on: "{date}完成",
    goal_chart_target: "目标：达到创建要求的社区占比",
    goal_chart_city: "全市目前：已达到的社区占在册社区",
    message_title: "绿色生活",
    message_source: "摘自《儋州市绿色社区创建行动方案》“培育社区绿色文化”",
};

pub const EN_DISPLAY: DisplayTexts = DisplayTexts {
    photo_shown: "Photo allowed on the display",
    photo_hidden: "Photo no longer on the display",
    mark_label: "May be shown on the community display",
    mark_hint: "Tick only photos on which no one's face can be made out. Photos not ticked never appear on the display.",
    ring_score: "Score {score}%",
    ring_pass: "Pass line {pass}%",
    areas_title: "The five areas",
    area_met: "met {met}/{applicable}",
    legend_met: "Met",
    legend_partial: "Partly met",
    legend_not_met: "Not met",
    legend_unassessed: "Not assessed",
    before_after_title: "Before and after",
    before: "Before",
    after: "After",
    finished_on: "done {date}",
    goal_chart_target: "Target: share of communities meeting the requirements",
    goal_chart_city: "City now: communities meeting them, of those in scope",
    message_title: "Green living",
    message_source: "From the Danzhou action plan, “A green community culture”",
};
