//! The words of the office's workspace: its menu and pages, the overview's
//! progress chart and what needs attention, the table's filter. Apart from
//! [`super::Texts`], which every bundle carries: only the office's code
//! reads these, so only the office bundle ships them.

use serde::Serialize;

use super::lang::{current_lang, Lang};

/// The office workspace's words in the language in use.
pub fn desk_texts() -> &'static DeskTexts {
    desk_texts_for(current_lang())
}

pub fn desk_texts_for(lang: Lang) -> &'static DeskTexts {
    match lang {
        Lang::ZhCn => &ZH_CN_DESK,
        Lang::En => &EN_DESK,
    }
}

#[derive(Debug, Serialize)]
pub struct DeskTexts {
    pub menu_label: &'static str,
    pub page_overview: &'static str,
    pub page_import: &'static str,
    pub page_communities: &'static str,
    pub page_roster: &'static str,
    pub page_merges: &'static str,
    pub page_scoring: &'static str,
    pub page_units: &'static str,
    pub page_exports: &'static str,
    pub chart_title: &'static str,
    /// `{date}` the last point, `{share}` `{year}` the plan's target.
    pub chart_explain: &'static str,
    pub chart_taking_part: &'static str,
    pub chart_meeting: &'static str,
    /// `{share}`
    pub chart_target: &'static str,
    /// `{year}`
    pub chart_target_date: &'static str,
    pub chart_none: &'static str,
    pub chart_numbers: &'static str,
    pub chart_date: &'static str,
    /// `{n}` communities, `{share}` of those in scope.
    pub chart_cell: &'static str,
    pub attention_title: &'static str,
    pub attention_none: &'static str,
    /// `{n}` `{date}`
    pub attention_no_file: &'static str,
    pub attention_duplicates: &'static str,
    pub attention_unmatched: &'static str,
    pub attention_conflicts: &'static str,
    pub attention_overdue: &'static str,
    pub show_label: &'static str,
    pub show_all: &'static str,
    pub show_meets: &'static str,
    pub show_not_yet: &'static str,
    pub show_conflicts: &'static str,
    pub show_overdue: &'static str,
    /// `{date}` the plan's last deadline.
    pub show_no_file: &'static str,
    /// `{shown}` of `{total}`.
    pub table_count: &'static str,
    pub sort_hint: &'static str,
    /// After an import: `{n}` groups likely one community.
    pub import_to_merges: &'static str,
    /// Before the links to where the city figures' definitions are set.
    pub set_where: &'static str,
    pub exports_report_hint: &'static str,
    pub exports_file_hint: &'static str,
}

pub const ZH_CN_DESK: DeskTexts = DeskTexts {
    menu_label: "市办公室",
    page_overview: "概览",
    page_import: "导入文件",
    page_communities: "各社区",
    page_roster: "名单与口径",
    page_merges: "合并同一社区",
    page_scoring: "评分规则",
    page_units: "责任单位",
    page_exports: "报告与导出",
    chart_title: "全市进度的变化",
    chart_explain: "每月月底在册社区中参与创建、达到创建要求的比例，最后一点为 {date}；虚线是方案目标：{year} 年达到 {share}%。按现在的名单、统计口径和评分规则计算。",
    chart_taking_part: "参与创建",
    chart_meeting: "达到创建要求",
    chart_target: "目标 {share}%",
    chart_target_date: "{year} 年底",
    chart_none: "还没有可画的数据：导入社区的文件，或在名单上填写参与日期后，这里显示全市进度的变化。",
    chart_numbers: "图中的数字",
    chart_date: "日期",
    chart_cell: "{n} 个（{share}）",
    attention_title: "需要处理",
    attention_none: "目前没有需要处理的事项。",
    attention_no_file: "{n} 个社区自上次截止日（{date}）以来没有交来新文件",
    attention_duplicates: "{n} 组社区可能是同一个社区",
    attention_unmatched: "{n} 个导入的社区不在名单上，不计入全市数字",
    attention_conflicts: "{n} 个社区有待处理的冲突",
    attention_overdue: "{n} 个社区有逾期的整改事项",
    show_label: "显示",
    show_all: "全部社区",
    show_meets: "已达到创建要求",
    show_not_yet: "尚未达到创建要求",
    show_conflicts: "有待处理的冲突",
    show_overdue: "有逾期的整改事项",
    show_no_file: "{date} 以来没有新文件",
    table_count: "符合条件的社区 {shown} 个（共 {total} 个）",
    sort_hint: "点列名排序，再点一次倒序。",
    import_to_merges: "现有 {n} 组社区可能是同一个社区：去“合并同一社区”",
    set_where: "口径和评分规则由市办公室设定：",
    exports_report_hint: "按所选年度打印给市绿色社区创建行动领导小组的年度总结评估：全市数据、各项创建内容、各责任单位、尚未达到创建要求的社区和办公室填写的各节。",
    exports_file_hint: "汇总文件含全市各社区的记录、名单、统计口径和评分规则：在展示屏、手机或另一台办公电脑上导入后，看到的全市数字与这里相同。表格（CSV）是“各社区”页的表，供 Excel 或 WPS 使用。",
};

pub const EN_DESK: DeskTexts = DeskTexts {
    menu_label: "City office",
    page_overview: "Overview",
    page_import: "Import files",
    page_communities: "Communities",
    page_roster: "Roster and definitions",
    page_merges: "Merge communities that are one",
    page_scoring: "Scoring rules",
    page_units: "Responsible units",
    page_exports: "Reports and exports",
    chart_title: "The city's progress over time",
    chart_explain: "The share of the communities in scope taking part and meeting the requirements at the end of each month, the last point on {date}; the dashed line is the plan's target: {share}% by {year}. Counted by today's roster, definitions and scoring rules.",
    chart_taking_part: "Taking part",
    chart_meeting: "Meeting the requirements",
    chart_target: "Target {share}%",
    chart_target_date: "End of {year}",
    chart_none: "Nothing to draw yet: import the communities' files, or enter joining dates on the roster, and the city's progress shows here.",
    chart_numbers: "The chart's figures",
    chart_date: "Date",
    chart_cell: "{n} ({share})",
    attention_title: "Needs attention",
    attention_none: "Nothing needs attention now.",
    attention_no_file: "{n} {n|community has|communities have} sent no file since the last deadline ({date})",
    attention_duplicates: "{n} {n|group of communities|groups of communities} may be one community",
    attention_unmatched: "{n} {n|imported community is|imported communities are} on no roster entry and not counted",
    attention_conflicts: "{n} {n|community has|communities have} conflicts to resolve",
    attention_overdue: "{n} {n|community has|communities have} overdue rectification actions",
    show_label: "Show",
    show_all: "All communities",
    show_meets: "Meeting the requirements",
    show_not_yet: "Not yet meeting the requirements",
    show_conflicts: "With conflicts to resolve",
    show_overdue: "With overdue actions",
    show_no_file: "No file since {date}",
    table_count: "{shown} of {total} communities match",
    sort_hint: "Click a column's name to sort; again to reverse.",
    import_to_merges: "{n} {n|group of communities|groups of communities} may be one community: go to “Merge communities that are one”",
    set_where: "The city office sets the definitions and the scoring rules:",
    exports_report_hint: "The yearly evaluation summary for the leading group, for a chosen year: the city's figures, the creation areas, the responsible units, the communities behind and the office's own sections.",
    exports_file_hint: "The summary file holds every community's records, the roster, the definitions and the scoring rules: a display, a phone or a second office computer that imports it counts the city as here. The table (CSV) is the communities page's table, for Excel or WPS.",
};
