//! Each in-app browser on the list is recognised from a real user agent of
//! it, and the phones' own browsers are not.

use danzhou_green_community::in_app_browser::{in_app_browser, InAppBrowser};

const ANDROID: &str = "Mozilla/5.0 (Linux; Android 13; V2219A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36";
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";

#[test]
fn every_in_app_browser_on_the_list_is_recognised() {
    let cases = [
        (format!("{ANDROID} XWEB/1160065 MMWEBSDK/20231202 MMWEBID/1234 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"), InAppBrowser::WeChat),
        (format!("{IPHONE} MicroMessenger/8.0.44(0x18002c2d) NetType/WIFI Language/zh_CN"), InAppBrowser::WeChat),
        (format!("{ANDROID} wxwork/4.1.16 MicroMessenger/7.0.1 NetType/WIFI Language/zh ColorScheme/Light"), InAppBrowser::WeCom),
        (format!("{ANDROID} V1_AND_SQ_8.9.88_4852_YYB_D A_8098800 QQ/8.9.88.11945 NetType/WIFI WebP/0.3.0 AppId/537170024 Pixel/1080"), InAppBrowser::Qq),
        (format!("{ANDROID} AliApp(DingTalk/7.0.50) com.alibaba.android.rimet/34387440 Channel/700159 language/zh-CN"), InAppBrowser::DingTalk),
        (format!("{ANDROID} UCBS/2.11.1.1 AlipayDefined(nt:WIFI,ws:393|0|2.75) AliApp(AP/10.5.36.8000) AlipayClient/10.5.36.8000 Language/zh-Hans"), InAppBrowser::Alipay),
        (format!("{ANDROID} Weibo (Xiaomi-2211133C__weibo__13.12.2__android__android13)"), InAppBrowser::Weibo),
        (format!("{ANDROID} aweme_280000 JsSdk/1.0 NetType/WIFI Channel/xiaomi_1128_64 app_version/28.0.0 ByteLocale/zh"), InAppBrowser::Douyin),
        (format!("{ANDROID} Lark/7.8.8 LarkLocale/zh_CN ChannelName/Feishu"), InAppBrowser::Lark),
    ];
    for (agent, expected) in cases {
        assert_eq!(in_app_browser(&agent), Some(expected), "{agent}");
    }
}

#[test]
fn the_phones_own_browsers_are_not_in_app() {
    for agent in [
        "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; U; Android 12; zh-cn; 2201123C Build/SKQ1.211006.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 Mobile Safari/537.36 XiaoMi/MiuiBrowser/17.2.50",
        "Mozilla/5.0 (Linux; U; Android 12; zh-CN; V2148A Build/SP1A.210812.003) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/15.5.8.1228 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; U; Android 13; zh-cn; PGT-AN10 Build/HONORPGT-AN10) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.5 Mobile Safari/537.36",
    ] {
        assert_eq!(in_app_browser(agent), None, "{agent}");
    }
}

#[test]
fn each_app_is_named_in_each_language() {
    use danzhou_green_community::i18n::{texts_for, Lang};
    let (zh, en) = (texts_for(Lang::ZhCn), texts_for(Lang::En));
    assert_eq!(zh.in_app_name(InAppBrowser::WeChat), "微信");
    assert_eq!(en.in_app_name(InAppBrowser::WeChat), "WeChat");
    assert_eq!(zh.in_app_name(InAppBrowser::WeCom), "企业微信");
}
