//! The 公众号 editor's constraints, checked on an article before anyone pastes it: what the
//! editor drops (class and id attributes, `div`, `script`, SVG, links, external images,
//! positioning and background-image CSS) and its limits (20,000 characters of text,
//! images of at most 1 MB in PNG or JPEG). Every article of a build is checked; the tests
//! run it over every article of the example site.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// The most characters of text an article may have.
pub const MAX_CHARS: usize = 20_000;
/// The largest image the editor takes, in bytes.
pub const MAX_IMAGE_BYTES: usize = 1024 * 1024;

/// Tags the editor keeps as they are.
const TAGS: &[&str] = &[
    "section", "p", "span", "strong", "em", "sup", "sub", "br", "h2", "h3", "h4", "ul", "ol", "li",
    "table", "thead", "tbody", "tr", "th", "td", "img", "hr",
];
/// CSS properties the editor drops or that would lay the article out of its column.
const CSS_PROPERTIES: &[&str] = &[
    "position",
    "z-index",
    "transform",
    "animation",
    "transition",
    "filter",
    "behavior",
];
/// Parts of CSS values the editor drops (images, variables, gradients, script).
const CSS_VALUES: &[&str] = &["url(", "var(", "gradient(", "expression(", "!important"];

/// One thing the editor would drop or refuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// A tag it drops (`div`, `script`, `a`, `svg` …).
    Tag(String),
    /// An attribute it drops (`class`, `id`, an event handler …) on a tag.
    Attribute {
        /// The tag.
        tag: String,
        /// The attribute.
        name: String,
    },
    /// A CSS declaration it drops.
    Css(String),
    /// An image that is not one of the article's own files (an outside address).
    ExternalImage(String),
    /// An image file the article names but does not have.
    MissingImage(String),
    /// More text than an article may have.
    TooLong {
        /// Characters of text.
        chars: usize,
    },
    /// An image file over the size limit.
    ImageTooLarge {
        /// Its file name.
        name: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// An image file that is neither PNG nor JPEG.
    NotAnImage(String),
}

impl Violation {
    /// What is wrong, as the build's warning says it.
    pub fn msg(&self) -> crate::messages::Msg {
        use crate::messages::catalog::wechat as m;
        match self {
            Violation::Tag(t) => m::forbidden_tag(t),
            Violation::Attribute { tag, name } => m::forbidden_attribute(name, tag),
            Violation::Css(c) => m::forbidden_css(c),
            Violation::ExternalImage(s) => m::external_image(s),
            Violation::MissingImage(s) => m::missing_image(s),
            Violation::TooLong { chars } => m::too_long(*chars, MAX_CHARS),
            Violation::ImageTooLarge { name, bytes } => {
                m::image_too_large(name, bytes / 1024, MAX_IMAGE_BYTES / 1024)
            }
            Violation::NotAnImage(n) => m::not_an_image(n),
        }
    }
}

/// Checks an article's HTML (the part that is pasted) and its images (file name, bytes).
pub fn check(html: &str, images: &[(&str, &[u8])]) -> Vec<Violation> {
    let sink = Sink::default();
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(html));
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tok.feed(&queue);
    tok.end();
    let seen = tok.sink.seen.into_inner();
    let mut out = seen.violations;
    if seen.chars > MAX_CHARS {
        out.push(Violation::TooLong { chars: seen.chars });
    }
    for src in &seen.images {
        if !images.iter().any(|(n, _)| n == src) {
            out.push(Violation::MissingImage(src.clone()));
        }
    }
    for (name, bytes) in images {
        if bytes.len() > MAX_IMAGE_BYTES {
            out.push(Violation::ImageTooLarge {
                name: name.to_string(),
                bytes: bytes.len(),
            });
        }
        let png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
        let jpeg = bytes.starts_with(&[0xFF, 0xD8, 0xFF]);
        if !png && !jpeg {
            out.push(Violation::NotAnImage(name.to_string()));
        }
    }
    out
}

/// The characters of text an article counts, as the editor counts them: spaces excepted.
pub fn text_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

#[derive(Default)]
struct Seen {
    violations: Vec<Violation>,
    chars: usize,
    /// Each `img`'s local file, in order.
    images: Vec<String>,
}

#[derive(Default)]
struct Sink {
    seen: RefCell<Seen>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut seen = self.seen.borrow_mut();
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let name = tag.name.to_string();
                if !TAGS.contains(&name.as_str()) {
                    seen.violations.push(Violation::Tag(name.clone()));
                }
                for a in &tag.attrs {
                    let attr = a.name.local.to_string();
                    let value = a.value.to_string();
                    match (name.as_str(), attr.as_str()) {
                        (_, "style") => css(&value, &mut seen.violations),
                        ("img", "alt") | ("th" | "td", "colspan" | "rowspan") => {}
                        ("img", "src") => {
                            if is_local(&value) {
                                seen.images.push(value);
                            } else {
                                seen.violations.push(Violation::ExternalImage(value));
                            }
                        }
                        _ => seen.violations.push(Violation::Attribute {
                            tag: name.clone(),
                            name: attr,
                        }),
                    }
                }
            }
            Token::CharacterTokens(t) => seen.chars += text_chars(&t),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Checks one `style` attribute's declarations.
fn css(style: &str, out: &mut Vec<Violation>) {
    for decl in style.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let lower = decl.to_ascii_lowercase();
        let property = lower.split(':').next().unwrap_or_default().trim();
        let bad_property = CSS_PROPERTIES.contains(&property) || property.starts_with("--");
        if bad_property || CSS_VALUES.iter().any(|v| lower.contains(v)) {
            out.push(Violation::Css(decl.to_string()));
        }
    }
}

/// An image beside the article: a plain file name, no scheme, no folder.
fn is_local(src: &str) -> bool {
    !src.is_empty() && !src.contains([':', '/', '\\']) && !src.starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nrest";

    #[test]
    fn a_clean_article_passes() {
        let html = "<section style=\"color:#222;\"><h2 style=\"font-size:18px\">标题</h2>\
                    <p>正文<strong>加粗</strong><sup>[1]</sup></p><img src=\"chart-1.png\" alt=\"图\">\
                    <table><tr><th colspan=\"2\">表</th></tr></table></section>";
        assert_eq!(check(html, &[("chart-1.png", PNG)]), []);
    }

    #[test]
    fn finds_each_kind_of_violation() {
        let html = "<div class=\"x\" id=\"y\"><script>alert(1)</script>\
                    <p style=\"position:absolute;background:url(a.png)\">字</p>\
                    <img src=\"https://example.com/a.png\"><img src=\"gone.png\">\
                    <a href=\"https://example.com\">链</a><svg></svg></div>";
        let v = check(html, &[("big.png", &vec![0u8; MAX_IMAGE_BYTES + 1])]);
        let has = |x: Violation| assert!(v.contains(&x), "{x:?} not in {v:?}");
        has(Violation::Tag("div".into()));
        has(Violation::Tag("script".into()));
        has(Violation::Tag("a".into()));
        has(Violation::Tag("svg".into()));
        has(Violation::Attribute {
            tag: "div".into(),
            name: "class".into(),
        });
        has(Violation::Attribute {
            tag: "div".into(),
            name: "id".into(),
        });
        has(Violation::Css("position:absolute".into()));
        has(Violation::Css("background:url(a.png)".into()));
        has(Violation::ExternalImage("https://example.com/a.png".into()));
        has(Violation::MissingImage("gone.png".into()));
        has(Violation::ImageTooLarge {
            name: "big.png".into(),
            bytes: MAX_IMAGE_BYTES + 1,
        });
        has(Violation::NotAnImage("big.png".into()));
    }

    #[test]
    fn counts_text_without_spaces() {
        let long = format!("<p>{}</p>", "字".repeat(MAX_CHARS + 1));
        assert_eq!(
            check(&long, &[]),
            [Violation::TooLong {
                chars: MAX_CHARS + 1
            }]
        );
        let spaced = format!("<p>{}</p>", "字 ".repeat(MAX_CHARS));
        assert_eq!(check(&spaced, &[]), []);
    }
}
