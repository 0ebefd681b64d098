//! The city office's pages' words. Apart from [`super::Texts`], which
//! every bundle carries: only the office's code reads these, so only the
//! office bundle ships them.

use serde::Serialize;

use super::lang::{current_lang, Lang};

/// The office's words in the language in use.
pub fn office_texts() -> &'static OfficeTexts {
    office_texts_for(current_lang())
}

pub fn office_texts_for(lang: Lang) -> &'static OfficeTexts {
    match lang {
        Lang::ZhCn => &ZH_CN_OFFICE,
        Lang::En => &EN_OFFICE,
    }
}

/// The city office's pages' words.
#[derive(Debug, Serialize)]
pub struct OfficeTexts {
    pub read_only: &'static str,
    pub title: &'static str,
    /// While the office's overview is being read.
    pub summing_up: &'static str,
    pub city: &'static str,
    pub in_scope: &'static str,
    pub taking_part: &'static str,
    pub meeting: &'static str,
    pub target: &'static str,
    pub communities: &'static str,
    pub behind_only: &'static str,
    pub col_name: &'static str,
    pub col_progress: &'static str,
    pub col_score: &'static str,
    pub col_verdict: &'static str,
    pub col_inspection: &'static str,
    pub col_export: &'static str,
    pub col_conflicts: &'static str,
    pub col_actions: &'static str,
    pub actions_cell: &'static str,
    pub meets: &'static str,
    pub not_yet: &'static str,
    pub heat_map: &'static str,
    pub heat_map_hint: &'static str,
    pub fail_counts: &'static str,
    pub units: &'static str,
    pub units_hint: &'static str,
    /// The row of actions given to anyone else.
    pub units_other: &'static str,
    pub export: &'static str,
    pub export_json: &'static str,
    pub export_json_photos: &'static str,
    pub export_csv: &'static str,
}

pub const ZH_CN_OFFICE: OfficeTexts = OfficeTexts {
    read_only: "只读：市办公室查看各社区的自评结果、照片和修改记录。",
    title: "全市汇总",
    summing_up: "正在汇总各社区的结果…",
    city: "全市进度",
    in_scope: "在册社区",
    taking_part: "参与创建的社区",
    meeting: "达到创建要求的社区（{scoring}）",
    target: "方案目标",
    communities: "各社区情况",
    behind_only: "只看尚未达标的社区",
    col_name: "社区",
    col_progress: "自评进度",
    col_score: "得分率",
    col_verdict: "是否达到创建要求",
    col_inspection: "最近实地检查",
    col_export: "最近导出",
    col_conflicts: "冲突",
    col_actions: "整改（未完成/逾期）",
    actions_cell: "{open} / {overdue}",
    meets: "已达到",
    not_yet: "尚未达到",
    heat_map: "哪些条目最常不达标",
    heat_map_hint: "每项后面是各社区自评为未达标、部分达标的数量；颜色越深，问题越多。",
    fail_counts: "未达标 {not_met} · 部分达标 {partial}",
    units: "各责任单位",
    units_hint: "方案为每项创建内容列出了责任单位。未达标、部分达标的条目数按各单位负责的创建内容统计；整改事项按其指定的责任单位统计，指定其他人的计入“其他”。市城管局即市城市管理局，合并计算。",
    units_other: "其他（不是责任单位的）",
    export: "导出汇总",
    export_json: "导出汇总文件（不含照片）",
    export_json_photos: "导出汇总文件（含照片）",
    export_csv: "导出表格（CSV，可用 Excel/WPS 打开）",
};

pub const EN_OFFICE: OfficeTexts = OfficeTexts {
    read_only: "Read only: the office's view of the community's results, photos and history.",
    title: "City summary",
    summing_up: "Summing up each community's results…",
    city: "City-wide progress",
    in_scope: "Registered communities",
    taking_part: "Communities taking part",
    meeting: "Communities meeting the creation requirements ({scoring})",
    target: "Plan goal",
    communities: "Communities",
    behind_only: "Only communities not yet meeting the requirements",
    col_name: "Community",
    col_progress: "Progress",
    col_score: "Score",
    col_verdict: "Meets requirements",
    col_inspection: "Last field inspection",
    col_export: "Last export",
    col_conflicts: "Conflicts",
    col_actions: "Actions (open/overdue)",
    actions_cell: "{open} / {overdue}",
    meets: "Meets",
    not_yet: "Not yet",
    heat_map: "Items most often not met",
    heat_map_hint: "Each item shows how many communities rated it not met and partly met; the darker the color, the more problems.",
    fail_counts: "Not met {not_met} · Partly met {partial}",
    units: "By responsible unit",
    units_hint: "The plan lists the responsible units of each creation area. Items not met or partly met are counted over the areas a unit answers for; rectification actions are counted under the unit they name, and those given to anyone else under Others. A unit the plan names in two ways (the city urban management bureau) is counted once.",
    units_other: "Others (not a responsible unit)",
    export: "Export summary",
    export_json: "Export summary file (without photos)",
    export_json_photos: "Export summary file (with photos)",
    export_csv: "Export table (CSV, opens in Excel/WPS)",
};
