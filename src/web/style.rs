//! Styles a bundle carries inside itself.

/// Adds `css` to the page's styles, in a `<style>` at the end of `<head>`.
pub fn add_style(css: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(style), Ok(Some(head))) = (
        document.create_element("style"),
        document.query_selector("head"),
    ) else {
        return;
    };
    style.set_text_content(Some(css));
    let _ = head.append_child(&style);
}
