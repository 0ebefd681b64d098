use super::PrintTexts;

pub const ZH_CN_PRINT: PrintTexts = PrintTexts {
    page_number: "第 {page} 页 共 {pages} 页",
    appendix_option: "打印附件：佐证照片（每页 {n} 张）",
    appendix_title: "附件：佐证照片",
    appendix_none: "还没有佐证照片。",
    appendix_loading: "正在载入照片，载入后再打印……",
    photo_missing: "本机没有这张照片",
};
