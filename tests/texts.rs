//! UI strings: none empty, and every template keeps its placeholders.

use danzhou_green_community::assessment::Rating;
use danzhou_green_community::i18n::{fill, texts};

#[test]
fn every_rating_has_a_distinct_label() {
    let t = texts();
    let labels: Vec<&str> = Rating::ALL.iter().map(|r| t.rating(*r)).collect();
    assert_eq!(labels, ["未评估", "达标", "部分达标", "未达标", "不适用"]);
}

#[test]
fn no_string_is_empty() {
    let debug = format!("{:?}", texts());
    assert!(!debug.contains(": \"\""), "an empty UI string: {debug}");
}

#[test]
fn templates_are_filled() {
    let t = texts();
    assert_eq!(
        fill(
            t.progress_assessed,
            &[("assessed", "3"), ("applicable", "36")]
        ),
        "已评 3/36"
    );
    assert_eq!(
        fill(t.delete_text, &[("name", "东风社区")]),
        "将删除「东风社区」和它的全部自评记录，删除后无法恢复。"
    );
}
