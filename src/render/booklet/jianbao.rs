//! The 简报 form of GB/T 9704-2012 (党政机关公文格式) as Typst: A4, a 156 × 225 mm text
//! block 37 mm from the top and 28 mm from the binding edge, the body in 3号 (16 pt) 仿宋 on
//! a grid of 22 lines of 28 characters, headings 一、（一）1.（1） in 黑体, 楷体, 仿宋,
//! 仿宋, page numbers "— 1 —" in 4号 宋体 7 mm below the text block (odd pages right, even
//! left), the 报头 above a red rule and the 报尾 at the end. It defines the same helpers as
//! the report's preamble ([`super::document`]), so the body is written once for both forms;
//! the 报头 and 报尾 lay out a [`Masthead`] as it is. The measures are [`PAGE`]'s.

use super::document::{Cover, Doc, Words};
use super::markup::{escape, string};
use super::roles::Roles;
use crate::model::briefing::{FontRole, Masthead, PAGE};

/// The helpers, in the 简报's look. `f-*` are the role fonts, `adv` a character's advance
/// and `lead` the gap between two lines of the grid (both set before this).
const PREAMBLE: &str = r##"
#let red = rgb("#e60012")
#let ink = rgb("#000000")
#let rule-grey = luma(120)
#let accent = red
#let muted = ink
#let paper-tint = luma(245)

#set heading(numbering: none)
#show heading: set block(sticky: true)
#let sec-level = state("sec-level", 1)
#let story-base = state("story-base", 1)
#let parts = counter("xk-part")
#let stories = counter("xk-story")
#let sub1 = counter("xk-sub1")
#let sub2 = counter("xk-sub2")
#let inner-heading(level, body) = heading(level: calc.min(6, level), outlined: false, bookmarked: false, body)
// A line of the grid: body size, no indent, one grid gap above and below.
#let grid-line(font, body) = block(above: lead, below: lead, sticky: true, {
  set par(first-line-indent: 0pt, justify: false)
  text(font: font, body)
})
// A section heading is the document's title: 2号 小标宋, centred, two lines' space below
// the red rule; each starts the numbering of its parts afresh.
#show heading: it => if not it.outlined { it.body } else {
  parts.update(0)
  set par(first-line-indent: 0pt, justify: false, leading: 0.5em)
  block(above: 2 * lead + body-size, below: 2 * lead, width: 100%,
    align(center, text(font: f-title, size: if it.level == 1 { title-size } else { 18pt }, tracking: 0pt, it.body)))
}
#show strong: it => text(font: f-hei, it.body)
#show emph: it => text(font: f-kai, it.body)
#show raw: set text(font: f-song, size: 0.9em, tracking: 0pt)
#show figure: set block(breakable: false)
#show figure.where(kind: table): set block(breakable: true)
#set list(marker: ([•], [–], [·]))
#show figure.where(kind: table): set figure.caption(position: top)
// 图1　标题 / 表1　标题, in 黑体, on one line.
#show figure.caption: it => {
  set par(first-line-indent: 0pt, justify: false)
  text(font: f-hei, size: 14pt, tracking: 0pt)[#it.supplement#context it.counter.display(it.numbering)　#it.body]
}
#show quote.where(block: true): it => block(inset: (left: 2 * adv), text(font: f-kai, it.body))

// 一、 in 黑体: the parts of a section.
#let part-heading(body) = context {
  stories.update(0)
  grid-line(f-hei, inner-heading(sec-level.get() + 1)[#parts.step()#context numbering("一、", parts.get().first())#body])
}

// A story's own headings: 1. then （1）, in 仿宋; deeper ones plain.
#let story-heading(level, body) = context {
  if level == 1 { sub2.update(0) }
  let mark = if level == 1 { sub1.step(); context numbering("1.", sub1.get().first()) } else if level == 2 { sub2.step(); context numbering("（1）", sub2.get().first()) }
  grid-line(f-fang, inner-heading(story-base.get() + level)[#mark#body])
}

#let link-note(url) = text(size: 0.85em, tracking: 0pt)[（#url）]

#let source-line(body) = block(above: 4pt, below: lead, {
  set par(first-line-indent: 0pt, justify: false, leading: 0.4em)
  text(font: f-kai, size: 12pt, tracking: 0pt, body)
})

// Key figures as lines of text: 名称：数值（说明）, then their sources once each, kept
// on the page of the last figure.
#let key-figures(cols, ..cards) = {
  let cards = cards.pos()
  let seen = ()
  for c in cards {
    if c.at(3) != none and not seen.contains(c.at(3)) { seen.push(c.at(3)) }
  }
  let line(c) = par[#c.at(0)：#c.at(1)#if c.at(2) != none [（#c.at(2)）]]
  for c in cards.slice(0, calc.max(0, cards.len() - 1)) { line(c) }
  if cards.len() > 0 {
    block(breakable: false, above: lead, below: 0pt, { line(cards.last()); for s in seen { source-line(s) } })
  }
}

#let chart(path, width, title, source, alt) = block(breakable: false, width: 100%, above: lead, below: lead, {
  figure(kind: image, image(path, width: width, alt: alt), caption: title)
  if source != none { source-line(source) }
})

#let data-table(caption, aligns, header, breakable: false, source: none, ..cells) = block(breakable: breakable, above: lead, below: lead, {
  figure(kind: table, caption: caption, {
    set text(size: 12pt, tracking: 0pt)
    set par(justify: false, first-line-indent: 0pt, leading: 0.4em)
    table(
      columns: aligns.len(), align: aligns, inset: (x: 4pt, y: 3pt),
      stroke: 0.5pt + ink,
      table.header(..header.map(h => text(font: f-hei, h))),
      ..cells.pos(),
    )
  })
  if source != none { source-line(source) }
})

#let story-table(aligns, ..cells) = block(breakable: false, above: lead, below: lead, {
  set text(size: 12pt, tracking: 0pt)
  set par(justify: false, first-line-indent: 0pt, leading: 0.4em)
  table(columns: aligns.len(), align: aligns, inset: 4pt, stroke: 0.5pt + ink, ..cells.pos())
})

#let story-image(path, alt) = block(breakable: false, figure(image(path, width: 80%, alt: alt), caption: alt))

#let lead-line(body) = block(above: 0pt, below: lead, width: 100%, {
  set par(first-line-indent: 0pt, justify: false)
  align(center, text(font: f-kai, body))
})
#let note-line(body) = source-line(body)

// （一） in 楷体: a story, numbered within its part; its meta line as a source line.
#let story(title, meta, body, nested: true) = context {
  let level = sec-level.get() + if nested { 2 } else { 1 }
  story-base.update(level)
  sub1.update(0)
  stories.step()
  grid-line(f-kai, inner-heading(level)[#context numbering("（一）", stories.get().first())#title])
  if meta != none { source-line(meta) }
  body
}
"##;

/// A document in the 简报 form: page, grid, fonts by role, page numbers, the helpers.
pub fn doc(cover: &Cover<'_>, words: &Words, roles: Option<&Roles>) -> Doc {
    let family = |role: FontRole| -> String {
        let f = roles.map_or(super::fonts::BUILT_IN_FAMILY, |r| r.family(role));
        // The built-in CJK font covers what a role's font lacks.
        format!("({}, {})", string(f), string(super::fonts::BUILT_IN_FAMILY))
    };
    let p = PAGE;
    let ((paper_w, paper_h), (w, h)) = (p.paper, p.block);
    let (top, binding, lines, chars) = (p.top, p.binding, p.lines, p.chars);
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
    for (name, role) in [
        ("f-song", FontRole::Song),
        ("f-fang", FontRole::FangSong),
        ("f-kai", FontRole::Kai),
        ("f-hei", FontRole::Hei),
        ("f-title", FontRole::XiaoBiaoSong),
    ] {
        src.push_str(&format!("#let {name} = {}\n", family(role)));
    }
    // The grid: a character's advance is the block's width over 28 (16 pt glyphs drawn a
    // little tighter), a line's pitch its height over 22; each line box is exactly 1 em
    // high, so the gap between lines (and paragraphs) is the pitch less 16 pt.
    src.push_str(&format!(
        "#let body-size = {}pt\n#let title-size = {}pt\n#let adv = {w}mm / {chars}\n#let lead = {h}mm / {lines} - body-size\n",
        p.body_pt, p.title_pt
    ));
    src.push_str(&format!(
        "#set text(font: f-fang, size: body-size, tracking: adv - body-size, top-edge: 0.8em, bottom-edge: -0.2em, lang: {}, {}cjk-latin-spacing: none, overhang: false, fill: black)\n",
        string(words.lang.0),
        words
            .lang
            .1
            .map(|r| format!("region: {}, ", string(r)))
            .unwrap_or_default(),
    ));
    src.push_str("#set par(justify: true, leading: lead, spacing: lead, first-line-indent: (amount: 2 * adv, all: true))\n");
    src.push_str(&format!(
        "#set figure(supplement: [{}], gap: 6pt)\n#show figure.where(kind: table): set figure(supplement: [{}])\n",
        escape(words.figure),
        escape(words.table)
    ));
    src.push_str(PREAMBLE);
    // Page numbers: "— N —" in 4号 宋体, the dash line 7 mm below the text block, one
    // character in from its right edge on odd pages and from its left on even ones.
    let bottom = paper_h - top - h;
    let outside = paper_w - binding - w;
    src.push_str(&format!(
        r##"
#set page(
  width: {paper_w}mm, height: {paper_h}mm,
  margin: (top: {top}mm, bottom: {bottom}mm, inside: {binding}mm, outside: {outside}mm),
  header: none,
  footer-descent: 0pt,
  footer: context {{
    let n = counter(page).get().first()
    let size = {number_pt}pt
    let number = text(font: f-song, size: size, tracking: 0pt, top-edge: "baseline", bottom-edge: "baseline")[— #n —]
    // The dash sits about 0.35 em above the baseline.
    let at = {below}mm + 0.35 * size
    if calc.odd(n) {{ place(top + right, dx: -size, dy: at, number) }} else {{ place(top + left, dx: size, dy: at, number) }}
  }},
)
"##,
        number_pt = p.number_pt,
        below = p.number_below,
    ));
    let chart_box = (w * 0.9, h * 0.32);
    Doc::from_preamble(src, false, chart_box)
}

impl Doc {
    /// The 报头: the 内部资料 mark, the red title, the 期号, the 编印单位 and the date, and the
    /// red rule across the text block.
    pub fn masthead(&mut self, m: &Masthead) {
        let internal = m
            .internal
            .as_deref()
            .map(|t| format!("#text(font: f-hei, tracking: 0pt)[{}]", self.t(t)))
            .unwrap_or_default();
        let title = self.t(&m.title);
        let issue = m
            .issue
            .as_deref()
            .map(|t| {
                format!(
                    "block(above: 10pt, below: 0pt, width: 100%, align(center, text(font: f-fang)[{}]))",
                    self.t(t)
                )
            })
            .unwrap_or_default();
        let office = m.office.as_deref().map(|t| self.t(t)).unwrap_or_default();
        let date = m.date.as_deref().map(|t| self.t(t)).unwrap_or_default();
        self.raw(&format!(
            r##"
#block(above: 0pt, below: 0pt, width: 100%, {{
  set par(first-line-indent: 0pt, justify: false, leading: 0.3em)
  block(above: 0pt, below: 0pt, height: 16pt)[{internal}]
  block(above: 14pt, below: 0pt, width: 100%, align(center, text(font: f-title, size: 40pt, tracking: 2pt, fill: red)[{title}]))
  {issue}
  block(above: 14pt, below: 6pt, width: 100%, text(font: f-fang, tracking: 0pt)[{office}#h(1fr){date}])
  line(length: 100%, stroke: 2pt + red)
}})
"##
        ));
    }

    /// The 报尾 at the foot of the last page: 报/送/发 between two rules, then the copies.
    pub fn tail(&mut self, m: &Masthead) {
        if m.distribution.is_empty() && m.copies.is_none() {
            return;
        }
        let lines: Vec<String> = m
            .distribution
            .iter()
            .map(|(label, offices)| {
                format!(
                    "block(above: 4pt, below: 4pt, inset: (x: 14pt))[{}：{}]",
                    self.t(label),
                    self.t(offices)
                )
            })
            .collect();
        let copies = m
            .copies
            .as_deref()
            .map(|c| {
                format!(
                    "block(above: 4pt, below: 0pt, width: 100%, inset: (x: 14pt), align(right)[（{}）])",
                    self.t(c)
                )
            })
            .unwrap_or_default();
        self.raw(&format!(
            r##"
#v(1fr)
#block(breakable: false, above: lead, below: 0pt, width: 100%, {{
  set par(first-line-indent: 0pt, justify: false, leading: 0.4em)
  set text(font: f-fang, size: 14pt, tracking: 0pt)
  line(length: 100%, stroke: 0.75pt + ink)
  {lines}
  line(length: 100%, stroke: 0.75pt + ink)
  {copies}
}})
"##,
            lines = lines.join("\n  "),
        ));
    }
}
