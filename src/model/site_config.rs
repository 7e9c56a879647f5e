//! `content/site.yaml`: the site's title, language and switches.

use super::decode::Decoder;
use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::load::yaml::Node;

/// UI language and number conventions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Simplified Chinese.
    ZhCn,
    /// Traditional Chinese.
    ZhTw,
    /// English.
    En,
}

impl Language {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::ZhTw => "zh-TW",
            Language::En => "en",
        }
    }
}

/// Settings from `site.yaml`.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Site title.
    pub title: String,
    /// Subtitle under the title.
    pub subtitle: Option<String>,
    /// UI language.
    pub language: Language,
    /// Public address, for sitemap and feed only (links stay relative).
    pub base_url: Option<String>,
    /// Theme folder under `themes/`.
    pub theme: String,
    /// Let raw HTML in stories through unsanitized.
    pub unsafe_html: bool,
    /// Write a PNG beside every chart SVG.
    pub chart_png: bool,
    /// Booklet paper size.
    pub booklet_paper: String,
    /// Issuing office shown in the footer and booklet cover.
    pub publisher: Option<String>,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: String::new(),
            subtitle: None,
            language: Language::ZhCn,
            base_url: None,
            theme: "default".into(),
            unsafe_html: false,
            chart_png: true,
            booklet_paper: "A4".into(),
            publisher: None,
        }
    }
}

const KEYS: &[&str] = &[
    "title",
    "subtitle",
    "language",
    "base_url",
    "theme",
    "unsafe_html",
    "charts",
    "booklet",
    "publisher",
];

/// Decodes `site.yaml`.
pub fn decode(d: &mut Decoder<'_>, root: &Node) -> SiteConfig {
    let mut c = SiteConfig::default();
    let Some(f) = d.fields(root, "site.yaml", KEYS) else {
        return c;
    };
    match f.get("title").and_then(|n| d.text(n, "`title`")) {
        Some(t) => c.title = t,
        None => d.missing(f.span, "title", "site.yaml", "title: 甘肃省脱贫攻坚进展"),
    }
    c.subtitle = f.get("subtitle").and_then(|n| d.text(n, "`subtitle`"));
    c.publisher = f.get("publisher").and_then(|n| d.text(n, "`publisher`"));
    if let Some(n) = f.get("language") {
        if let Some(t) = d.text(n, "`language`") {
            c.language = match t.as_str() {
                "zh-CN" | "zh-cn" | "zh-Hans" => Language::ZhCn,
                "zh-TW" | "zh-tw" | "zh-Hant" => Language::ZhTw,
                "en" | "en-US" | "en-GB" => Language::En,
                other => {
                    let langs = ["zh-CN", "zh-TW", "en"];
                    let hint = did_you_mean(other, langs).map(|m| format!("did you mean `{m}`?"));
                    d.diags.push(
                        Diagnostic::error(d.file, n.span, format!("unknown language `{other}`"))
                            .expected("`zh-CN`, `zh-TW` or `en`")
                            .maybe_hint(hint),
                    );
                    Language::ZhCn
                }
            }
        }
    }
    c.base_url = f.get("base_url").and_then(|n| d.text(n, "`base_url`"));
    if let Some(t) = f.get("theme").and_then(|n| d.text(n, "`theme`")) {
        c.theme = t;
    }
    if let Some(b) = f
        .get("unsafe_html")
        .and_then(|n| d.flag(n, "`unsafe_html`"))
    {
        c.unsafe_html = b;
    }
    if let Some(n) = f.get("charts") {
        if let Some(cf) = d.fields(n, "`charts`", &["png"]) {
            if let Some(b) = cf.get("png").and_then(|n| d.flag(n, "`charts.png`")) {
                c.chart_png = b;
            }
        }
    }
    if let Some(n) = f.get("booklet") {
        if let Some(bf) = d.fields(
            n,
            "`booklet`",
            &["paper", "regions", "margins", "stories", "order"],
        ) {
            if let Some(p) = bf.get("paper").and_then(|n| d.text(n, "`booklet.paper`")) {
                if p != "A4" && p != "A5" {
                    d.diags.push(
                        Diagnostic::error(
                            d.file,
                            bf.span_of("paper"),
                            format!("unknown paper size `{p}`"),
                        )
                        .expected("`A4` or `A5`"),
                    );
                }
                c.booklet_paper = p;
            }
        }
    }
    c
}
