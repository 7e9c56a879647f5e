//! `content/site.yaml`: the site's title, language and switches.

use super::decode::Decoder;
use super::story::Date;
use crate::diagnostics::{did_you_mean, Diagnostic, SourceFile, Span};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::{common, data};
use crate::messages::{choices, Arg};
use std::collections::BTreeMap;

/// UI language and number conventions.
pub use crate::messages::Language;

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
    /// Which charts get a PNG beside their SVG (`charts.png`).
    pub chart_png: ChartPng,
    /// The PDF booklet's settings (`booklet:`).
    pub booklet: BookletConfig,
    /// Issuing office shown in the footer and booklet cover.
    pub publisher: Option<String>,
    /// The site's own wording for interface strings (`strings:`), by the names in
    /// [`crate::model::i18n::KEYS`]; they replace the language's defaults.
    pub strings: BTreeMap<String, String>,
    /// A government site's identity (`gov:`), shown in the footer and meta tags.
    pub gov: Option<super::gov::GovIdentity>,
    /// `external_links`: `Some(true)` to mark links that leave the site, `Some(false)`
    /// not to; unwritten, a government site marks them.
    pub mark_external_links: Option<bool>,
    /// `image_hosts`: other sites whose images the pages may load (lower-case host
    /// names). None by default, so no page loads anything from another host.
    pub image_hosts: Vec<String>,
    /// `wechat`: make a 公众号 article for every story (`wechat/<folder>/<slug>/`).
    pub wechat: bool,
}

/// Which charts are also rasterized as PNG (`charts.png`). A PNG costs 5–15 ms of CPU
/// (an SVG 0.1 ms), so by default (`auto`) only share images are made, and only for a
/// site with a `base_url`: share previews need an absolute `og:image` address, and a
/// site opened from a folder or USB stick has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartPng {
    /// Each page's first chart, the page's share image (`og:image`).
    First,
    /// Every chart (`png: all`, or `true`), for offices that paste charts into documents.
    All,
    /// None (`png: none`, or `false`): pages have no share image.
    None,
}

impl ChartPng {
    /// What `png: auto` (the default) means for a site with or without a `base_url`.
    pub fn auto(base_url: bool) -> Self {
        if base_url {
            ChartPng::First
        } else {
            ChartPng::None
        }
    }

    /// Whether any chart gets a PNG.
    pub fn any(self) -> bool {
        self != ChartPng::None
    }
}

impl SiteConfig {
    /// Whether links that leave the site say so (`external_links`; by default on a
    /// government site only, so other sites' pages stay as they were).
    pub fn marks_external_links(&self) -> bool {
        self.mark_external_links.unwrap_or(self.gov.is_some())
    }

    /// Whether a page may load the image at `url`: the site's own, or one from a host
    /// listed in `image_hosts` (the host exactly, not its subdomains).
    pub fn may_load(&self, url: &str) -> bool {
        crate::url::offsite_host(url).is_none_or(|h| self.image_hosts.contains(&h))
    }
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
            chart_png: ChartPng::None,
            booklet: BookletConfig::default(),
            publisher: None,
            strings: BTreeMap::new(),
            gov: None,
            mark_external_links: None,
            image_hosts: Vec::new(),
            wechat: false,
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
    "strings",
    "gov",
    "external_links",
    "image_hosts",
    "wechat",
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
                    let hint = did_you_mean(other, langs).map(common::did_you_mean);
                    d.diags.push(
                        Diagnostic::error(d.file, n.span, data::unknown_language(other))
                            .expected(data::any_of(choices(langs)))
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
    let mut png = None;
    if let Some(n) = f.get("charts") {
        if let Some(cf) = d.fields(n, "`charts`", &["png"]) {
            png = cf.get("png").and_then(|n| {
                choice(
                    d,
                    n,
                    data::setting_of("charts.png").into(),
                    &[
                        ("auto", None),
                        ("first", Some(ChartPng::First)),
                        ("all", Some(ChartPng::All)),
                        ("none", Some(ChartPng::None)),
                        // The switch this setting was before it had more values.
                        ("true", Some(ChartPng::All)),
                        ("false", Some(ChartPng::None)),
                    ],
                )
            });
        }
    }
    // `auto`, unwritten or misspelt (an error already), depends on the base_url.
    c.chart_png = png
        .flatten()
        .unwrap_or(ChartPng::auto(c.base_url.is_some()));
    if let Some(n) = f.get("booklet") {
        c.booklet = decode_booklet(d, n);
    }
    if let Some(n) = f.get("strings") {
        c.strings = decode_strings(d, n);
    }
    if let Some(n) = f.get("gov") {
        // Findings about the block as a whole point at its key.
        let key = f
            .entries()
            .iter()
            .find(|(k, _)| k.as_scalar() == Some("gov"))
            .map_or(n.span, |(k, _)| k.span);
        c.gov = super::gov::decode(d, n, key);
        super::gov::check_domain(d, n, c.base_url.as_deref());
    }
    if let Some(b) = f.get("wechat").and_then(|n| d.flag(n, "`wechat`")) {
        c.wechat = b;
    }
    c.mark_external_links = f.get("external_links").and_then(|n| {
        let what = data::setting_of("external_links").into();
        choice(d, n, what, &[("mark", true), ("plain", false)])
    });
    if let Some(n) = f.get("image_hosts") {
        c.image_hosts = decode_hosts(d, n);
    }
    c
}

/// `image_hosts:`: a list of host names; a whole address pasted in stands for its host.
fn decode_hosts(d: &mut Decoder<'_>, n: &Node) -> Vec<String> {
    let mut out = Vec::new();
    for item in d.seq(n, "`image_hosts`") {
        let Some(text) = d.text(item, "`image_hosts`") else {
            continue;
        };
        let bare = !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'));
        let host = crate::url::offsite_host(&text).or(bare.then(|| text.to_lowercase()));
        match host {
            Some(h) if !out.contains(&h) => out.push(h),
            Some(_) => {}
            None => d.diags.push(
                Diagnostic::error(d.file, item.span, data::not_a_host(&text))
                    .expected(data::a_host_name())
                    .hint(data::image_hosts_hint()),
            ),
        }
    }
    out
}

/// `strings:`: the site's own wording for interface strings, keyed by their names.
fn decode_strings(d: &mut Decoder<'_>, n: &Node) -> BTreeMap<String, String> {
    use crate::model::i18n::KEYS;
    let mut out = BTreeMap::new();
    // Unknown and repeated names are reported here, with a did-you-mean hint.
    let Some(sf) = d.fields(n, "`strings`", KEYS) else {
        return out;
    };
    for (k, v) in sf.entries() {
        let Some(key) = k.as_scalar().filter(|k| KEYS.contains(k)) else {
            continue;
        };
        let what = format!("`strings.{key}`");
        if v.value == Value::Null {
            // `home:` with nothing after it is a forgotten value, not a wish to show nothing.
            d.diags.push(
                Diagnostic::error(d.file, k.span, data::string_has_no_text(key))
                    .hint(data::string_has_no_text_hint(key)),
            );
            continue;
        }
        let Some(text) = d.text(v, &what) else {
            continue;
        };
        if key == "search_results" && !text.contains("{n}") {
            d.diags.push(
                Diagnostic::warning(d.file, v.span, data::search_results_no_n())
                    .hint(data::search_results_no_n_hint()),
            );
        }
        out.insert(key.to_string(), text);
    }
    out
}

/// Paper size of the booklet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 148 × 210 mm.
    A5,
}

impl Paper {
    /// The name Typst knows the size by.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
        }
    }

    /// Default margins in mm: top, bottom, inside (binding), outside.
    pub fn default_margins(self) -> Margins {
        match self {
            Paper::A4 => Margins {
                top: 25.0,
                bottom: 22.0,
                inside: 25.0,
                outside: 20.0,
            },
            Paper::A5 => Margins {
                top: 18.0,
                bottom: 16.0,
                inside: 18.0,
                outside: 14.0,
            },
        }
    }
}

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    /// Top.
    pub top: f64,
    /// Bottom.
    pub bottom: f64,
    /// Binding side.
    pub inside: f64,
    /// Outer side.
    pub outside: f64,
}

/// Which regions the booklet holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegionSelection {
    /// Every region (`regions: all`, the default).
    All,
    /// Exactly these region ids, each with where it was written (`regions: [luqu, kangle]`).
    List(Vec<(String, Span)>),
    /// A region and everything under it (`regions: gansu`).
    Subtree(String, Span),
}

/// How much of each story the booklet prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryMode {
    /// The whole story, with its charts.
    Full,
    /// Title and summary only.
    Summary,
    /// No stories.
    None,
}

/// The order of the region sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookletOrder {
    /// The region tree, parents before children (the default).
    Tree,
    /// The order of the `regions:` list.
    Listed,
}

/// Which regions get a briefing of their own (`booklet/<id>.pdf`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Briefings {
    /// Every region on a site small enough to typeset them all in seconds; none on a
    /// larger one unless asked (the default).
    Auto,
    /// Every region, county and parent alike (`briefings: all`).
    All,
    /// Regions with no sub-regions: the counties (`briefings: leaves`).
    Leaves,
    /// Regions with sub-regions: the prefectures and provinces (`briefings: parents`).
    Parents,
    /// None (`briefings: none`).
    None,
}

/// Region sections per volume unless `booklet.volume` says: a volume of 100 county
/// sections takes ~600 MiB to typeset (150: ~900 MiB), so a national booklet stays under 2 GiB.
pub const DEFAULT_VOLUME: usize = 100;

/// The largest `booklet.volume` (typesetting it takes ~1.2 GiB).
pub const MAX_VOLUME: usize = 200;

/// `booklet:` in site.yaml.
#[derive(Debug, Clone)]
pub struct BookletConfig {
    /// Paper size.
    pub paper: Paper,
    /// Margins; `None` means the paper's defaults.
    pub margins: Option<Margins>,
    /// Regions included.
    pub regions: RegionSelection,
    /// Stories in full, as summaries, or not at all.
    pub stories: StoryMode,
    /// Section order.
    pub order: BookletOrder,
    /// Date printed on the cover; default: the newest story's date.
    pub date: Option<Date>,
    /// Which regions get a briefing PDF of their own.
    pub briefings: Briefings,
    /// `regions:` was written: the booklet is made at any size, not only a small site's.
    pub regions_written: bool,
    /// The most region sections one PDF volume holds (`volume:`).
    pub volume: usize,
    /// 简报 or report, for the briefings and the booklet (`form:`).
    pub form: super::briefing::FormSetting,
    /// The 简报's 报头 and 报尾 (`jianbao:`).
    pub jianbao: super::briefing::JianbaoConfig,
    /// A font for each role of the 简报 (`fonts:`).
    pub fonts: super::briefing::FontSettings,
    /// site.yaml, to point at region ids that turn out unknown once regions are loaded.
    pub source: Option<SourceFile>,
}

impl Default for BookletConfig {
    fn default() -> Self {
        BookletConfig {
            paper: Paper::A4,
            margins: None,
            regions: RegionSelection::All,
            stories: StoryMode::Full,
            order: BookletOrder::Tree,
            date: None,
            briefings: Briefings::Auto,
            regions_written: false,
            volume: DEFAULT_VOLUME,
            form: Default::default(),
            jianbao: Default::default(),
            fonts: Default::default(),
            source: None,
        }
    }
}

impl BookletConfig {
    /// The margins in effect.
    pub fn margins(&self) -> Margins {
        self.margins.unwrap_or_else(|| self.paper.default_margins())
    }
}

const BOOKLET_KEYS: &[&str] = &[
    "paper",
    "margins",
    "regions",
    "stories",
    "order",
    "date",
    "briefings",
    "volume",
    "form",
    "jianbao",
    "fonts",
];

/// One of a fixed set of words, with a did-you-mean hint when it is none of them.
fn choice<T: Copy>(d: &mut Decoder<'_>, n: &Node, what: Arg, options: &[(&str, T)]) -> Option<T> {
    let t = d.text(n, what.clone())?;
    if let Some((_, v)) = options.iter().find(|(k, _)| k.eq_ignore_ascii_case(&t)) {
        return Some(*v);
    }
    let names: Vec<&str> = options.iter().map(|(k, _)| *k).collect();
    let hint = did_you_mean(&t, names.iter().copied()).map(common::did_you_mean);
    d.diags.push(
        Diagnostic::error(d.file, n.span, data::unknown_choice(what, t))
            .expected(common::one_of(choices(&names)))
            .maybe_hint(hint),
    );
    None
}

/// A length in millimetres: `20`, `20mm`, `2cm`, `0.8in`.
fn length_mm(d: &mut Decoder<'_>, n: &Node, what: &str) -> Option<f64> {
    let t = d.text(n, what)?;
    let lower = t.to_ascii_lowercase();
    let (num, factor) = if let Some(x) = lower.strip_suffix("mm") {
        (x, 1.0)
    } else if let Some(x) = lower.strip_suffix("cm") {
        (x, 10.0)
    } else if let Some(x) = lower.strip_suffix("in") {
        (x, 25.4)
    } else {
        (lower.as_str(), 1.0)
    };
    match num.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=60.0).contains(&(v * factor)) => Some(v * factor),
        _ => {
            d.diags.push(
                Diagnostic::error(d.file, n.span, data::not_a_margin(what, t))
                    .expected(data::margin_expected()),
            );
            None
        }
    }
}

fn decode_booklet(d: &mut Decoder<'_>, n: &Node) -> BookletConfig {
    let mut b = BookletConfig {
        source: Some(d.file.clone()),
        ..BookletConfig::default()
    };
    let Some(bf) = d.fields(n, "`booklet`", BOOKLET_KEYS) else {
        return b;
    };
    if let Some(n) = bf.get("paper") {
        if let Some(p) = choice(
            d,
            n,
            data::paper_size().into(),
            &[("A4", Paper::A4), ("A5", Paper::A5)],
        ) {
            b.paper = p;
        }
    }
    if let Some(n) = bf.get("margins") {
        let mut m = b.paper.default_margins();
        match &n.value {
            Value::Map(_) => {
                if let Some(mf) = d.fields(
                    n,
                    "`booklet.margins`",
                    &["top", "bottom", "inside", "outside"],
                ) {
                    for (key, slot) in [
                        ("top", &mut m.top),
                        ("bottom", &mut m.bottom),
                        ("inside", &mut m.inside),
                        ("outside", &mut m.outside),
                    ] {
                        if let Some(v) = mf
                            .get(key)
                            .and_then(|x| length_mm(d, x, &format!("`booklet.margins.{key}`")))
                        {
                            *slot = v;
                        }
                    }
                }
            }
            _ => {
                if let Some(v) = length_mm(d, n, "`booklet.margins`") {
                    m = Margins {
                        top: v,
                        bottom: v,
                        inside: v,
                        outside: v,
                    };
                }
            }
        }
        b.margins = Some(m);
    }
    if let Some(n) = bf.get("regions") {
        b.regions_written = true;
        match &n.value {
            Value::Seq(items) => {
                let mut ids = Vec::new();
                for item in items {
                    if let Some(id) = d.text(item, data::region_id_in_booklet()) {
                        ids.push((id, item.span));
                    }
                }
                if ids.is_empty() {
                    d.error(n.span, data::booklet_regions_empty());
                }
                b.regions = RegionSelection::List(ids);
            }
            _ => {
                if let Some(t) = d.text(n, "`booklet.regions`") {
                    b.regions = if t == "all" {
                        RegionSelection::All
                    } else {
                        RegionSelection::Subtree(t, n.span)
                    };
                }
            }
        }
    }
    if let Some(n) = bf.get("stories") {
        if let Some(s) = choice(
            d,
            n,
            data::setting_of("booklet.stories").into(),
            &[
                ("full", StoryMode::Full),
                ("summary", StoryMode::Summary),
                ("none", StoryMode::None),
            ],
        ) {
            b.stories = s;
        }
    }
    if let Some(n) = bf.get("order") {
        if let Some(o) = choice(
            d,
            n,
            "`booklet.order`".into(),
            &[
                ("tree", BookletOrder::Tree),
                ("listed", BookletOrder::Listed),
            ],
        ) {
            if o == BookletOrder::Listed && !matches!(b.regions, RegionSelection::List(_)) {
                d.diags.push(
                    Diagnostic::error(d.file, n.span, data::listed_order_needs_list())
                        .hint(data::listed_order_hint()),
                );
            }
            b.order = o;
        }
    }
    if let Some(n) = bf.get("briefings") {
        if let Some(v) = choice(
            d,
            n,
            data::setting_of("booklet.briefings").into(),
            &[
                ("all", Briefings::All),
                ("leaves", Briefings::Leaves),
                ("parents", Briefings::Parents),
                ("none", Briefings::None),
            ],
        ) {
            b.briefings = v;
        }
    }
    if let Some(n) = bf.get("volume") {
        match d.text(n, "`booklet.volume`").map(|t| t.parse::<usize>()) {
            Some(Ok(v)) if (1..=MAX_VOLUME).contains(&v) => b.volume = v,
            Some(_) => d.diags.push(
                Diagnostic::error(d.file, n.span, data::volume_out_of_range(MAX_VOLUME))
                    .expected(data::volume_expected())
                    .hint(data::volume_hint(MAX_VOLUME)),
            ),
            None => {}
        }
    }
    if let Some(n) = bf.get("form") {
        b.form = super::briefing::decode_form(d, n);
    }
    if let Some(n) = bf.get("jianbao") {
        b.jianbao = super::briefing::decode_jianbao(d, n);
    }
    if let Some(n) = bf.get("fonts") {
        b.fonts = super::briefing::decode_fonts(d, n);
    }
    if let Some(n) = bf.get("date") {
        if let Some(t) = d.text(n, "`booklet.date`") {
            match Date::parse(&t) {
                Some(date) => b.date = Some(date),
                None => d.diags.push(
                    Diagnostic::error(d.file, n.span, data::booklet_date_invalid(t))
                        .expected(data::booklet_date_expected()),
                ),
            }
        }
    }
    b
}
