//! The 简报 form (GB/T 9704-2012, 党政机关公文格式) as site.yaml sets it: `booklet.form`,
//! `booklet.jianbao:` (报头, 期号, 编印单位, 内部资料, 报/送/发, 共印份数) and
//! `booklet.fonts:` (a font for each role). [`Masthead`] is what one 简报 prints around its
//! body, every word ready to print; the PDF writer and the Word writer both lay it out and
//! neither composes a word of it.

mod decode;

pub use decode::{decode_fonts, decode_form, decode_jianbao};

use super::i18n::Ui;
use super::story::Date;
use super::Language;
use crate::diagnostics::Span;
use crate::quantity::Count;

/// The 简报's page as GB/T 9704-2012 sets it, declared once for every writer of the form
/// (the PDF's Typst and the Word file): lengths in mm, sizes in pt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageForm {
    /// A4: width and height.
    pub paper: (f64, f64),
    /// The text block (版心): width and height.
    pub block: (f64, f64),
    /// From the top edge to the block (天头).
    pub top: f64,
    /// From the binding edge to the block (订口): the left edge on odd pages.
    pub binding: f64,
    /// Body lines a full page.
    pub lines: usize,
    /// Characters a full line.
    pub chars: usize,
    /// Body size: 3号.
    pub body_pt: f64,
    /// The title's size: 2号.
    pub title_pt: f64,
    /// The page number's size: 4号.
    pub number_pt: f64,
    /// From the block's bottom edge to the page number's dash line.
    pub number_below: f64,
}

/// GB/T 9704-2012's page: A4, a 156 × 225 mm block 37 mm down and 28 mm from the binding
/// edge, 22 lines of 28 characters in 3号, the title in 2号, "— 1 —" in 4号 7 mm below.
pub const PAGE: PageForm = PageForm {
    paper: (210.0, 297.0),
    block: (156.0, 225.0),
    top: 37.0,
    binding: 28.0,
    lines: 22,
    chars: 28,
    body_pt: 16.0,
    title_pt: 22.0,
    number_pt: 14.0,
    number_below: 7.0,
};

/// How a briefing or booklet looks (`booklet.form`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The 简报 of GB/T 9704: 报头, red rule, 3号仿宋 on the 22 × 28 grid, "— 1 —", 报尾.
    Jianbao,
    /// The web-style report: a band, cards, sans-serif, "第 1 页 / 共 5 页".
    Report,
}

/// `booklet.form`: one form for both, or unwritten: briefings as 简报, the site's booklet
/// (cover, contents, overview) as the report it has been.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormSetting(pub Option<Form>);

impl FormSetting {
    /// The form of a region's briefing, `booklet/<id>.pdf`.
    pub fn briefings(self) -> Form {
        self.0.unwrap_or(Form::Jianbao)
    }

    /// The form of the site's booklet, `booklet/booklet.pdf` (and its volumes).
    pub fn booklet(self) -> Form {
        self.0.unwrap_or(Form::Report)
    }
}

/// 期号: the issue number as written (digits), printed in `第{n}期`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue(String);

impl Issue {
    /// The number, if `text` is one (1 to 6 digits, not zero).
    pub fn parse(text: &str) -> Option<Issue> {
        let t = text.trim();
        let digits = !t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit());
        (digits && t.bytes().any(|b| b != b'0')).then(|| Issue(t.to_string()))
    }

    /// The digits as written (`03` stays `03`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `booklet.jianbao:` in site.yaml: the words of the 简报's 报头 and 报尾.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JianbaoConfig {
    /// 报头, the large red title (`title`); default: the `jianbao_title` string (工作简报).
    pub title: Option<String>,
    /// 期号 of every briefing and the booklet (`issue`).
    pub issue: Option<Issue>,
    /// A briefing's own 期号 (`issues: { luqu: 3 }`), each with where it was written.
    pub issues: Vec<(String, Issue, Span)>,
    /// 编印单位 (`office`); default: `publisher`.
    pub office: Option<String>,
    /// The mark at the top left (`internal`): `true` prints the `jianbao_internal` string
    /// (内部资料), a text prints itself.
    pub internal: Option<Internal>,
    /// 报: the offices above it is reported to (`report_to`).
    pub report_to: Vec<String>,
    /// 送: the offices beside it it is sent to (`send_to`).
    pub send_to: Vec<String>,
    /// 发: the offices below it it is issued to (`issue_to`).
    pub issue_to: Vec<String>,
    /// 共印份数 (`copies`).
    pub copies: Option<Count>,
}

/// The 内部资料 mark: the interface string, or the site's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Internal {
    /// `internal: true`.
    Default,
    /// `internal: 内部资料 注意保存`.
    Text(String),
}

/// A font role of the 简报 (GB/T 9704 names faces, not fonts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FontRole {
    /// 宋体: page numbers.
    Song,
    /// 仿宋: the body, 报/送/发.
    FangSong,
    /// 楷体: second-level headings （一）.
    Kai,
    /// 黑体: first-level headings 一、.
    Hei,
    /// 小标宋: the 报头 and the title.
    XiaoBiaoSong,
}

impl FontRole {
    /// Every role, in the order notes list them.
    pub const ALL: [FontRole; 5] = [
        FontRole::XiaoBiaoSong,
        FontRole::Hei,
        FontRole::Kai,
        FontRole::FangSong,
        FontRole::Song,
    ];

    /// Its key under `booklet.fonts`.
    pub fn key(self) -> &'static str {
        match self {
            FontRole::Song => "song",
            FontRole::FangSong => "fangsong",
            FontRole::Kai => "kai",
            FontRole::Hei => "hei",
            FontRole::XiaoBiaoSong => "xiaobiaosong",
        }
    }

    /// Its name as offices say it (`仿宋`).
    pub fn name(self) -> &'static str {
        match self {
            FontRole::Song => "宋体",
            FontRole::FangSong => "仿宋",
            FontRole::Kai => "楷体",
            FontRole::Hei => "黑体",
            FontRole::XiaoBiaoSong => "小标宋",
        }
    }

    /// Family names that serve the role, best first: the licensed faces offices add, then
    /// what Windows carries, then common others. A writer that names a font (Word) names
    /// the first the office is sure to have; a typesetter takes the first it finds.
    pub fn families(self) -> &'static [&'static str] {
        match self {
            FontRole::Song => &[
                "SimSun",
                "宋体",
                "NSimSun",
                "STSong",
                "Songti SC",
                "Noto Serif CJK SC",
                "Source Han Serif SC",
                "AR PL UMing CN",
            ],
            FontRole::FangSong => &[
                "FangSong_GB2312",
                "仿宋_GB2312",
                "FangSong",
                "仿宋",
                "STFangsong",
            ],
            FontRole::Kai => &[
                "KaiTi_GB2312",
                "楷体_GB2312",
                "KaiTi",
                "楷体",
                "STKaiti",
                "AR PL UKai CN",
            ],
            FontRole::Hei => &[
                "SimHei",
                "黑体",
                "STHeiti",
                "Heiti SC",
                "Noto Sans CJK SC",
                "Source Han Sans SC",
            ],
            FontRole::XiaoBiaoSong => &[
                "FZXiaoBiaoSong-B05S",
                "方正小标宋简体",
                "FZXiaoBiaoSong-B05",
                "方正小标宋_GBK",
            ],
        }
    }

    /// The role that serves when this one has no font of its own on the machine: titles
    /// in 黑体, as offices without 小标宋 set them (a build never stops for a font).
    pub fn stand_in(self) -> Option<FontRole> {
        match self {
            FontRole::XiaoBiaoSong => Some(FontRole::Hei),
            _ => None,
        }
    }
}

/// `booklet.fonts:`: a family named for a role (`fangsong: 方正仿宋_GBK`), tried before the
/// role's usual names, and whether the system's fonts are looked at (`system`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontSettings {
    /// Families the site names, by role.
    pub named: Vec<(FontRole, String)>,
    /// Look in the system's font folders (`system: true`, the default). Off, only the
    /// site's `fonts/` and the built-in fonts serve: the same PDF on every machine.
    pub system: bool,
}

impl Default for FontSettings {
    fn default() -> Self {
        FontSettings {
            named: Vec::new(),
            system: true,
        }
    }
}

impl FontSettings {
    /// The family the site names for `role`.
    pub fn named(&self, role: FontRole) -> Option<&str> {
        self.named
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, f)| f.as_str())
    }
}

/// What one 简报 prints around its body, every word as printed: the 报头 above the red
/// rule and the 报尾 at the end. Made once per document by [`Masthead::new`]; the PDF and
/// the Word writer lay it out as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masthead {
    /// The 报头's red title (`脱贫攻坚工作简报`).
    pub title: String,
    /// `第12期`, when an issue is set.
    pub issue: Option<String>,
    /// 编印单位, at the left under the issue (`甘南州扶贫开发办公室`).
    pub office: Option<String>,
    /// The date, at the right (`2020年12月31日`).
    pub date: Option<String>,
    /// The mark at the top left (`内部资料`).
    pub internal: Option<String>,
    /// The 报尾's lines: label and offices (`("报", "省扶贫办，州委办公室")`), only those set.
    pub distribution: Vec<(String, String)>,
    /// `共印200份`, when the copies are set (the writers add the brackets).
    pub copies: Option<String>,
}

impl Masthead {
    /// The masthead of the briefing of region `region` (its id), or of the booklet with
    /// `None`, dated `date`.
    pub fn new(
        cfg: &JianbaoConfig,
        publisher: Option<&str>,
        ui: &Ui<'_>,
        lang: Language,
        region: Option<&str>,
        date: Option<Date>,
    ) -> Masthead {
        let own = region.and_then(|id| cfg.issues.iter().find(|(r, _, _)| r == id));
        let issue = own.map(|(_, i, _)| i).or(cfg.issue.as_ref());
        let sep = if lang == Language::En { ", " } else { "，" };
        let distribution = [
            (ui.jianbao_report_to, &cfg.report_to),
            (ui.jianbao_send_to, &cfg.send_to),
            (ui.jianbao_issue_to, &cfg.issue_to),
        ]
        .into_iter()
        .filter(|(_, list)| !list.is_empty())
        .map(|(label, list)| (label.to_string(), list.join(sep)))
        .collect();
        Masthead {
            title: cfg.title.clone().unwrap_or(ui.jianbao_title.to_string()),
            issue: issue.map(|i| ui.jianbao_issue.replace("{n}", i.as_str())),
            office: cfg.office.clone().or(publisher.map(str::to_string)),
            date: date.map(|d| full_date(d, lang)),
            internal: cfg.internal.as_ref().map(|m| match m {
                Internal::Default => ui.jianbao_internal.to_string(),
                Internal::Text(t) => t.clone(),
            }),
            distribution,
            copies: cfg
                .copies
                .map(|n| ui.jianbao_copies.replace("{n}", &n.get().to_string())),
        }
    }
}

/// A date as the 报头 prints it: `2020年12月31日` (GB/T 9704 writes the day in full).
fn full_date(d: Date, lang: Language) -> String {
    match lang {
        Language::En => format!("{}-{:02}-{:02}", d.year, d.month, d.day),
        _ => format!("{}年{}月{}日", d.year, d.month, d.day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_are_numbers_as_written() {
        assert_eq!(Issue::parse("12").unwrap().as_str(), "12");
        assert_eq!(Issue::parse("03").unwrap().as_str(), "03");
        for bad in ["", "0", "00", "第3期", "3.5", "-1", "1234567"] {
            assert!(Issue::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn unwritten_form_is_jianbao_for_briefings_only() {
        let f = FormSetting::default();
        assert_eq!(f.briefings(), Form::Jianbao);
        assert_eq!(f.booklet(), Form::Report);
        let r = FormSetting(Some(Form::Report));
        assert_eq!(r.briefings(), Form::Report);
    }
}
