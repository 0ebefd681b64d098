//! 公示 and 命名: seven days by default, an objection withdraws its
//! community with the reason, and only communities still listed are named,
//! after the period, by a numbered document.

// Native only: its test tools (proptest, jsonschema) do not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use danzhou_green_community::evaluation::{
    notice_ends, Naming, NoticeError, Objection, Publicity, DEFAULT_NOTICE_DAYS,
};
use danzhou_green_community::ids::CommunityId;
use danzhou_green_community::plan::embedded;

fn publicity() -> Publicity {
    let starts_on = day(2026, 12, 1);
    Publicity {
        id: "p1".into(),
        year: 2026,
        starts_on,
        ends_on: notice_ends(starts_on, DEFAULT_NOTICE_DAYS),
        contact: embedded().organisation.office.phone,
        communities: vec!["c1".into(), "c2".into(), "c3".into()],
        made_at: t(0),
        device_id: "office".into(),
    }
}

fn objection(community: &str, reason: &str) -> Objection {
    Objection {
        id: format!("o-{community}").as_str().into(),
        publicity_id: "p1".into(),
        community_id: community.into(),
        received_on: day(2026, 12, 3),
        reason: reason.into(),
        made_at: t(10),
        device_id: "office".into(),
    }
}

fn naming(communities: &[&str], named_on: chrono::NaiveDate) -> Naming {
    Naming {
        id: "n1".into(),
        publicity_id: "p1".into(),
        named_on,
        document_number: "儋绿创办〔2026〕3号".into(),
        communities: communities.iter().map(|c| CommunityId::from(*c)).collect(),
        made_at: t(20),
        device_id: "office".into(),
    }
}

#[test]
fn a_notice_lasts_seven_days_by_default_with_the_offices_number_for_objections() {
    let notice = publicity();
    assert_eq!(notice.ends_on, day(2026, 12, 7));
    assert_eq!(notice.contact, "23887585");
    assert!(notice.is_open_on(day(2026, 12, 7)) && !notice.is_open_on(day(2026, 12, 8)));
    assert_eq!(notice.check(), Ok(()));
    let backwards = Publicity {
        ends_on: day(2026, 11, 30),
        ..publicity()
    };
    assert_eq!(backwards.check(), Err(NoticeError::EndsBeforeStart));
    let silent = Publicity {
        contact: " ".into(),
        ..publicity()
    };
    assert_eq!(silent.check(), Err(NoticeError::NoContact));
    let empty = Publicity {
        communities: vec![],
        ..publicity()
    };
    assert_eq!(empty.check(), Err(NoticeError::NoCommunities));
}

#[test]
fn an_objection_withdraws_its_community_with_the_reason() {
    let notice = publicity();
    let against = objection("c2", "楼道堆物长期未清，有居民投诉");
    assert_eq!(against.check(&notice), Ok(()));
    let listed: Vec<String> = notice
        .listed(&[against])
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(listed, ["c1", "c3"]);
    assert_eq!(
        objection("c2", "  ").check(&notice),
        Err(NoticeError::NoReason)
    );
    assert_eq!(
        objection("c9", "不在名单").check(&notice),
        Err(NoticeError::NotListed("c9".into()))
    );
}

#[test]
fn only_communities_still_listed_are_named_after_the_period_by_a_document() {
    let notice = publicity();
    let objections = [objection("c2", "有居民投诉")];
    assert_eq!(
        naming(&["c1", "c3"], day(2026, 12, 8)).check(&notice, &objections),
        Ok(())
    );
    assert_eq!(
        naming(&["c1", "c3"], day(2026, 12, 7)).check(&notice, &objections),
        Err(NoticeError::NamedTooEarly)
    );
    assert_eq!(
        naming(&["c1", "c2"], day(2026, 12, 8)).check(&notice, &objections),
        Err(NoticeError::NotListed("c2".into()))
    );
    let unnumbered = Naming {
        document_number: "".into(),
        ..naming(&["c1"], day(2026, 12, 8))
    };
    assert_eq!(
        unnumbered.check(&notice, &objections),
        Err(NoticeError::NoDocumentNumber)
    );
}
