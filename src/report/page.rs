/// What every printed page of a form carries besides its content: the
/// form's title as a running head, and the page number in the footer.
#[derive(Clone, Debug, PartialEq)]
pub struct PageFurniture<'a> {
    /// The running head, e.g. 东风社区绿色社区创建自评表.
    pub head: &'a str,
    /// The footer, with `{page}` and `{pages}` where the numbers go:
    /// 第 {page} 页 共 {pages} 页.
    pub page_number: &'a str,
}

/// The `@page` rule that prints the furniture in the page's margin boxes.
/// The text is the page's own (a community's name is not known to the
/// stylesheet), so each form writes this rule into the document.
pub fn page_furniture_css(furniture: &PageFurniture) -> String {
    format!(
        "@page {{ @top-center {{ content: {}; }} @bottom-center {{ content: {}; }} }}",
        css_string(furniture.head),
        page_number_content(furniture.page_number),
    )
}

/// `第 {page} 页 共 {pages} 页` as a CSS `content` value:
/// `"第 " counter(page) " 页 共 " counter(pages) " 页"`.
fn page_number_content(template: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = template;
    loop {
        let next = ["{pages}", "{page}"]
            .iter()
            .filter_map(|p| rest.find(p).map(|at| (at, *p)))
            .min();
        let Some((at, placeholder)) = next else { break };
        if at > 0 {
            parts.push(css_string(&rest[..at]));
        }
        parts.push(format!("counter({})", placeholder.trim_matches(['{', '}'])));
        rest = &rest[at + placeholder.len()..];
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(css_string(rest));
    }
    parts.join(" ")
}

/// `text` as a quoted CSS string: quotes and backslashes escaped, line
/// breaks and other control characters as code points, and nothing that
/// could close the `<style>` element it is written into.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' => out.push_str(&format!("\\{:x} ", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
