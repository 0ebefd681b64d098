//! The UI languages and the one in use.

use std::sync::atomic::{AtomicU8, Ordering};

use super::{Texts, EN, ZH_CN};

/// A UI language. zh-CN is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    ZhCn,
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 code, as in `Texts::lang`: "zh-CN", "en".
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language for a code such as "zh-CN", "zh", "en" or "en-US"
    /// (case-insensitive, `_` taken as `-`); `None` for other languages.
    /// The language's name in itself, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::ZhCn => "中文",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase().replace('_', "-");
        let primary = code.split('-').next().unwrap_or_default();
        match primary {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn to_u8(self) -> u8 {
        match self {
            Lang::ZhCn => 0,
            Lang::En => 1,
        }
    }

    fn from_u8(value: u8) -> Lang {
        match value {
            1 => Lang::En,
            _ => Lang::ZhCn,
        }
    }
}

/// The language in use, process-wide.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Switches the UI language for the whole app. Views read [`texts`] when
/// they render, so a switch shows on the next render.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.to_u8(), Ordering::Relaxed);
}

/// The language in use; zh-CN until [`set_lang`] is called.
pub fn current_lang() -> Lang {
    Lang::from_u8(CURRENT.load(Ordering::Relaxed))
}

/// The texts of one language, whatever the current one is.
pub fn texts_for(lang: Lang) -> &'static Texts {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

/// The texts in use: those of [`current_lang`].
pub fn texts() -> &'static Texts {
    texts_for(current_lang())
}

/// Fills `{key}` placeholders in a template, and chooses the words of
/// `{key|one|other}` by the value: `one` when it is 1, `other` otherwise
/// ("{n} {n|photo|photos}" reads "1 photo", "3 photos").
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            let text = text.replace(&format!("{{{key}}}"), value);
            choose_words(&text, key, *value == "1")
        })
}

/// `text` with each `{key|one|other}` replaced by `one` or `other`.
fn choose_words(text: &str, key: &str, one: bool) -> String {
    let opening = format!("{{{key}|");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&opening) {
        let after = &rest[at + opening.len()..];
        let Some(end) = after.find('}') else {
            break;
        };
        let (singular, plural) = after[..end].split_once('|').unwrap_or((&after[..end], ""));
        out.push_str(&rest[..at]);
        out.push_str(if one { singular } else { plural });
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}
