//! The names of the apps whose built-in browsers the app recognises, as
//! their users call them in each language.

use super::Texts;
use crate::in_app_browser::InAppBrowser;

impl Texts {
    pub fn in_app_name(&self, browser: InAppBrowser) -> &'static str {
        let (zh, en) = match browser {
            InAppBrowser::WeChat => ("微信", "WeChat"),
            InAppBrowser::WeCom => ("企业微信", "WeCom"),
            InAppBrowser::Qq => ("QQ", "QQ"),
            InAppBrowser::DingTalk => ("钉钉", "DingTalk"),
            InAppBrowser::Alipay => ("支付宝", "Alipay"),
            InAppBrowser::Weibo => ("微博", "Weibo"),
            InAppBrowser::Douyin => ("抖音", "Douyin"),
            InAppBrowser::Lark => ("飞书", "Lark"),
        };
        if self.lang == "en" {
            en
        } else {
            zh
        }
    }
}
