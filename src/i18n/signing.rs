//! The words of signatures. On a phone (`SigningTexts`): checking the office
//! key's fingerprint, why a signed file was refused, and who signed an
//! imported file. At the office (`OfficeKeyTexts`, shipped only in its
//! bundle): the office's key, its key file, a new key, and the devices each
//! community's files came from.

use serde::Serialize;

use super::lang::{current_lang, Lang};

pub fn signing_texts() -> &'static SigningTexts {
    signing_texts_for(current_lang())
}

pub fn signing_texts_for(lang: Lang) -> &'static SigningTexts {
    match lang {
        Lang::ZhCn => &ZH_CN_SIGNING,
        Lang::En => &EN_SIGNING,
    }
}

pub fn office_key_texts() -> &'static OfficeKeyTexts {
    office_key_texts_for(current_lang())
}

pub fn office_key_texts_for(lang: Lang) -> &'static OfficeKeyTexts {
    match lang {
        Lang::ZhCn => &ZH_CN_OFFICE_KEY,
        Lang::En => &EN_OFFICE_KEY,
    }
}

#[derive(Debug, Serialize)]
pub struct SigningTexts {
    pub fingerprint: &'static str,
    pub confirm_title: &'static str,
    pub confirm_explain: &'static str,
    pub confirm_button: &'static str,
    pub pinned_heading: &'static str,
    pub pinned_line: &'static str,
    pub not_pinned: &'static str,
    pub refused: &'static str,
    pub unsigned_office: &'static str,
    pub other_key: &'static str,
    pub does_not_verify: &'static str,
    pub rotation_bad: &'static str,
    pub malformed_key: &'static str,
    pub malformed_signature: &'static str,
    pub unknown_algorithm: &'static str,
    pub check_unavailable: &'static str,
    pub unconfirmed_batch: &'static str,
    pub line_unsigned: &'static str,
    pub line_office: &'static str,
    pub line_device: &'static str,
    pub line_new_device: &'static str,
}

#[derive(Debug, Serialize)]
pub struct OfficeKeyTexts {
    pub link: &'static str,
    pub office_title: &'static str,
    pub office_explain: &'static str,
    pub no_key: &'static str,
    pub create: &'static str,
    pub fingerprint: &'static str,
    pub phone_line: &'static str,
    pub since: &'static str,
    pub export_heading: &'static str,
    pub export_explain: &'static str,
    pub passphrase: &'static str,
    pub passphrase_again: &'static str,
    pub file_passphrase: &'static str,
    pub export_button: &'static str,
    pub key_file_name: &'static str,
    pub exported: &'static str,
    pub import_heading: &'static str,
    pub import_pick: &'static str,
    pub import_button: &'static str,
    pub imported: &'static str,
    pub rotate_heading: &'static str,
    pub rotate_explain: &'static str,
    pub rotate_button: &'static str,
    pub rotated: &'static str,
    pub error_unavailable: &'static str,
    pub error_short: &'static str,
    pub error_differ: &'static str,
    pub error_not_key_file: &'static str,
    pub error_damaged: &'static str,
    pub error_wrong_passphrase: &'static str,
    pub error_mismatch: &'static str,
    pub error_no_key: &'static str,
    pub error_storage: &'static str,
    pub devices_heading: &'static str,
    pub devices_explain: &'static str,
    pub devices_none: &'static str,
    pub devices_community: &'static str,
    pub devices_device: &'static str,
    pub devices_user: &'static str,
    pub devices_seen: &'static str,
    pub devices_files: &'static str,
}

pub(crate) static ZH_CN_SIGNING: SigningTexts = SigningTexts {
    fingerprint: "密钥指纹",
    confirm_title: "核对市办公室的签名",
    confirm_explain: "本机第一次导入市办公室的文件。请打市办公室电话 {phone}，请对方念出签名密钥的指纹，和下面的完全一致才确认。确认后，本机只接受这把密钥签名的市办公室文件。",
    confirm_button: "指纹一致，确认",
    pinned_heading: "市办公室签名密钥",
    pinned_line: "本机只接受指纹为 {fingerprint} 的市办公室文件（{date} 起）。",
    not_pinned: "本机还没有确认市办公室的签名密钥：第一次导入市办公室的文件时会请你打电话核对指纹。",
    refused: "「{file}」没有采用：{reason}",
    unsigned_office: "文件没有市办公室的签名（旧版本导出的，或不是市办公室发出的），本机不接受。",
    other_key: "签名的密钥不是本机确认过的市办公室密钥（指纹 {fingerprint}），本机不接受。",
    does_not_verify: "签名与文件内容不符：文件在签名后被改动过，或签名来自别的文件。",
    rotation_bad: "文件所说的密钥更换没有旧密钥的有效签名。",
    malformed_key: "签名里的密钥格式不对。",
    malformed_signature: "签名的格式不对。",
    unknown_algorithm: "签名用的算法本应用不认识。",
    check_unavailable: "本页不是通过 https 打开的，无法核对签名。",
    unconfirmed_batch: "这是市办公室签名的文件（指纹 {fingerprint}），但本机还没有确认市办公室的签名密钥：请先在「设置」里导入市办公室发来的评分规则文件，核对指纹后再导入本文件。",
    line_unsigned: "未签名（旧版本导出的文件）",
    line_office: "市办公室签名",
    line_device: "设备签名，指纹 {fingerprint}",
    line_new_device: "注意：{community} 的文件来自一台以前没见过的设备（指纹 {fingerprint}，{user}）。换了手机是正常的；如果没有，请与社区核对。",
};

pub(crate) static EN_SIGNING: SigningTexts = SigningTexts {
    fingerprint: "Key fingerprint",
    confirm_title: "Check the office's signature",
    confirm_explain: "This is the first office file this device takes. Call the office on {phone}, ask them to read out their key's fingerprint, and confirm only if it is exactly the one below. From then on this device takes office files only when signed by this key.",
    confirm_button: "The fingerprints match",
    pinned_heading: "The office's signing key",
    pinned_line: "This device takes office files only when signed by the key with fingerprint {fingerprint} (since {date}).",
    not_pinned: "This device has not confirmed the office's signing key yet: the first office file it takes asks you to check the fingerprint by telephone.",
    refused: "“{file}” was not taken: {reason}",
    unsigned_office: "the file carries no office signature (made by an older version, or not by the office), and this device does not take it.",
    other_key: "it is signed by a key that is not the office key this device confirmed (fingerprint {fingerprint}), and this device does not take it.",
    does_not_verify: "its signature does not match its content: the file was changed after it was signed, or the signature is another file's.",
    rotation_bad: "the change of key it names is not validly signed by the old key.",
    malformed_key: "the key in its signature is not well formed.",
    malformed_signature: "its signature is not well formed.",
    unknown_algorithm: "its signature uses an algorithm this app does not know.",
    check_unavailable: "this page was not opened over https, so signatures cannot be checked.",
    unconfirmed_batch: "it is signed by an office key (fingerprint {fingerprint}) but this device has not confirmed the office's key yet: take the office's scoring file in Settings first, check the fingerprint, then import this file again.",
    line_unsigned: "Unsigned (made by an older version)",
    line_office: "Signed by the office",
    line_device: "Signed by a device, fingerprint {fingerprint}",
    line_new_device: "Note: this file for {community} comes from a device not seen before (fingerprint {fingerprint}, {user}). A new phone is normal; if there is none, check with the community.",
};

pub(crate) static ZH_CN_OFFICE_KEY: OfficeKeyTexts = OfficeKeyTexts {
    link: "签名密钥",
    office_title: "市办公室签名密钥",
    office_explain: "市办公室发给社区的评分规则文件、复核结果文件和合并导出文件都用这把密钥签名。社区的手机第一次导入时会打电话核对指纹，之后只接受这把密钥签名的文件。",
    no_key: "本机还没有市办公室签名密钥。请只在一台办公电脑上创建；其他办公电脑用密钥文件导入同一把密钥，不要各自创建。",
    create: "创建签名密钥",
    fingerprint: "密钥指纹",
    phone_line: "社区核对指纹请打市办公室电话 {phone}（方案所列办公电话）。",
    since: "{date} 起使用",
    export_heading: "导出密钥文件（备份，或给第二台办公电脑）",
    export_explain: "文件里的私钥用口令加密（由口令经 PBKDF2 60 万轮派生的 AES-GCM 密钥），不会以明文离开本机。口令至少 {n} 个字符；请当面或电话告知，不要和文件一起发送。",
    passphrase: "口令",
    passphrase_again: "再输入一次口令",
    file_passphrase: "密钥文件的口令",
    export_button: "导出密钥文件",
    key_file_name: "市办公室签名密钥-{date}.json",
    exported: "已导出密钥文件「{file}」。",
    import_heading: "从密钥文件导入（第二台办公电脑）",
    import_pick: "选择密钥文件",
    import_button: "导入密钥",
    imported: "已导入市办公室签名密钥，指纹 {fingerprint}。",
    rotate_heading: "更换密钥",
    rotate_explain: "怀疑密钥泄露（例如办公电脑丢失）时更换。新密钥由旧密钥签名，已确认旧密钥的手机导入下一个市办公室文件时会自动跟随；请同时通知各社区新的指纹，并给其他办公电脑重新导出密钥文件。拿走旧电脑的人仍可用旧密钥签名，已经跟随的手机不再接受它。",
    rotate_button: "更换为新密钥",
    rotated: "已更换为新密钥，指纹 {fingerprint}。",
    error_unavailable: "本页不是通过 https 打开的，浏览器不提供签名功能。请用 https 地址打开。",
    error_short: "口令至少 {n} 个字符。",
    error_differ: "两次输入的口令不一样。",
    error_not_key_file: "「{file}」不是市办公室的密钥文件，没有导入。",
    error_damaged: "「{file}」已损坏，没有导入。",
    error_wrong_passphrase: "口令不对，密钥没有导入。",
    error_mismatch: "「{file}」里的私钥和公钥不是一对，没有导入。",
    error_no_key: "本机没有市办公室签名密钥：请先在「签名密钥」页创建或导入。",
    error_storage: "密钥没能保存。{reason}",
    devices_heading: "各社区文件的来源设备",
    devices_explain: "导入社区文件时记下签名的设备。同一社区出现新设备时，导入结果会提醒。",
    devices_none: "还没有导入过签名的社区文件。",
    devices_community: "社区",
    devices_device: "设备（指纹）",
    devices_user: "使用者",
    devices_seen: "首次 / 最近",
    devices_files: "文件数",
};

pub(crate) static EN_OFFICE_KEY: OfficeKeyTexts = OfficeKeyTexts {
    link: "Signing key",
    office_title: "The office's signing key",
    office_explain: "The scoring file, the review files and the merged export the office sends are signed with this key. A phone checks its fingerprint by telephone the first time it takes an office file, and from then on takes only files signed by it.",
    no_key: "This computer holds no office signing key. Create it on one office computer only; the others take the same key from the key file rather than creating their own.",
    create: "Create the signing key",
    fingerprint: "Key fingerprint",
    phone_line: "Communities check the fingerprint by calling the office on {phone} (the office telephone the plan gives).",
    since: "In use since {date}",
    export_heading: "Export the key file (a backup, or for a second office computer)",
    export_explain: "The private key in the file is encrypted under the passphrase (an AES-GCM key derived from it by 600,000 rounds of PBKDF2) and never leaves this computer in the clear. The passphrase has at least {n} characters; tell it in person or by phone, never with the file.",
    passphrase: "Passphrase",
    passphrase_again: "The passphrase again",
    file_passphrase: "The key file's passphrase",
    export_button: "Export the key file",
    key_file_name: "office-signing-key-{date}.json",
    exported: "The key file “{file}” was exported.",
    import_heading: "Take the key from a key file (a second office computer)",
    import_pick: "Choose the key file",
    import_button: "Take the key",
    imported: "The office's signing key was taken; fingerprint {fingerprint}.",
    rotate_heading: "Move to a new key",
    rotate_explain: "Move when the key may be lost (an office computer gone missing). The old key signs the new one, and a phone that trusts the old key follows with the next office file it takes. Tell the communities the new fingerprint, and export the key file again for the other office computers. Whoever has the old computer can still sign with the old key; phones that followed no longer take it.",
    rotate_button: "Move to a new key",
    rotated: "Moved to a new key; fingerprint {fingerprint}.",
    error_unavailable: "This page was not opened over https, so the browser offers no signatures. Open it at its https address.",
    error_short: "The passphrase needs at least {n} characters.",
    error_differ: "The two passphrases differ.",
    error_not_key_file: "“{file}” is not the office's key file; nothing was taken.",
    error_damaged: "“{file}” is damaged; nothing was taken.",
    error_wrong_passphrase: "Wrong passphrase; the key was not taken.",
    error_mismatch: "The private and public keys in “{file}” are not a pair; nothing was taken.",
    error_no_key: "This computer holds no office signing key: create or take it on the signing key page first.",
    error_storage: "The key could not be stored. {reason}",
    devices_heading: "Which devices each community's files came from",
    devices_explain: "Recorded as community files are imported. A file from a device new to its community is pointed out in the import results.",
    devices_none: "No signed community file has been imported yet.",
    devices_community: "Community",
    devices_device: "Device (fingerprint)",
    devices_user: "User",
    devices_seen: "First / latest",
    devices_files: "Files",
};
