//! Files: offering bytes as a download, sharing them, reading a picked file.

use wasm_bindgen::JsValue;

/// Offers `bytes` as a file download named `file_name`.
pub fn download(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let blob = blob_of(bytes, mime)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.style().set_property("display", "none")?;
    document.body().ok_or(JsValue::NULL)?.append_child(&link)?;
    link.click();
    link.remove();
    // Revoke later: some browsers read the URL after click() returns.
    let _ = web_sys::window().map(|w| {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
    });
    Ok(())
}

pub fn blob_of(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// Shares a file through the Web Share API where the phone can share files;
/// `false` when it cannot (then offer a download instead).
pub async fn share_file(file_name: &str, bytes: &[u8], mime: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let can_share = js_sys::Reflect::get(&navigator, &JsValue::from_str("canShare"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(can_share), Some(share)) = (can_share, share) else {
        return false;
    };
    let Ok(blob) = blob_of(bytes, mime) else {
        return false;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&blob);
    let Ok(file) = web_sys::File::new_with_blob_sequence_and_options(&parts, file_name, &options)
    else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &data,
        &JsValue::from_str("files"),
        &js_sys::Array::of1(&file),
    );
    let allowed = can_share
        .call1(&navigator, &data)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if !allowed {
        return false;
    }
    match share
        .call1(&navigator, &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// The bytes of a file the user picked.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text of a file from a spreadsheet: UTF-8 (with or without a
/// byte-order mark) when it reads as UTF-8, otherwise GBK, as Excel and
/// WPS write CSV in China. The browser's own decoder reads GBK, so no
/// tables ship with the app. `None` when the file cannot be read.
pub async fn file_text_utf8_or_gbk(file: &web_sys::File) -> Option<String> {
    let bytes = file_bytes(file).await?;
    let strict = web_sys::TextDecoderOptions::new();
    strict.set_fatal(true);
    let utf8 = web_sys::TextDecoder::new_with_label_and_options("utf-8", &strict).ok()?;
    if let Ok(text) = utf8.decode_with_u8_array(&bytes) {
        return Some(text);
    }
    let gbk = web_sys::TextDecoder::new_with_label("gbk").ok()?;
    gbk.decode_with_u8_array(&bytes).ok()
}

/// The files of a file list (picked or dropped), in order.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The files the user picked in the file input that fired `event`; the
/// input is cleared so the same file can be picked again.
pub fn take_picked_files(event: &web_sys::Event) -> Vec<web_sys::File> {
    use wasm_bindgen::JsCast;
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| files_of(&list))
        .unwrap_or_default();
    input.set_value("");
    files
}
