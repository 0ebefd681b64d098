//! The browsers built into messaging and payment apps (WeChat and others),
//! recognised from the user agent. Inside them page downloads are commonly
//! blocked and a page's stored data may be cleared when the app closes, so
//! the app asks to be opened in the phone's own browser.

/// An app whose built-in browser the page is running in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InAppBrowser {
    WeChat,
    WeCom,
    Qq,
    DingTalk,
    Alipay,
    Weibo,
    Douyin,
    Lark,
}

/// What each app writes in its user agent, in the order they are looked
/// for: WeCom's also carries WeChat's marker, so it comes first. The one
/// list of them; `tests/in_app_browser.rs` checks a real agent of each.
const MARKERS: [(&str, InAppBrowser); 9] = [
    ("wxwork", InAppBrowser::WeCom),
    ("micromessenger", InAppBrowser::WeChat),
    (" qq/", InAppBrowser::Qq),
    ("dingtalk", InAppBrowser::DingTalk),
    ("alipayclient", InAppBrowser::Alipay),
    ("weibo", InAppBrowser::Weibo),
    ("aweme", InAppBrowser::Douyin),
    ("lark", InAppBrowser::Lark),
    ("feishu", InAppBrowser::Lark),
];

/// The app whose built-in browser `user_agent` is, if any.
pub fn in_app_browser(user_agent: &str) -> Option<InAppBrowser> {
    let agent = user_agent.to_lowercase();
    MARKERS
        .iter()
        .find(|(marker, _)| agent.contains(marker))
        .map(|(_, browser)| *browser)
}
