//! A resolved story as a 公众号 article: the HTML the editor keeps (`section`, `p`, `span`,
//! `table` … with inline styles, no class, id or link), its charts as images beside it,
//! its links as numbered notes at the end. Figures are the resolved story's, as written.

use super::images;
use super::links::{address, Place};
use super::palette::{Palette, Styles};
use crate::compute::story::{embed_index, Embed, ResolvedStory};
use crate::model::Story;
use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

/// An image of the article: its file name beside `article.html` and its SVG to rasterize.
#[derive(Debug, Clone)]
pub struct Image {
    /// File name (`chart-1.png`).
    pub name: String,
    /// The SVG it is rasterized from.
    pub svg: String,
    /// What it shows, for the list of images to upload.
    pub title: String,
}

/// An article: what is pasted and what is uploaded.
#[derive(Debug, Clone)]
pub struct Written {
    /// The article's HTML: one inline-styled `section`.
    pub html: String,
    /// Its images, in the order they appear.
    pub images: Vec<Image>,
}

/// The words the article puts around the story, in the site's language.
pub struct Words<'a> {
    /// Heading of the notes at the end (注释).
    pub notes: &'a str,
    /// Before the story's source (来源).
    pub source: &'a str,
    /// Before its author (作者).
    pub author: &'a str,
}

/// Writes the article of `story`, whose body is `body`.
pub fn write(
    story: &Story,
    body: &ResolvedStory,
    palette: &Palette,
    words: &Words<'_>,
    place: &Place<'_>,
) -> Written {
    let s = Styles::new(palette);
    let mut w = Writer {
        s: &s,
        palette,
        body,
        out: String::new(),
        notes: Vec::new(),
        footnotes: Vec::new(),
        images: Vec::new(),
        in_head: false,
        align: Vec::new(),
        cell: 0,
        image_alt: None,
        code: false,
        pending: None,
        place,
    };
    w.out
        .push_str(&format!("<section style=\"{}\">", s.article));
    let m = &story.meta;
    let mut meta: Vec<String> = Vec::new();
    if let Some(d) = m.date {
        meta.push(d.to_string());
    }
    if let Some(a) = m.author.as_deref().filter(|a| !a.is_empty()) {
        meta.push(format!("{}：{}", words.author, escape(a)));
    }
    if let Some(src) = m.source.as_deref().filter(|a| !a.is_empty()) {
        meta.push(format!("{}：{}", words.source, escape(src)));
    }
    if !meta.is_empty() {
        w.out.push_str(&format!(
            "<p style=\"{}\">{}</p>",
            s.small,
            meta.join(" · ")
        ));
    }
    if let Some(lead) = m.summary.as_deref().filter(|a| !a.is_empty()) {
        w.out
            .push_str(&format!("<p style=\"{}\">{}</p>", s.lead, escape(lead)));
    }
    for e in &body.events {
        w.event(e);
    }
    if !w.notes.is_empty() {
        w.out.push_str(&format!(
            "<hr style=\"{}\"><p style=\"{}\"><strong>{}</strong></p>",
            s.rule, s.small, words.notes
        ));
        for (n, url) in w.notes.iter().enumerate() {
            w.out.push_str(&format!(
                "<p style=\"{}\">[{}] {}</p>",
                s.small,
                n + 1,
                escape(url)
            ));
        }
    }
    w.out.push_str("</section>");
    Written {
        html: w.out,
        images: w.images,
    }
}

struct Writer<'a> {
    s: &'a Styles,
    palette: &'a Palette,
    body: &'a ResolvedStory,
    out: String,
    /// The links' addresses, numbered in order.
    notes: Vec<String>,
    /// Footnote labels in the order first met: marked ①②…, apart from the links' [1].
    footnotes: Vec<String>,
    images: Vec<Image>,
    /// Inside a table's head row.
    in_head: bool,
    /// The open table's column alignments.
    align: Vec<Alignment>,
    /// The next cell's column.
    cell: usize,
    /// The alt text of the image being read.
    image_alt: Option<String>,
    /// Inside a code block.
    code: bool,
    /// The address of the link or image being read.
    pending: Option<String>,
    place: &'a Place<'a>,
}

impl Writer<'_> {
    fn event(&mut self, e: &Event<'_>) {
        let s = self.s;
        if let Some(alt) = self.image_alt.as_mut() {
            match e {
                Event::Text(t) | Event::Code(t) => return alt.push_str(t),
                Event::End(TagEnd::Image) => {}
                _ => return,
            }
        }
        match e {
            Event::Start(t) => self.start(t),
            Event::End(t) => self.end(*t),
            Event::Text(t) if self.code => self.out.push_str(&escape(t).replace('\n', "<br>")),
            Event::Text(t) => self.out.push_str(&escape(t)),
            Event::Code(t) => {
                self.out
                    .push_str(&format!("<span style=\"{}\">{}</span>", s.code, escape(t)))
            }
            Event::Html(h) | Event::InlineHtml(h) => match embed_index(h) {
                Some(n) => self.embed(n),
                // Raw HTML: its words stay, its markup goes (the editor would drop it).
                None => self.out.push_str(&text_of(h)),
            },
            Event::FootnoteReference(label) => {
                let mark = self.footnote_mark(label);
                self.out
                    .push_str(&format!("<sup style=\"{}\">{mark}</sup>", s.sup));
            }
            Event::SoftBreak => self.out.push('\n'),
            Event::HardBreak => self.out.push_str("<br>"),
            Event::Rule => self.out.push_str(&format!("<hr style=\"{}\">", s.rule)),
            _ => {}
        }
    }

    fn start(&mut self, t: &Tag<'_>) {
        let s = self.s;
        let open = match t {
            Tag::Paragraph => format!("<p style=\"{}\">", s.p),
            Tag::Heading { level, .. } => match level {
                HeadingLevel::H1 | HeadingLevel::H2 => format!("<h2 style=\"{}\">", s.h2),
                _ => format!("<h3 style=\"{}\">", s.h3),
            },
            Tag::BlockQuote(_) => format!("<section style=\"{}\">", s.quote),
            Tag::CodeBlock(_) => {
                self.code = true;
                format!("<p style=\"{}\">", s.code_block)
            }
            Tag::List(None) => format!("<ul style=\"{}\">", s.list),
            Tag::List(Some(_)) => format!("<ol style=\"{}\">", s.list),
            Tag::Item => format!("<li style=\"{}\">", s.li),
            // A section, not a paragraph: the definition holds paragraphs of its own.
            Tag::FootnoteDefinition(label) => {
                let mark = self.footnote_mark(label);
                format!("<section style=\"{}\">{mark} ", s.small)
            }
            Tag::Table(align) => {
                self.align = align.clone();
                format!("<table style=\"{}\"><tbody>", s.table)
            }
            Tag::TableHead => {
                self.in_head = true;
                self.cell = 0;
                "<tr>".into()
            }
            Tag::TableRow => {
                self.cell = 0;
                "<tr>".into()
            }
            Tag::TableCell => {
                let (tag, style) = if self.in_head {
                    ("th", &s.th)
                } else {
                    ("td", &s.td)
                };
                let align = match self.align.get(self.cell) {
                    Some(Alignment::Right) => "text-align:right;",
                    Some(Alignment::Center) => "text-align:center;",
                    _ => "text-align:left;",
                };
                self.cell += 1;
                format!("<{tag} style=\"{style}{align}\">")
            }
            Tag::Emphasis => "<em>".into(),
            Tag::Strong => "<strong>".into(),
            Tag::Strikethrough => "<span style=\"text-decoration:line-through;\">".into(),
            Tag::Link { dest_url, .. } => {
                self.pending = Some(address(dest_url, self.place));
                format!("<span style=\"color:{};\">", self.palette.red_dark)
            }
            Tag::Image { dest_url, .. } => {
                self.pending = Some(address(dest_url, self.place));
                self.image_alt = Some(String::new());
                String::new()
            }
            _ => String::new(),
        };
        self.out.push_str(&open);
    }

    fn end(&mut self, t: TagEnd) {
        let close = self.close(t);
        self.out.push_str(&close);
        if matches!(t, TagEnd::Link | TagEnd::Image) {
            self.note(t);
        }
    }

    fn close(&mut self, t: TagEnd) -> String {
        match t {
            TagEnd::Paragraph | TagEnd::CodeBlock => {
                self.code = false;
                "</p>".into()
            }
            TagEnd::FootnoteDefinition => "</section>".into(),
            TagEnd::Heading(HeadingLevel::H1 | HeadingLevel::H2) => "</h2>".into(),
            TagEnd::Heading(_) => "</h3>".into(),
            TagEnd::BlockQuote(_) => "</section>".into(),
            TagEnd::List(false) => "</ul>".into(),
            TagEnd::List(true) => "</ol>".into(),
            TagEnd::Item => "</li>".into(),
            TagEnd::Table => "</tbody></table>".into(),
            TagEnd::TableHead => {
                self.in_head = false;
                "</tr>".into()
            }
            TagEnd::TableRow => "</tr>".into(),
            TagEnd::TableCell => {
                let head = self.in_head;
                if head { "</th>" } else { "</td>" }.into()
            }
            TagEnd::Emphasis => "</em>".into(),
            TagEnd::Strong => "</strong>".into(),
            TagEnd::Strikethrough => "</span>".into(),
            TagEnd::Link => String::new(),
            TagEnd::Image => {
                let alt = self.image_alt.take().unwrap_or_default();
                format!("[{}]", escape(&alt))
            }
            _ => String::new(),
        }
    }

    /// The mark of footnote `label`: ① for the first met, and so on (`(21)` past ⑳).
    fn footnote_mark(&mut self, label: &str) -> String {
        let n = match self.footnotes.iter().position(|l| l == label) {
            Some(i) => i + 1,
            None => {
                self.footnotes.push(label.to_string());
                self.footnotes.len()
            }
        };
        match u32::try_from(n).ok().filter(|n| *n <= 20) {
            Some(n) => char::from_u32(0x245F + n).map_or(format!("({n})"), String::from),
            None => format!("({n})"),
        }
    }

    /// Closes a link or image with its note's number; its address is the note.
    fn note(&mut self, t: TagEnd) {
        if t == TagEnd::Link {
            self.out.push_str("</span>");
        }
        let url = self.pending.take().unwrap_or_default();
        self.notes.push(url);
        self.out.push_str(&format!(
            "<sup style=\"{}\">[{}]</sup>",
            self.s.sup,
            self.notes.len()
        ));
    }

    fn embed(&mut self, n: usize) {
        let s = self.s;
        match self.body.embeds.get(n) {
            Some(Embed::Chart(c)) => {
                let name = format!("chart-{}.png", self.images.len() + 1);
                self.out.push_str(&format!(
                    "<section style=\"{}\"><img src=\"{name}\" alt=\"{}\" style=\"{}\"></section>",
                    s.figure,
                    escape(&c.title),
                    s.img
                ));
                self.images.push(Image {
                    name,
                    svg: images::chart(c, self.palette),
                    title: c.title.clone(),
                });
            }
            Some(Embed::Figures { title, figures }) => {
                self.out.push_str(&format!(
                    "<section style=\"{}\"><p style=\"{}\"><strong>{}</strong></p>",
                    s.cards,
                    s.p,
                    escape(title)
                ));
                for f in figures {
                    self.out.push_str(&format!(
                        "<p style=\"margin:0 0 10px;\"><span style=\"{}\">{}</span><br><strong style=\"{}\">{}</strong>",
                        s.card_label,
                        escape(&f.label),
                        s.card_value,
                        escape(&f.value)
                    ));
                    for more in [&f.note, &f.source].into_iter().filter(|x| !x.is_empty()) {
                        self.out.push_str(&format!(
                            "<br><span style=\"{}\">{}</span>",
                            s.card_label,
                            escape(more)
                        ));
                    }
                    self.out.push_str("</p>");
                }
                self.out.push_str("</section>");
            }
            None => {}
        }
    }
}

/// The text of a run of raw HTML, its tags dropped, and scripts and styles with their content.
fn text_of(html: &str) -> String {
    static TEXT_ONLY: std::sync::LazyLock<ammonia::Builder<'static>> =
        std::sync::LazyLock::new(|| {
            let mut b = ammonia::Builder::empty();
            b.clean_content_tags(std::collections::HashSet::from(["script", "style"]));
            b
        });
    TEXT_ONLY.clean(html).to_string()
}

/// `s` as HTML text or a quoted attribute's value.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_keeps_its_words_only() {
        let t = text_of("<div class=\"x\" onclick=\"f()\">产业<b>扶贫</b></div><script>alert(1)</script><style>p{}</style>");
        assert_eq!(t, "产业扶贫");
    }
}
