//! Text and Markdown into Typst markup. A story is data, never code: every ASCII
//! punctuation character is escaped, so `#`, `$`, `*`, `_`, `@`, `<`, `[`, `\`, `//` and
//! `https://` all print as written.

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
use std::collections::HashMap;

/// Private-use marker around a footnote label while a story is converted.
const NOTE_MARK: char = '\u{E001}';

/// Text as Typst markup that prints exactly `s`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            // Our own markers must never come from the text.
            '\u{E000}' | '\u{E001}' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A Typst string literal holding `s`.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a Markdown image resolved to: a virtual file path for `#image`, or nothing.
pub type ImageResolver<'a> = dyn FnMut(&str) -> Option<String> + 'a;

/// Converts a resolved story's events into Typst markup.
///
/// Embeds appear as `Event::Html` holding `compute::story::embed_token(n)`; `embeds[n]` is the
/// markup put there. Story headings become `#story-heading(level)[…]` (defined by the
/// document), kept out of the contents and bookmarks.
pub fn story_markup(
    events: &[Event<'_>],
    embeds: &[String],
    images: &mut ImageResolver<'_>,
    text_seen: &mut String,
) -> String {
    let mut w = Writer {
        out: String::new(),
        stack: Vec::new(),
        notes: HashMap::new(),
        note_target: None,
        text_seen,
        images,
        in_code: false,
        last_cjk: false,
        heading: 0,
    };
    for e in events {
        w.event(e, embeds);
    }
    let main = std::mem::take(&mut w.out);
    resolve_notes(&main, &w.notes)
}

/// Replaces footnote markers by `#footnote[…]` with the definition's markup.
fn resolve_notes(text: &str, notes: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(a) = rest.find(NOTE_MARK) {
        out.push_str(&rest[..a]);
        let after = &rest[a + NOTE_MARK.len_utf8()..];
        let Some(b) = after.find(NOTE_MARK) else {
            rest = after;
            break;
        };
        let label = &after[..b];
        match notes.get(label) {
            Some(def) => out.push_str(&format!("#footnote[{}]", def.trim())),
            None => out.push_str(&format!("\\[{}\\]", escape(label))),
        }
        rest = &after[b + NOTE_MARK.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// An open Markdown container and the markup collected for it.
enum Open {
    /// Collects into `out` directly.
    Plain,
    /// A link to this address.
    Link(String),
    /// An image at this address.
    Image(String),
    /// A list: items collected separately.
    List {
        start: Option<u64>,
        items: Vec<String>,
    },
    /// A table: rows of cells.
    Table {
        aligns: Vec<pulldown_cmark::Alignment>,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        in_head: bool,
    },
}

struct Writer<'w, 'i> {
    out: String,
    /// Open containers, each with the length of `out` where its content began.
    stack: Vec<(Open, usize)>,
    notes: HashMap<String, String>,
    note_target: Option<(String, usize)>,
    text_seen: &'w mut String,
    images: &'w mut ImageResolver<'i>,
    in_code: bool,
    last_cjk: bool,
    /// The last heading's level (0 before any): a heading goes at most one deeper, as
    /// tagged PDF (PDF/UA) requires.
    heading: usize,
}

impl Writer<'_, '_> {
    fn text(&mut self, t: &str) {
        self.text_seen.push_str(t);
        self.text_seen.push('\n');
        self.out.push_str(&escape(t));
        if let Some(c) = t.chars().last() {
            self.last_cjk = !c.is_ascii();
        }
    }

    /// Takes the markup written since `from` (a container's start).
    fn take(&mut self, from: usize) -> String {
        self.out.split_off(from.min(self.out.len()))
    }

    fn event(&mut self, e: &Event<'_>, embeds: &[String]) {
        match e {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                if self.in_code {
                    self.out.push_str(t);
                } else {
                    self.text(t);
                }
            }
            Event::Code(t) => {
                self.text_seen.push_str(t);
                self.out.push_str(&format!("#raw({})", string(t)));
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                let h = h.as_ref();
                if let Some(n) = crate::compute::story::embed_index(h) {
                    if let Some(m) = embeds.get(n) {
                        self.out.push_str("\n\n");
                        self.out.push_str(m);
                        self.out.push_str("\n\n");
                    }
                } else {
                    // Raw HTML let through by `unsafe_html`: print its text, not its tags.
                    self.text(&strip_tags(h));
                }
            }
            Event::SoftBreak => {
                // A line break inside a Chinese paragraph is no space.
                if !self.last_cjk {
                    self.out.push(' ');
                }
            }
            Event::HardBreak => self.out.push_str("#linebreak()"),
            Event::Rule => self
                .out
                .push_str("\n\n#line(length: 100%, stroke: 0.5pt + luma(170))\n\n"),
            Event::FootnoteReference(label) => {
                self.out.push(NOTE_MARK);
                self.out.push_str(&label.replace(NOTE_MARK, ""));
                self.out.push(NOTE_MARK);
            }
            Event::TaskListMarker(done) => self.out.push_str(if *done { "☑ " } else { "☐ " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        let at = self.out.len();
        match tag {
            Tag::Paragraph => self.out.push_str("\n\n"),
            Tag::Heading { .. } => self.stack.push((Open::Plain, at)),
            Tag::BlockQuote(_) => self.stack.push((Open::Plain, at)),
            Tag::CodeBlock(_) => {
                self.in_code = true;
                self.stack.push((Open::Plain, at));
            }
            Tag::List(start) => self.stack.push((
                Open::List {
                    start: *start,
                    items: Vec::new(),
                },
                at,
            )),
            Tag::Item => self.stack.push((Open::Plain, at)),
            Tag::FootnoteDefinition(label) => {
                self.note_target = Some((label.to_string(), at));
            }
            Tag::Table(aligns) => self.stack.push((
                Open::Table {
                    aligns: aligns.clone(),
                    head: Vec::new(),
                    rows: Vec::new(),
                    in_head: false,
                },
                at,
            )),
            Tag::TableHead => {
                if let Some((Open::Table { in_head, .. }, _)) = self.stack.last_mut() {
                    *in_head = true;
                }
            }
            Tag::TableRow => {
                if let Some((Open::Table { rows, .. }, _)) = self.stack.last_mut() {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => self.stack.push((Open::Plain, at)),
            Tag::Emphasis => self.stack.push((Open::Plain, at)),
            Tag::Strong => self.stack.push((Open::Plain, at)),
            Tag::Strikethrough => self.stack.push((Open::Plain, at)),
            Tag::Link { dest_url, .. } => self.stack.push((Open::Link(dest_url.to_string()), at)),
            Tag::Image { dest_url, .. } => self.stack.push((Open::Image(dest_url.to_string()), at)),
            _ => self.stack.push((Open::Plain, at)),
        }
    }

    fn end(&mut self, tag: &TagEnd) {
        match tag {
            TagEnd::Paragraph => self.out.push_str("\n\n"),
            TagEnd::FootnoteDefinition => {
                if let Some((label, at)) = self.note_target.take() {
                    let body = self.take(at);
                    self.notes.insert(label, body);
                }
            }
            TagEnd::TableHead => {
                if let Some((Open::Table { in_head, .. }, _)) = self.stack.last_mut() {
                    *in_head = false;
                }
            }
            TagEnd::TableRow => {}
            _ => self.close(tag),
        }
    }

    fn close(&mut self, tag: &TagEnd) {
        let Some((open, at)) = self.stack.pop() else {
            return;
        };
        let body = self.take(at);
        match (open, tag) {
            (Open::Plain, TagEnd::Heading(level)) => {
                let n: usize = match level {
                    HeadingLevel::H1 | HeadingLevel::H2 => 1,
                    HeadingLevel::H3 => 2,
                    _ => 3,
                };
                let n = n.min(self.heading + 1);
                self.heading = n;
                self.out
                    .push_str(&format!("\n\n#story-heading({n})[{}]\n\n", body.trim()));
            }
            (Open::Plain, TagEnd::BlockQuote(_)) => {
                self.out
                    .push_str(&format!("\n\n#quote(block: true)[{}]\n\n", body.trim()));
            }
            (Open::Plain, TagEnd::CodeBlock) => {
                self.in_code = false;
                self.text_seen.push_str(&body);
                self.out.push_str(&format!(
                    "\n\n#raw(block: true, {})\n\n",
                    string(body.trim_end_matches('\n'))
                ));
            }
            (Open::Plain, TagEnd::Item) => {
                if let Some((Open::List { items, .. }, _)) = self.stack.last_mut() {
                    items.push(body.trim().to_string());
                }
            }
            (Open::List { start, items }, TagEnd::List(_)) => {
                let args: Vec<String> = items.iter().map(|i| format!("[{i}]")).collect();
                let call = match start {
                    Some(n) => format!("#enum(start: {n}, {})", args.join(", ")),
                    None => format!("#list({})", args.join(", ")),
                };
                self.out.push_str(&format!("\n\n{call}\n\n"));
            }
            (Open::Plain, TagEnd::TableCell) => {
                if let Some((
                    Open::Table {
                        head,
                        rows,
                        in_head,
                        ..
                    },
                    _,
                )) = self.stack.last_mut()
                {
                    let cell = format!("[{}]", body.trim());
                    if *in_head {
                        head.push(cell);
                    } else if let Some(r) = rows.last_mut() {
                        r.push(cell);
                    }
                }
            }
            (
                Open::Table {
                    aligns, head, rows, ..
                },
                TagEnd::Table,
            ) => {
                let n = aligns.len().max(1);
                let align: Vec<&str> = aligns
                    .iter()
                    .map(|a| match a {
                        pulldown_cmark::Alignment::Right => "right",
                        pulldown_cmark::Alignment::Center => "center",
                        _ => "left",
                    })
                    .collect();
                let mut cells = Vec::new();
                if !head.is_empty() {
                    cells.push(format!("table.header({})", head.join(", ")));
                }
                for r in rows {
                    let mut r = r;
                    r.resize(n, "[]".into());
                    cells.extend(r);
                }
                self.out.push_str(&format!(
                    "\n\n#story-table(({}), {})\n\n",
                    if align.is_empty() {
                        "left,".to_string()
                    } else {
                        format!("{},", align.join(", "))
                    },
                    cells.join(", ")
                ));
            }
            (Open::Plain, TagEnd::Emphasis) => self.out.push_str(&format!("#emph[{body}]")),
            (Open::Plain, TagEnd::Strong) => self.out.push_str(&format!("#strong[{body}]")),
            (Open::Plain, TagEnd::Strikethrough) => self.out.push_str(&format!("#strike[{body}]")),
            (Open::Link(url), TagEnd::Link) => {
                self.out.push_str(&body);
                // On paper only a full address can be followed; page links are left as text.
                if url.starts_with("http://") || url.starts_with("https://") {
                    self.text_seen.push_str(&url);
                    self.out.push_str(&format!("#link-note({})", string(&url)));
                }
            }
            (Open::Image(url), TagEnd::Image) => match (self.images)(&url) {
                Some(path) => self.out.push_str(&format!(
                    "\n\n#story-image({}, [{}])\n\n",
                    string(&path),
                    body.trim()
                )),
                None => self.out.push_str(&body),
            },
            (_, _) => self.out.push_str(&body),
        }
    }
}

/// Text of an HTML fragment, tags removed.
pub(super) fn strip_tags(h: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in h.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn convert(md: &str) -> String {
        let events: Vec<Event<'_>> = Parser::new_ext(
            md,
            Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH,
        )
        .collect();
        let mut seen = String::new();
        story_markup(&events, &[], &mut |_| None, &mut seen)
    }

    #[test]
    fn every_special_character_is_escaped() {
        let e = escape("#let x = 1 $a$ *b* _c_ @ref <lab> [x] \\ `c` // https://a.b ~ 1. - + =");
        // Every punctuation character is preceded by a backslash that is not itself escaped.
        let mut chars = e.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                assert!(
                    chars.next().is_some_and(|n| n.is_ascii_punctuation()),
                    "{e}"
                );
            } else {
                assert!(!c.is_ascii_punctuation(), "{c} unescaped in {e}");
            }
        }
        assert!(e.contains("\\#let"));
        assert!(e.contains("\\\\"));
        assert_eq!(escape("8231万元"), "8231万元");
    }

    #[test]
    fn markdown_structures_become_calls() {
        let t = convert(
            "# 标题\n\n正文**重点**和*强调*。\n\n- 一\n- 二\n\n> 引文\n\n|a|b|\n|-|-:|\n|1|2|\n",
        );
        assert!(t.contains("#story-heading(1)[标题]"), "{t}");
        assert!(t.contains("#strong[重点]"), "{t}");
        assert!(t.contains("#emph[强调]"), "{t}");
        assert!(t.contains("#list([一], [二])"), "{t}");
        assert!(t.contains("#quote(block: true)[引文]"), "{t}");
        assert!(
            t.contains("#story-table((left, right,), table.header([a], [b]), [1], [2])"),
            "{t}"
        );
    }

    #[test]
    fn footnotes_are_placed_at_their_reference() {
        let t = convert("正文[^1]。\n\n[^1]: 注释内容\n");
        assert!(t.contains("#footnote[注释内容]"), "{t}");
    }

    #[test]
    fn chinese_soft_breaks_add_no_space() {
        let t = convert("第一行\n第二行\n");
        assert!(t.contains("第一行第二行"), "{t}");
    }
}
