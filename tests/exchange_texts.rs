//! Every refused file gets a plain Chinese message with its placeholders
//! filled, and the import summary reads as sentences.

use danzhou_green_community::assessment::AssessmentError;
use danzhou_green_community::community::NameError;
use danzhou_green_community::exchange::{ImportError, ImportSummary, ValueProblem};
use danzhou_green_community::i18n::texts;

fn every_error() -> Vec<ImportError> {
    use ImportError as E;
    let problems = [
        ValueProblem::Missing,
        ValueProblem::Malformed("unknown variant `excellent`".into()),
        ValueProblem::BadId,
        ValueProblem::BadHash,
        ValueProblem::BadName(NameError::TooLong),
        ValueProblem::TooLong {
            max: 2000,
            actual: 2001,
        },
        ValueProblem::OutOfRange,
        ValueProblem::Duplicate,
        ValueProblem::BadPhotoData,
        ValueProblem::SizeMismatch,
        ValueProblem::Refused(AssessmentError::NotAnImage),
        ValueProblem::EndsBeforeStart,
    ];
    let mut errors = vec![
        E::TooLarge {
            max_bytes: 100 * 1024 * 1024,
            actual: 150 * 1024 * 1024,
        },
        E::NotJson,
        E::NotThisFormat,
        E::NewerSchema {
            found: 2,
            supported: 1,
        },
        E::UnknownPlan {
            id: "haikou-2021".into(),
        },
        E::PlanVersionMismatch {
            found: "1.0.0".into(),
            expected: "1.1.0".into(),
        },
        E::ChecksumMismatch,
        E::Truncated,
        E::UnknownItem {
            item_id: "a9-99".into(),
        },
        E::PhotoHashMismatch {
            hash: "0".repeat(64),
        },
        E::WrongCommunity {
            path: "communities[0].changes[1].community_id".into(),
        },
    ];
    errors.extend(problems.into_iter().map(|detail| E::InvalidValue {
        path: "communities[0].changes[3]".into(),
        detail,
    }));
    errors
}

#[test]
fn every_import_error_has_a_filled_chinese_message() {
    let t = texts();
    for error in every_error() {
        let message = t.import_error(&error);
        assert!(
            !message.is_empty() && !message.contains('{'),
            "{error:?}: {message}"
        );
        assert!(
            !message.contains("unknown variant"),
            "no parser English: {message}"
        );
    }
}

#[test]
fn the_messages_say_what_to_do() {
    use ImportError as E;
    let t = texts();
    assert!(t
        .import_error(&E::NewerSchema {
            found: 2,
            supported: 1
        })
        .contains("请先更新应用"));
    assert!(t
        .import_error(&E::ChecksumMismatch)
        .contains("文件可能不完整或被修改过"));
    let plan = t.import_error(&E::PlanVersionMismatch {
        found: "1.0.0".into(),
        expected: "1.1.0".into(),
    });
    assert!(plan.contains("1.0.0") && plan.contains("1.1.0"), "{plan}");
    assert!(t
        .import_error(&E::UnknownPlan {
            id: "haikou-2021".into()
        })
        .contains("haikou-2021"));
    assert_eq!(
        t.import_error(&E::TooLarge {
            max_bytes: 100 * 1024 * 1024,
            actual: 100 * 1024 * 1024 + 1
        }),
        "文件太大（101 MB），超过了 100 MB 的上限。请确认选的是本应用导出的文件。"
    );
    assert_eq!(
        t.import_error(&E::InvalidValue {
            path: "communities[0].changes[2].kind.new".into(),
            detail: ValueProblem::TooLong { max: 2000, actual: 2001 },
        }),
        "文件里有内容不正确：文字太长（最多 2000 字，这里有 2001 字）（位置：communities[0].changes[2].kind.new）。请让对方用最新版应用重新导出。"
    );
    assert_eq!(
        t.import_error_in_file("东风社区-2026-11-28.json", &E::Truncated),
        "「东风社区-2026-11-28.json」没有导入：文件不完整，可能没有传完。请让对方重新发送。"
    );
}

#[test]
fn the_import_summary_reads_as_sentences() {
    let t = texts();
    let up_to_date = ImportSummary {
        already_up_to_date: true,
        ..ImportSummary::default()
    };
    assert_eq!(
        t.import_summary(&up_to_date),
        ["已经是最新的：这个文件没有新内容。"]
    );
    let summary = ImportSummary {
        communities_added: 1,
        changes_added: 12,
        photos_added: 3,
        photos_missing: 2,
        conflicts_found: 1,
        same_names: vec!["东风社区".into()],
        ..ImportSummary::default()
    };
    let lines = t.import_summary(&summary);
    assert_eq!(
        lines[0],
        "已导入：新增社区 1 个，更新社区 0 个，新增记录 12 条，新增照片 3 张。"
    );
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().all(|l| !l.contains('{')));
    assert!(lines[1].contains("2 张照片"));
    assert!(lines[3].contains("东风社区"));
}
