//! The booklet's Typst source: a fixed preamble (page, fonts, headers, footers, the
//! helpers below) and the generated body. Every piece of site text goes through
//! [`markup::escape`] or [`markup::string`]; nothing from the site is ever code.

use super::markup::{escape, string};
use crate::compute::draw::DrawnChart;
use crate::compute::summary::KeyFigure;
use crate::compute::table::DataTable;
use crate::model::site_config::{BookletConfig, Paper};

/// Words printed by the booklet itself, from the site's interface strings (`strings:`
/// in site.yaml rewords them).
pub struct Words<'a> {
    /// Contents page title.
    pub contents: &'a str,
    /// Overview section title.
    pub overview: &'a str,
    /// Footer: before the page number, between it and the total, after the total.
    pub page: (&'a str, &'a str, &'a str),
    /// Figure supplement (图).
    pub figure: &'a str,
    /// Table supplement (表).
    pub table: &'a str,
    /// "Source" label.
    pub source: &'a str,
    /// "Stories" heading.
    pub stories: &'a str,
    /// News section heading.
    pub news: &'a str,
    /// Regions heading on the overview.
    pub sections: &'a str,
    /// A region's briefing, on its cover.
    pub briefing: &'a str,
    /// A volume's name, `{n}` its number.
    pub volume: &'a str,
    /// The contents volume's list of volumes.
    pub volumes: &'a str,
    /// Typst `lang` and `region`.
    pub lang: (&'static str, Option<&'static str>),
}

/// The booklet words of a site: its interface strings, in its language.
pub fn words<'a>(ui: &crate::model::i18n::Ui<'a>, lang: crate::model::Language) -> Words<'a> {
    use crate::model::Language;
    // `第 {n} 页 / 共 {total} 页` around the page number and the total.
    let (before, rest) = ui.page_of.split_once("{n}").unwrap_or((ui.page_of, ""));
    let (between, after) = rest.split_once("{total}").unwrap_or((rest, ""));
    Words {
        contents: ui.contents,
        overview: ui.overview,
        page: (before, between, after),
        figure: ui.figure,
        table: ui.table,
        source: ui.source,
        stories: ui.stories,
        news: ui.news,
        sections: ui.booklet_regions,
        briefing: ui.briefing,
        volume: ui.volume,
        volumes: ui.volumes,
        lang: match lang {
            Language::ZhCn => ("zh", Some("cn")),
            Language::ZhTw => ("zh", Some("tw")),
            Language::En => ("en", None),
        },
    }
}

/// The cover's lines.
pub struct Cover<'a> {
    /// Site title.
    pub title: &'a str,
    /// Subtitle.
    pub subtitle: Option<&'a str>,
    /// Issuing office.
    pub publisher: Option<&'a str>,
    /// Date as printed (`2018年12月`).
    pub date: Option<String>,
    /// Date for the PDF metadata.
    pub ymd: Option<(i32, u8, u8)>,
}

/// Builds the Typst source, recording every text it prints (for the glyph check).
pub struct Doc {
    src: String,
    /// All site text printed, for the missing-glyph check.
    pub text: String,
    /// A5 paper: smaller type on the cover.
    small: bool,
    /// Nothing has been written on the main matter's first page yet.
    fresh_page: bool,
    /// The largest chart image, width and height in mm: so two charts stack on a page.
    chart_box: (f64, f64),
}

const PREAMBLE: &str = r##"
#let accent = rgb("#b8232f")
#let ink = rgb("#1f1f1f")
#let muted = rgb("#5f5f5f")
#let paper-tint = rgb("#f6f1ea")
#let rule-grey = luma(190)

#set heading(numbering: none)
#show heading: set block(sticky: true)
// Headings inside a section (its parts, story titles, a story's own headings) are tagged
// as headings one level below the one before, kept out of the contents, and styled by the
// functions that place them. `sec-level` is the section's level.
#let sec-level = state("sec-level", 1)
#let story-base = state("story-base", 1)
#let inner-heading(level, body) = heading(level: calc.min(6, level), outlined: false, bookmarked: false, body)
#show heading: it => if not it.outlined { it.body } else {
  let (size, rule) = if it.level == 1 { (20pt, 1.2pt) } else if it.level == 2 { (16pt, 0.8pt) } else { (14pt, 0.6pt) }
  set text(size: size, fill: accent)
  set par(justify: false)
  block(above: 0pt, below: 12pt, width: 100%, stroke: (bottom: rule + accent), inset: (bottom: 5pt), it.body)
}
#show strong: it => text(fill: accent, it.body)
#show emph: it => text(fill: rgb("#7a4a00"), it.body)
#show raw: set text(font: ("WenQuanYi Micro Hei Mono",), size: 0.9em)
#show figure: set block(breakable: false)
#show figure.where(kind: table): set block(breakable: true)
// Typst's default second-level marker (‣) is not in the CJK font.
#set list(marker: ([•], [–], [·]))
#show figure.where(kind: table): set figure.caption(position: top)
#show figure.caption: it => text(size: 9pt, fill: muted, it)
#show quote.where(block: true): it => block(inset: (left: 10pt, y: 4pt), stroke: (left: 2pt + rule-grey), text(fill: muted, it.body))

#let part-heading(body) = context block(above: 16pt, below: 8pt, sticky: true, text(size: 12pt, fill: accent,
  inner-heading(sec-level.get() + 1)[#box(width: 3pt, height: 0.9em, fill: accent, baseline: 0.1em) #h(4pt) #body]))

#let story-heading(level, body) = context block(above: 12pt, below: 6pt, sticky: true,
  text(size: if level == 1 { 11.5pt } else if level == 2 { 11pt } else { 10.5pt }, fill: if level == 1 { accent } else { ink },
    inner-heading(story-base.get() + level, body)))

#let link-note(url) = text(size: 0.85em, fill: muted)[（#url）]
#let lead-line(body) = block(below: 10pt, sticky: true, text(size: 10pt, fill: muted, body))
#let note-line(body) = block(below: 8pt, text(size: 9pt, fill: muted, body))

#let key-figures(cols, ..cards) = block(above: 8pt, below: 12pt, grid(
  columns: (1fr,) * cols, column-gutter: 6pt, row-gutter: 6pt,
  // Only cells that hold a card are tinted; the last row may be short.
  fill: (x, y) => if y * cols + x < cards.pos().len() { paper-tint },
  stroke: (x, y) => if y * cols + x < cards.pos().len() { (top: 2pt + accent) },
  inset: (x: 7pt, y: 6pt),
  ..cards.pos().map(c => {
    set par(justify: false, leading: 0.5em)
    text(size: 8.5pt, fill: muted, c.at(0))
    v(3pt, weak: true)
    block(above: 4pt, below: 0pt, text(size: 12.5pt, fill: accent, c.at(1)))
    if c.at(2) != none { block(above: 4pt, below: 0pt, text(size: 7.5pt, fill: muted, c.at(2))) }
    if c.at(3) != none { block(above: 3pt, below: 0pt, text(size: 6.5pt, fill: muted, c.at(3))) }
  })
))

#let source-line(body) = block(above: 3pt, below: 0pt, align(left, text(size: 7.5pt, fill: muted, body)))

#show outline.entry.where(level: 1): set text(fill: accent)
#show outline.entry.where(level: 1): set block(above: 10pt)

// A chart stays under the heading it belongs to, whole; it is sized so two stack on a
// page, so the space one leaves when it moves to the next page is under half a page.
#let chart(path, width, title, source, alt) = block(breakable: false, width: 100%, above: 10pt, below: 12pt, {
  figure(kind: image, image(path, width: width, alt: alt), caption: title)
  if source != none { source-line(source) }
})

#let data-table(caption, aligns, header, breakable: false, source: none, ..cells) = block(breakable: breakable, above: 10pt, below: 12pt, {
  figure(kind: table, caption: caption, {
    set text(size: 8.5pt)
    set par(justify: false)
    table(
      columns: aligns.len(), align: aligns, inset: (x: 5pt, y: 4pt),
      stroke: (x, y) => (top: if y == 0 { 1pt + ink } else if y == 1 { 0.6pt + ink } else { 0.3pt + rule-grey }),
      fill: (x, y) => if y == 0 { paper-tint },
      table.header(..header.map(h => text(fill: accent, h))),
      ..cells.pos(),
      table.hline(stroke: 1pt + ink),
    )
  })
  if source != none { source-line(source) }
})

#let story-table(aligns, ..cells) = block(breakable: false, above: 8pt, below: 10pt, {
  set text(size: 9pt)
  set par(justify: false, first-line-indent: 0pt)
  table(columns: aligns.len(), align: aligns, inset: 5pt, stroke: 0.4pt + rule-grey, ..cells.pos())
})

#let story-image(path, alt) = block(breakable: false, figure(image(path, width: 80%, alt: alt), caption: alt))

// A story's title goes one level below the part heading before it (two below the
// section), or one below the section when it stands directly in it (`nested: false`).
#let story(title, meta, body, nested: true) = context {
  let level = sec-level.get() + if nested { 2 } else { 1 }
  story-base.update(level)
  block(above: 16pt, below: 6pt, sticky: true, text(size: 13pt, fill: ink, inner-heading(level, title)))
  if meta != none { block(below: 10pt, sticky: true, text(size: 8.5pt, fill: muted, meta)) }
  {
    set par(first-line-indent: (amount: 2em, all: true))
    body
  }
}
"##;

impl Doc {
    /// The preamble for this site's settings and fonts.
    pub fn new(
        cfg: &BookletConfig,
        families: &[String],
        words: &Words,
        cover: &Cover<'_>,
        header_title: &str,
    ) -> Doc {
        let m = cfg.margins();
        let fonts: Vec<String> = families.iter().map(|f| string(f)).collect();
        let mut src = String::new();
        let author = cover.publisher.unwrap_or(cover.title);
        src.push_str(&format!(
            "#set document(title: {}, author: {}{})\n",
            string(cover.title),
            string(author),
            match cover.ymd {
                Some((y, mo, d)) => format!(", date: datetime(year: {y}, month: {mo}, day: {d})"),
                None => ", date: none".into(),
            }
        ));
        let (body_size, small) = match cfg.paper {
            Paper::A4 => ("10.5pt", false),
            Paper::A5 => ("9.5pt", true),
        };
        src.push_str(&format!(
            "#set text(font: ({},), size: {body_size}, lang: {}, {}cjk-latin-spacing: none, fill: rgb(\"#1f1f1f\"))\n",
            fonts.join(", "),
            string(words.lang.0),
            words
                .lang
                .1
                .map(|r| format!("region: {}, ", string(r)))
                .unwrap_or_default(),
        ));
        src.push_str("#set par(justify: true, leading: 0.78em, spacing: 1.15em)\n");
        src.push_str(&format!(
            "#set figure(supplement: [{}])\n#show figure.where(kind: table): set figure(supplement: [{}])\n",
            escape(words.figure),
            escape(words.table)
        ));
        // Charts are drawn 600 px wide; on A4 a little narrower than the text keeps them
        // legible, and none is taller than ~38% of the text area, so two stack on a page
        // with their captions and a chart moved to the next page leaves under half a page.
        let (paper_w, paper_h) = match cfg.paper {
            Paper::A4 => (210.0, 297.0),
            Paper::A5 => (148.0, 210.0),
        };
        let text_w = paper_w - m.inside - m.outside;
        let text_h = paper_h - m.top - m.bottom;
        let chart_box = (text_w * if small { 1.0 } else { 0.88 }, text_h * 0.38);
        src.push_str(PREAMBLE);
        // Header: the site title and the current section's region path, from the main matter on.
        let (p0, p1, p2) = words.page;
        src.push_str(&format!(
            r##"
#set page(
  paper: "{paper}",
  margin: (top: {top}mm, bottom: {bottom}mm, inside: {inside}mm, outside: {outside}mm),
  header: context {{
    let starts = query(<xk-main>)
    if starts.len() == 0 {{ return none }}
    let p = here().page()
    if p < starts.first().location().page() {{ return none }}
    // The section in effect at the top of the page: the last one to start before it,
    // or one starting at its very top. A section starting lower down takes the next page.
    let top = {top}mm + 24pt
    let sections = query(heading.where(outlined: true))
    let before = sections.filter(h => {{
      let at = h.location().position()
      at.page < p or (at.page == p and at.y <= top)
    }})
    let here-title = if before.len() > 0 {{ before.last().supplement }} else {{
      let on = sections.filter(h => h.location().page() == p)
      if on.len() > 0 {{ on.first().supplement }} else {{ none }}
    }}
    set text(size: 8pt, fill: muted)
    grid(columns: (1fr, auto), align: (left, right), [{header}], here-title)
    v(-4pt)
    line(length: 100%, stroke: 0.4pt + rule-grey)
  }},
  footer: context {{
    let starts = query(<xk-main>)
    if starts.len() == 0 {{ return none }}
    if here().page() < starts.first().location().page() {{ return none }}
    set text(size: 8.5pt, fill: muted)
    align(center)[{p0}#counter(page).display(){p1}#counter(page).final().first(){p2}]
  }},
)
"##,
            paper = cfg.paper.typst_name(),
            top = m.top,
            bottom = m.bottom,
            inside = m.inside,
            outside = m.outside,
            header = escape(header_title),
        ));
        Doc::from_preamble(src, small, chart_box)
    }

    /// A document whose preamble another form wrote (the 简报's, [`super::jianbao`]).
    pub fn from_preamble(src: String, small: bool, chart_box: (f64, f64)) -> Doc {
        Doc {
            src,
            text: String::new(),
            small,
            fresh_page: false,
            chart_box,
        }
    }

    /// The contents: every section heading with its page.
    pub fn outline(&mut self, title: &str) {
        let t = self.t(title);
        self.src.push_str(&format!(
            "\n#outline(title: [{t}], depth: 3, indent: 1.6em)\n"
        ));
    }

    /// The main matter starts here: a new page numbered 1, with header and footer.
    pub fn main_matter(&mut self) {
        self.src.push_str(
            "\n#pagebreak(weak: true)\n#counter(page).update(1)\n#metadata(none) <xk-main>\n",
        );
        self.fresh_page = true;
    }

    /// Site text as markup, recorded for the glyph check.
    pub fn t(&mut self, s: &str) -> String {
        self.text.push_str(s);
        self.text.push('\n');
        escape(s)
    }

    /// A cover page of its own (the site's booklet).
    pub fn cover(&mut self, c: &Cover<'_>) {
        let scale = if self.small { 0.75 } else { 1.0 };
        let title = self.t(c.title);
        let sub = c.subtitle.map(|s| self.t(s));
        let publisher = c.publisher.map(|s| self.t(s));
        let date = c.date.as_deref().map(|s| self.t(s));
        self.src.push_str(&format!(
            r##"
#page(header: none, footer: none)[
  #set par(justify: false)
  #v(1fr)
  #block(width: 100%, stroke: (left: 6pt + accent), inset: (left: 14pt, y: 6pt))[
    #text(size: {t}pt, fill: accent)[{title}]
    {sub}
  ]
  #v(2fr)
  #line(length: 100%, stroke: 0.6pt + accent)
  #text(size: {p}pt, fill: ink)[{publisher}]
  #h(1fr)
  #text(size: {p}pt, fill: muted)[{date}]
]
"##,
            t = 30.0 * scale,
            p = 13.0 * scale,
            sub = sub
                .map(|s| format!(
                    "#v(6pt)\n    #text(size: {}pt, fill: muted)[{s}]",
                    15.0 * scale
                ))
                .unwrap_or_default(),
            publisher = publisher.unwrap_or_default(),
            date = date.unwrap_or_default(),
        ));
    }

    /// A band atop the first page of a region's briefing, above its heading: the site,
    /// what the document is, the office and the date.
    pub fn cover_band(&mut self, kind: &str, c: &Cover<'_>) {
        let kind = self.t(kind);
        let title = self.t(c.title);
        let line: Vec<String> = [c.publisher, c.date.as_deref()]
            .into_iter()
            .flatten()
            .map(|x| self.t(x))
            .collect();
        self.src.push_str(&format!(
            r##"
#block(width: 100%, above: 0pt, below: 10pt, inset: (y: 6pt), fill: paper-tint, stroke: (top: 3pt + accent))[
  #set par(justify: false)
  #set text(size: 9.5pt)
  #h(6pt)#text(fill: accent)[{title}] #text(fill: muted)[· {kind}] #h(1fr) #text(fill: muted)[{line}]#h(6pt)
]
"##,
            line = line.join(" · "),
        ));
    }

    /// Raw Typst written by this module (never site text).
    pub fn raw(&mut self, s: &str) {
        self.src.push_str(s);
    }

    /// A section heading at `level`, on a new page if `new_page`; `header` is the running
    /// header's text while the section is in effect (the heading's supplement).
    pub fn section(&mut self, level: usize, title: &str, new_page: bool, header: &str) {
        let title = self.t(title);
        let header = self.t(header);
        let brk = if std::mem::take(&mut self.fresh_page) {
            ""
        } else if new_page {
            "#pagebreak(weak: true)"
        } else {
            "#v(18pt, weak: true)"
        };
        self.src.push_str(&format!(
            "\n{brk}\n#sec-level.update({level})\n#heading(level: {level}, supplement: [{header}])[{title}]\n"
        ));
    }

    /// A line under a section heading (full name, level).
    pub fn lead(&mut self, text: &str) {
        let t = self.t(text);
        self.src.push_str(&format!("#lead-line[{t}]\n"));
    }

    /// A small heading inside a section.
    pub fn part(&mut self, title: &str) {
        let t = self.t(title);
        self.src.push_str(&format!("\n#part-heading[{t}]\n"));
    }

    /// A paragraph of muted text.
    pub fn note(&mut self, text: &str) {
        let t = self.t(text);
        self.src.push_str(&format!("\n#note-line[{t}]\n"));
    }

    /// Key figure cards.
    pub fn figures(&mut self, figures: &[KeyFigure], cols: usize) {
        if figures.is_empty() {
            return;
        }
        let cards: Vec<String> = figures
            .iter()
            .map(|f| {
                let note = self.optional(&f.note);
                let source = self.optional(&f.source);
                format!(
                    "([{}], [{}], {note}, {source})",
                    self.t(&f.label),
                    self.t(&f.value)
                )
            })
            .collect();
        self.src
            .push_str(&format!("\n#key-figures({cols}, {})\n", cards.join(", ")));
    }

    /// Optional text as Typst content, `none` when empty.
    fn optional(&mut self, text: &str) -> String {
        if text.is_empty() {
            "none".to_string()
        } else {
            format!("[{}]", self.t(text))
        }
    }

    /// A chart from a virtual SVG file, with its source line and its description as alt text.
    pub fn chart(&mut self, path: &str, d: &DrawnChart) {
        let markup = self.chart_markup(path, d);
        self.src.push_str(&format!("\n{markup}\n"));
    }

    /// Markup for a chart inside a story (returned, placed by the story converter).
    pub fn chart_markup(&mut self, path: &str, d: &DrawnChart) -> String {
        let t = self.t(&d.title);
        let source = self.optional(&d.table.source);
        let alt = if d.description.is_empty() {
            &d.title
        } else {
            &d.description
        };
        let (max_w, max_h) = self.chart_box;
        let aspect = f64::from(d.height.max(1)) / f64::from(crate::chart::WIDTH);
        let width = max_w.min(max_h / aspect);
        format!(
            "#chart({}, {width:.1}mm, [{t}], {source}, {})",
            string(path),
            string(alt)
        )
    }

    /// Markup for key figures inside a story.
    pub fn figures_markup(&mut self, title: &str, figures: &[KeyFigure], cols: usize) -> String {
        let at = self.src.len();
        self.part(title);
        self.figures(figures, cols);
        self.src.split_off(at)
    }

    /// A data table, as on the site; long tables may break across pages (header repeated).
    pub fn table(&mut self, t: &DataTable) {
        let aligns: Vec<&str> = t
            .numeric
            .iter()
            .enumerate()
            .map(|(i, n)| if *n && i > 0 { "right" } else { "left" })
            .collect();
        let header: Vec<String> = t
            .headers
            .iter()
            .map(|h| format!("[{}]", self.t(h)))
            .collect();
        let mut cells = Vec::new();
        for row in &t.rows {
            for i in 0..t.headers.len() {
                let c = row.get(i).map(String::as_str).unwrap_or("");
                cells.push(format!("[{}]", self.t(c)));
            }
        }
        let caption = self.t(&t.caption);
        let source = self.optional(&t.source);
        self.src.push_str(&format!(
            "\n#data-table([{caption}], ({},), ({},), breakable: {}, source: {source}, {})\n",
            aligns.join(", "),
            header.join(", "),
            t.rows.len() > 8,
            cells.join(", ")
        ));
    }

    /// A story: title, meta line, body markup (already escaped by the converter); `nested`
    /// when it stands under a part heading.
    pub fn story(&mut self, title: &str, meta: &str, body: &str, nested: bool) {
        let title = self.t(title);
        let meta = self.optional(meta);
        self.src.push_str(&format!(
            "\n#story([{title}], {meta}, nested: {nested})[\n{body}\n]\n"
        ));
    }

    /// A story body standing directly in its section (the overview's home story): its
    /// headings go one below the section's.
    pub fn loose_story(&mut self, body: &str) {
        self.src.push_str(&format!(
            "\n#context story-base.update(sec-level.get())\n{body}\n"
        ));
    }

    /// The list of a booklet's volumes: each a link to its file, with what it holds and
    /// its number of pages.
    pub fn volumes(&mut self, title: &str, volumes: &[super::Listed], page: (&str, &str, &str)) {
        self.part(title);
        // `共 N 页`: the footer's words around the total.
        let before = page.1.rsplit('/').next().unwrap_or(page.1).trim_start();
        let items: Vec<String> = volumes
            .iter()
            .map(
                |super::Listed {
                     name: file,
                     title: what,
                     pages,
                     ..
                 }| {
                    let count = format!("{before}{pages}{}", page.2);
                    format!(
                        "- #link({})[{}] #h(1fr) #text(fill: muted)[{} · {}]",
                        string(file),
                        self.t(what),
                        self.t(file),
                        self.t(count.trim())
                    )
                },
            )
            .collect();
        self.src.push_str(&format!("\n{}\n", items.join("\n")));
    }

    /// The finished source.
    pub fn finish(self) -> (String, String) {
        (self.src, self.text)
    }
}
