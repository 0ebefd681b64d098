//! Every UI language has every string: none empty, the same `{placeholders}`
//! as zh-CN, and no Chinese left in English. The fields are read through the
//! texts' `Serialize` form, so a field added to `Texts` or `ExchangeTexts`
//! is checked without touching this file.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use danzhou_green_community::assessment::{MissingReason, NotYetReason, Rating};
use danzhou_green_community::exchange::ImportError;
use danzhou_green_community::i18n::{
    city_texts_for, current_lang, desk_texts_for, evaluation_texts_for, fill, merge_texts_for,
    office_key_texts_for, office_texts_for, residents_texts_for, set_lang, signing_texts_for,
    texts, texts_for, Lang, Texts, EN, ZH_CN,
};

/// English fields that keep Chinese on purpose, each with the reason.
const CHINESE_ALLOWED_IN_EN: &[(&str, &str)] = &[
    (
        "welcome_what",
        "names the plan by its Chinese title, the one the plan reader shows",
    ),
    (
        "community_name_placeholder",
        "community names are Chinese proper names; the example shows what to type",
    ),
    (
        "in_app_step_open",
        "names WeChat's menu item as a Chinese WeChat shows it (在浏览器打开)",
    ),
    (
        "verdict_meets",
        "gives the plan's term 达到创建要求 that the plan text itself uses",
    ),
];

/// `field path -> string value` for every string field of the texts, read
/// through their `Serialize` form; nested structs give `outer.inner` paths.
/// The office's words, kept apart so only its bundle ships them, are read
/// as the `city.`, `desk.`, `merges.` and `office.` fields of the same language.
fn string_fields(texts: &Texts) -> BTreeMap<String, String> {
    let value = serde_json::to_value(texts).expect("texts serialise");
    let mut fields = BTreeMap::new();
    collect_strings("", &value, &mut fields);
    let lang = Lang::from_code(texts.lang).expect("a language of the app");
    let desk = serde_json::to_value(desk_texts_for(lang)).expect("texts serialise");
    collect_strings("desk", &desk, &mut fields);
    let office = serde_json::to_value(office_texts_for(lang)).expect("texts serialise");
    collect_strings("office", &office, &mut fields);
    let city = serde_json::to_value(city_texts_for(lang)).expect("texts serialise");
    collect_strings("city", &city, &mut fields);
    let merges = serde_json::to_value(merge_texts_for(lang)).expect("texts serialise");
    collect_strings("merges", &merges, &mut fields);
    let evaluation = serde_json::to_value(evaluation_texts_for(lang)).expect("texts serialise");
    collect_strings("evaluation", &evaluation, &mut fields);
    let signing = serde_json::to_value(signing_texts_for(lang)).expect("texts serialise");
    collect_strings("signing", &signing, &mut fields);
    let office_key = serde_json::to_value(office_key_texts_for(lang)).expect("texts serialise");
    collect_strings("office_key", &office_key, &mut fields);
    let residents = serde_json::to_value(residents_texts_for(lang)).expect("texts serialise");
    collect_strings("residents", &residents, &mut fields);
    fields
}

fn collect_strings(prefix: &str, value: &serde_json::Value, out: &mut BTreeMap<String, String>) {
    match value {
        serde_json::Value::String(text) => {
            out.insert(prefix.to_string(), text.clone());
        }
        serde_json::Value::Object(fields) => {
            for (name, inner) in fields {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                collect_strings(&path, inner, out);
            }
        }
        other => panic!("{prefix}: a text that is not a string: {other}"),
    }
}

/// The `{name}` placeholders of a template (`{name|one|other}`, words
/// chosen by a count, names `name` too).
fn placeholders(template: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        match rest.find(['{', '}']) {
            Some(close) if rest[close..].starts_with('}') => {
                let name = rest[..close].split('|').next().unwrap_or_default();
                found.insert(name.to_string());
                rest = &rest[close + 1..];
            }
            _ => {
                found.insert(format!("<unbalanced in {template:?}>"));
            }
        }
    }
    if rest.contains('}') {
        found.insert(format!("<unbalanced in {template:?}>"));
    }
    found
}

/// Chinese characters and full-width punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F     // CJK symbols and punctuation: 、。「」《》
        | 0x3400..=0x4DBF   // extension A
        | 0x4E00..=0x9FFF   // unified ideographs
        | 0xF900..=0xFAFF   // compatibility ideographs
        | 0xFF00..=0xFFEF   // full-width forms: ，：（）
        | 0x20000..=0x3134F // extensions B to G
    )
}

#[test]
fn every_field_is_read() {
    let zh = string_fields(&ZH_CN);
    let en = string_fields(&EN);
    assert!(zh.len() > 250, "only {} fields read", zh.len());
    assert_eq!(zh.get("lang").map(String::as_str), Some("zh-CN"));
    assert!(zh.keys().any(|k| k.starts_with("exchange.")));
    assert!(zh.keys().any(|k| k.starts_with("desk.")));
    assert_eq!(zh.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>());
    assert_eq!(zh["delete_text"], ZH_CN.delete_text);
    assert_eq!(en["welcome_what"], EN.welcome_what);
    assert_eq!(en["exchange.csv_not_yet"], EN.exchange.csv_not_yet);
}

#[test]
fn no_string_is_empty_in_any_language() {
    for lang in Lang::ALL {
        let empty: Vec<String> = string_fields(texts_for(lang))
            .into_iter()
            .filter(|(_, value)| value.trim().is_empty())
            .map(|(field, _)| field)
            .collect();
        assert!(
            empty.is_empty(),
            "{}: empty strings {empty:?}",
            lang.as_str()
        );
    }
}

#[test]
fn every_language_keeps_the_placeholders_of_zh_cn() {
    let zh = string_fields(&ZH_CN);
    for lang in Lang::ALL {
        let other = string_fields(texts_for(lang));
        let mismatches: Vec<String> = zh
            .iter()
            .filter_map(|(field, zh_value)| {
                let (want, got) = (placeholders(zh_value), placeholders(&other[field]));
                (want != got).then(|| format!("{field}: zh-CN {want:?}, {} {got:?}", lang.as_str()))
            })
            .collect();
        assert!(mismatches.is_empty(), "{mismatches:#?}");
    }
}

#[test]
fn english_has_no_chinese_left_except_where_intended() {
    let en = string_fields(&EN);
    let allowed: HashSet<&str> = CHINESE_ALLOWED_IN_EN.iter().map(|(f, _)| *f).collect();
    for field in &allowed {
        assert!(en.contains_key(*field), "allowed field {field} is gone");
    }
    let chinese: Vec<String> = en
        .iter()
        .filter(|(field, value)| !allowed.contains(field.as_str()) && value.chars().any(is_cjk))
        .map(|(field, value)| format!("{field}: {value}"))
        .collect();
    assert!(chinese.is_empty(), "Chinese in English texts: {chinese:#?}");
    // Fields allowed Chinese still read as English around it.
    for field in &allowed {
        assert!(
            en[*field].chars().filter(char::is_ascii_alphabetic).count() >= 2,
            "{field} is not English: {}",
            en[*field]
        );
    }
}

#[test]
fn each_language_names_itself() {
    for lang in Lang::ALL {
        assert_eq!(texts_for(lang).lang, lang.as_str());
        assert_eq!(Lang::from_code(lang.as_str()), Some(lang));
    }
}

#[test]
fn language_codes_are_read_leniently() {
    assert_eq!(Lang::from_code("zh-CN"), Some(Lang::ZhCn));
    assert_eq!(Lang::from_code("zh"), Some(Lang::ZhCn));
    assert_eq!(Lang::from_code("zh_cn"), Some(Lang::ZhCn));
    assert_eq!(Lang::from_code("en"), Some(Lang::En));
    assert_eq!(Lang::from_code("EN-us"), Some(Lang::En));
    assert_eq!(Lang::from_code(" en-GB "), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
    assert_eq!(Lang::from_code("english"), None);
    assert_eq!(Lang::from_code(""), None);
    assert_eq!(Lang::default(), Lang::ZhCn);
}

/// The only test here that changes the process-wide language: the others
/// use `texts_for`, so they do not race with it.
#[test]
fn set_lang_switches_texts() {
    assert_eq!(current_lang(), Lang::ZhCn, "zh-CN is the default");
    assert_eq!(texts().lang, "zh-CN");
    set_lang(Lang::En);
    assert_eq!(current_lang(), Lang::En);
    assert!(std::ptr::eq(texts(), texts_for(Lang::En)));
    assert_eq!(texts().rating(Rating::Met), "Met");
    set_lang(Lang::ZhCn);
    assert_eq!(current_lang(), Lang::ZhCn);
    assert!(std::ptr::eq(texts(), texts_for(Lang::ZhCn)));
    assert_eq!(texts().rating(Rating::Met), "达标");
}

#[test]
fn the_five_english_ratings_are_distinct() {
    let t = texts_for(Lang::En);
    let labels: Vec<String> = Rating::ALL
        .iter()
        .map(|r| t.rating(*r).to_lowercase())
        .collect();
    let distinct: HashSet<&String> = labels.iter().collect();
    assert_eq!(distinct.len(), Rating::ALL.len(), "{labels:?}");
}

#[test]
fn english_messages_are_filled() {
    let t = texts_for(Lang::En);
    assert_eq!(
        t.not_yet_reason(&NotYetReason::BelowThreshold {
            share: 0.699,
            needed: 0.7
        }),
        "Score 69%, 70% needed."
    );
    assert_eq!(
        t.missing_reason(&MissingReason::CouldGain(0.5)),
        "+0.5 pt if met"
    );
    let message = t.import_error_in_file(
        "dongfeng.json",
        &ImportError::NewerSchema {
            found: 2,
            supported: 1,
        },
    );
    assert!(
        !message.contains('{') && message.contains("dongfeng.json") && message.contains('2'),
        "{message}"
    );
}

#[test]
fn punctuation_follows_the_language() {
    assert_eq!(ZH_CN.label_text("照片", "看清路面"), "照片：看清路面");
    assert_eq!(EN.label_text("Photo", "the road"), "Photo: the road");
    assert_eq!(ZH_CN.aside("已整改"), "（已整改）");
    assert_eq!(EN.aside("done"), " (done)");
    assert_eq!(ZH_CN.list(&["王芳".into(), "李明".into()]), "王芳、李明");
    assert_eq!(EN.list(&["Wang".into(), "Li".into()]), "Wang, Li");
}

#[test]
fn english_counts_agree_with_their_nouns() {
    let one = |template: &str, key: &str| fill(template, &[(key, "1")]);
    let three = |template: &str, key: &str| fill(template, &[(key, "3")]);
    assert_eq!(one(EN.report.photos, "n"), "1 photo");
    assert_eq!(three(EN.report.photos, "n"), "3 photos");
    assert_eq!(one(EN.backup_days, "days"), "last exported 1 day ago");
    assert_eq!(three(EN.backup_days, "days"), "last exported 3 days ago");
    let last = fill(EN.export_last, &[("date", "1 Dec"), ("days", "1")]);
    assert_eq!(last, "Last export: 1 Dec (1 day ago)");
    assert!(one(EN.later_edits_not_saved, "count").contains("1 edit made after it was not"));
    assert!(three(EN.later_edits_not_saved, "count").contains("3 edits made after it were not"));
    // Chinese has no plural: the same words whatever the count.
    assert_eq!(
        fill(ZH_CN.report.photos, &[("n", "1")]),
        fill(ZH_CN.report.photos, &[("n", "3")]).replace('3', "1")
    );
}
