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
    let json = serde_json::to_string(texts()).unwrap();
    assert!(!json.contains(":\"\""), "an empty UI string: {json}");
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

#[test]
fn every_refused_edit_has_a_filled_chinese_message() {
    use danzhou_green_community::assessment::AssessmentError as E;
    let t = texts();
    let errors = [
        E::ReasonRequired,
        E::ReasonTooLong {
            max: 200,
            actual: 201,
        },
        E::NoteTooLong {
            max: 2000,
            actual: 2001,
        },
        E::NotAnImage,
        E::PhotoTooLarge {
            max_bytes: 30 * 1024 * 1024,
            actual: 31 * 1024 * 1024,
        },
        E::BadPhotoHash,
        E::CaptionTooLong {
            max: 200,
            actual: 201,
        },
        E::ActionDescriptionRequired,
        E::ActionDescriptionTooLong {
            max: 500,
            actual: 501,
        },
        E::ResponsibleRequired,
        E::ResponsibleTooLong {
            max: 60,
            actual: 61,
        },
        E::UnknownResponsibleUnit("市财政局".into()),
        E::InspectorRequired,
        E::InspectorNameTooLong {
            max: 40,
            actual: 41,
        },
        E::InspectionAlreadyOpen,
    ];
    for error in &errors {
        let message = t.assessment_error(error);
        assert!(!message.is_empty() && !message.contains('{'), "{message}");
    }
    assert_eq!(
        t.assessment_error(&errors[2]),
        "备注最多 2000 字，现在是 2001 字。"
    );
    assert_eq!(
        t.assessment_error(&E::ReasonRequired),
        "请填写不适用的理由。"
    );
    assert_eq!(t.assessment_error(&E::NotAnImage), "只能添加图片文件。");
    assert_eq!(t.assessment_error(&errors[4]), "图片超过 30 MB，请换一张。");
}

#[test]
fn verdict_reasons_are_in_words() {
    use danzhou_green_community::assessment::{MissingReason, NotYetReason};
    let t = texts();
    assert_eq!(
        t.not_yet_reason(&NotYetReason::BelowThreshold {
            share: 0.699,
            needed: 0.7
        }),
        "得分率 69%，需要 70%。"
    );
    assert_eq!(
        t.not_yet_reason(&NotYetReason::Unassessed(vec![
            "a1-01".into(),
            "a1-02".into()
        ])),
        "还有 2 项未评估。"
    );
    assert_eq!(
        t.missing_reason(&MissingReason::CouldGain(0.5)),
        "达标后可加 0.5 分"
    );
    assert_eq!(
        t.missing_reason(&MissingReason::CouldGain(1.0)),
        "达标后可加 1 分"
    );
}
