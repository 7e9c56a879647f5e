//! Cleaning a story's HTML (ammonia) unless the site sets `unsafe_html: true`.
//!
//! Harmless formatting (`<b>`, `<em>`, `<sub>`, tables, lists, `<img>` …) stays; scripts and
//! styles are dropped with their content, and so are event handlers (`onerror=…`),
//! `javascript:` URLs, iframes, forms and `style` attributes. An `<img>` from another host
//! loses its address unless the site allows the host (`image_hosts`). What pulldown-cmark
//! itself writes (footnotes, table alignment) passes unchanged.

use std::collections::HashSet;
use std::sync::LazyLock;

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(cleaner);

/// The cleaner's rules, all but the hosts images may come from.
fn cleaner() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    // Links keep their markup as written: no rel="noopener noreferrer" added (no target=_blank
    // survives anyway).
    b.link_rel(None);
    // Footnotes as pulldown-cmark writes them.
    b.add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"]);
    b.add_allowed_classes("div", ["footnote-definition"]);
    b.add_tag_attributes("div", ["id"]);
    // Table column alignment, and nothing else of CSS.
    b.add_tag_attributes("th", ["style"]);
    b.add_tag_attributes("td", ["style"]);
    b.filter_style_properties(HashSet::from(["text-align"]));
    // Links that leave the site, as marked (`external_links`): their rel and the words
    // said to screen readers.
    b.add_tag_attributes("a", ["rel"]);
    b.add_allowed_classes("span", ["visually-hidden"]);
    b
}

/// `html` with everything but harmless formatting removed, images only from the site and
/// from `image_hosts`.
pub fn sanitize(html: &str, image_hosts: &[String]) -> String {
    if !html.contains("<img") {
        return CLEANER.clean(html).to_string();
    }
    // Only a story with images pays for a cleaner that knows the site's hosts.
    let hosts = image_hosts.to_vec();
    let mut b = cleaner();
    b.attribute_filter(move |element, attribute, value| {
        let offsite = element == "img"
            && attribute == "src"
            && crate::url::offsite_host(value).is_some_and(|h| !hosts.contains(&h));
        (!offsite).then_some(value.into())
    });
    b.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn drops_scripts_handlers_and_javascript_urls() {
        let out = sanitize(
            "<p><b>粗</b><script>alert(1)</script><img src=\"x.png\" onerror=\"alert(2)\">\
             <a href=\"javascript:alert(3)\">链</a><iframe src=\"https://evil\"></iframe></p>",
            &[],
        );
        assert!(out.contains("<b>粗</b>"), "{out}");
        assert!(out.contains("<img src=\"x.png\">"), "{out}");
        for bad in ["script", "alert", "onerror", "javascript", "iframe"] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
    }

    #[test]
    fn keeps_what_markdown_writes() {
        let md = "<table><thead><tr><th style=\"text-align: right\">a</th></tr></thead></table>\
                  <p>x<sup class=\"footnote-reference\"><a href=\"#n\">1</a></sup></p>\
                  <div class=\"footnote-definition\" id=\"n\"><sup class=\"footnote-definition-label\">1</sup></div>";
        let out = sanitize(md, &[]);
        assert!(out.contains("<th style=\"text-align:right\">"), "{out}");
        assert!(
            out.contains("<sup class=\"footnote-reference\"><a href=\"#n\">1</a></sup>"),
            "{out}"
        );
        assert!(
            out.contains("<div class=\"footnote-definition\" id=\"n\">"),
            "{out}"
        );
        let out = sanitize(
            "<p style=\"position:fixed\">x</p><td style=\"background:url(x)\">",
            &[],
        );
        assert!(!out.contains("position") && !out.contains("url("), "{out}");
    }

    #[test]
    fn keeps_images_only_from_the_site_and_allowed_hosts() {
        let html = "<p><img src=\"../static/a.png\" alt=\"本站\"><img src=\"https://img.example.cn/b.png\" alt=\"允许\">\
                    <img src=\"//cdn.other.com/c.png\" alt=\"别处\"></p>";
        let out = sanitize(html, &["img.example.cn".to_string()]);
        assert!(out.contains("<img src=\"../static/a.png\""), "{out}");
        assert!(
            out.contains("<img src=\"https://img.example.cn/b.png\""),
            "{out}"
        );
        assert!(out.contains("<img alt=\"别处\">"), "{out}");
        assert!(!out.contains("cdn.other.com"), "{out}");
        let out = sanitize(html, &[]);
        assert!(!out.contains("img.example.cn"), "{out}");
    }
}
