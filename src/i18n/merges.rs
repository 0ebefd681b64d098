//! The strings of the office's merging of communities that are one, in
//! both languages.

use serde::Serialize;

use super::lang::{current_lang, Lang};
use crate::workspace::MergeError;

/// The merging's words in the language in use. Apart from
/// [`super::Texts`], which every bundle carries: only the office's code
/// reads these, so only the office bundle ships them.
pub fn merge_texts() -> &'static MergeTexts {
    merge_texts_for(current_lang())
}

pub fn merge_texts_for(lang: Lang) -> &'static MergeTexts {
    match lang {
        Lang::ZhCn => &ZH_CN_MERGES,
        Lang::En => &EN_MERGES,
    }
}

/// Templates hold `{name}`-style placeholders.
#[derive(Debug, Serialize)]
pub struct MergeTexts {
    pub title: &'static str,
    pub explain: &'static str,
    pub suggestions_title: &'static str,
    /// `{entry}`: the roster entry both are matched to.
    pub same_entry: &'static str,
    pub same_name: &'static str,
    /// `{name}`
    pub keep_this: &'static str,
    pub from_label: &'static str,
    pub into_label: &'static str,
    pub merge: &'static str,
    /// `{name}`, `{created}`, `{rated}`, `{short}`
    pub option: &'static str,
    /// `{from}`, `{into}`
    pub merged: &'static str,
    pub error_same: &'static str,
    pub error_unknown: &'static str,
    pub error_merged_away: &'static str,
    pub history_title: &'static str,
    pub history_none: &'static str,
    /// `{from}`, `{into}`, `{at}`, `{author}`
    pub history_active: &'static str,
    /// `{from}`, `{into}`, `{at}`, `{undone}`
    pub history_undone: &'static str,
    pub undo: &'static str,
    /// `{from}`, `{into}`
    pub undo_label: &'static str,
    /// `{from}`
    pub undone: &'static str,
    /// Shown for a merge made by someone who left no name.
    pub no_author: &'static str,
    /// `{n}`: under a community's name in the office's table.
    pub includes: &'static str,
}

pub const ZH_CN_MERGES: MergeTexts = MergeTexts {
    title: "合并同一社区",
    explain: "同一个社区在两部手机上分别添加，会变成两个社区并被计数两次。合并后，两者的全部记录都保留，显示和计数为一个社区；合并会写入本办公室导出的文件，各设备导入后也只看到一个社区。合并可以撤销。",
    suggestions_title: "可能是同一社区",
    same_entry: "对应名册中的同一条目：{entry}",
    same_name: "名称相同",
    keep_this: "保留“{name}”，合并其他",
    from_label: "并入的社区（此后不再单独显示）",
    into_label: "保留的社区",
    merge: "合并",
    option: "{name}（{created}添加，已自评 {rated} 个条目，编号 {short}）",
    merged: "已将“{from}”并入“{into}”。",
    error_same: "请选择两个不同的社区。",
    error_unknown: "所选社区不在本设备上，请刷新页面后重试。",
    error_merged_away: "所选社区已并入其他社区，请选择保留下来的社区。",
    history_title: "合并记录",
    history_none: "尚无合并记录。",
    history_active: "“{from}”已并入“{into}”（{at}，{author}）",
    history_undone: "“{from}”曾并入“{into}”（{at}），已于{undone}撤销",
    undo: "撤销合并",
    undo_label: "撤销合并：“{from}”并入“{into}”",
    undone: "已撤销合并，“{from}”重新单独显示。",
    no_author: "未署名",
    includes: "含合并进来的 {n} 个社区的记录",
};

pub const EN_MERGES: MergeTexts = MergeTexts {
    title: "Merge communities that are one",
    explain: "The same community added on two phones becomes two communities and is counted twice. Merging keeps every record of both and shows and counts them as one community; the merge goes into the office's exported file, so devices that import it see one community too. A merge can be undone.",
    suggestions_title: "Possibly the same community",
    same_entry: "Matched to the same roster entry: {entry}",
    same_name: "Same name",
    keep_this: "Keep “{name}”, merge the others into it",
    from_label: "Community to merge (no longer shown on its own)",
    into_label: "Community to keep",
    merge: "Merge",
    option: "{name} (added {created}, {rated} items assessed, ID {short})",
    merged: "“{from}” was merged into “{into}”.",
    error_same: "Choose two different communities.",
    error_unknown: "A chosen community is not on this device; reload the page and try again.",
    error_merged_away: "A chosen community was already merged into another; choose the one that was kept.",
    history_title: "Merges",
    history_none: "No merges yet.",
    history_active: "“{from}” merged into “{into}” ({at}, {author})",
    history_undone: "“{from}” was merged into “{into}” ({at}), undone {undone}",
    undo: "Undo merge",
    undo_label: "Undo merge: “{from}” into “{into}”",
    undone: "Merge undone; “{from}” is shown on its own again.",
    no_author: "unnamed",
    includes: "includes records merged in from other communities: {n}",
};

impl MergeTexts {
    pub fn merge_error(&self, error: MergeError) -> &'static str {
        match error {
            MergeError::SameCommunity => self.error_same,
            MergeError::UnknownCommunity => self.error_unknown,
            MergeError::AlreadyMergedAway => self.error_merged_away,
        }
    }
}
