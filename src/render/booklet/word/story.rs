//! A resolved story's Markdown events as Word paragraphs, headings, lists, tables and
//! pictures; its chart and figure blocks as the section's own charts and figure tables.

use super::*;
use crate::compute::story::Embed;
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

/// Inline formatting in effect.
#[derive(Default, Clone, Copy)]
struct Marks {
    bold: bool,
    italic: bool,
    strike: bool,
    code: bool,
}

/// A story being converted: the runs of the paragraph under way and where it stands.
#[derive(Default)]
struct Flow {
    runs: Vec<Run>,
    marks: Marks,
    /// Open lists: the next number of an ordered one.
    lists: Vec<Option<u64>>,
    /// Block quotes open.
    quotes: usize,
    /// Links open, with their addresses.
    links: Vec<String>,
    /// An image open: its address; its alt text collects in `runs`' text.
    image: Option<(String, String)>,
    /// A table open: rows of cells, each cell its runs.
    table: Option<Vec<Vec<Vec<Run>>>>,
    /// Footnote definitions, printed after the story: label and text.
    notes: Vec<(String, String)>,
    /// A footnote definition open: its label and text so far.
    note: Option<(String, String)>,
    /// The last heading's level within the story (a heading goes at most one deeper).
    heading: usize,
    /// The last text ended in a Chinese character (a soft break there is no space).
    last_cjk: bool,
}

impl Word<'_> {
    /// A story's body, its headings below `level` (the story title's).
    pub(super) fn story_body(
        &mut self,
        body: &ResolvedStory,
        level: usize,
        diags: &mut Diagnostics,
    ) {
        let mut f = Flow::default();
        for e in &body.events {
            self.event(&mut f, e, body, level, diags);
        }
        self.flush(&mut f, "BodyText");
        for (label, text) in std::mem::take(&mut f.notes) {
            self.note(&format!("[{label}] {}", text.trim()));
        }
    }

    fn event(
        &mut self,
        f: &mut Flow,
        e: &Event<'_>,
        body: &ResolvedStory,
        level: usize,
        diags: &mut Diagnostics,
    ) {
        match e {
            Event::Start(tag) => self.start(f, tag),
            Event::End(tag) => self.end(f, tag, level, diags),
            Event::Text(t) => self.inline(f, t),
            Event::Code(t) => {
                let marks = f.marks;
                f.marks.code = true;
                self.inline(f, t);
                f.marks = marks;
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                match crate::compute::story::embed_index(h) {
                    Some(n) => {
                        self.flush(f, "BodyText");
                        match body.embeds.get(n) {
                            Some(Embed::Chart(d)) => self.chart(d, diags),
                            // As the PDF prints it: a part of the section, then the figures.
                            Some(Embed::Figures { title, figures }) => {
                                self.part(level.saturating_sub(1).max(1), title);
                                self.figures(figures);
                            }
                            None => {}
                        }
                    }
                    // Raw HTML prints as written unless the site lets it through
                    // (`unsafe_html`); then its text prints, not its tags.
                    None if self.site.config.unsafe_html => {
                        self.inline(f, &super::super::markup::strip_tags(h));
                    }
                    None => self.inline(f, h),
                }
            }
            Event::SoftBreak => {
                if !f.last_cjk {
                    self.inline(f, " ");
                }
            }
            Event::HardBreak => f
                .runs
                .push(Run::new().add_break(docx_rs::BreakType::TextWrapping)),
            Event::Rule => self.flush(f, "BodyText"),
            Event::FootnoteReference(label) => self.inline(f, &format!("[{label}]")),
            Event::TaskListMarker(done) => self.inline(f, if *done { "☑ " } else { "☐ " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.inline(f, t),
        }
    }

    /// Text in the marks in effect, into the open image's alt text, footnote or paragraph.
    fn inline(&mut self, f: &mut Flow, t: &str) {
        if t.is_empty() {
            return;
        }
        f.last_cjk = t.chars().last().is_some_and(|c| !c.is_ascii());
        if let Some((_, alt)) = f.image.as_mut() {
            alt.push_str(t);
            return;
        }
        if let Some((_, text)) = f.note.as_mut() {
            text.push_str(t);
            return;
        }
        let mut run = Run::new().add_text(t);
        let m = f.marks;
        // The 简报 sets strong text in 黑体 and emphasis in 楷体, as its PDF does.
        let faces = &self.look.faces;
        if m.bold && self.look.jianbao {
            run = run.fonts(Look::fonts(&faces.hei));
        } else if m.bold {
            run = run.bold();
        }
        if m.italic && self.look.jianbao {
            run = run.fonts(Look::fonts(&faces.kai));
        } else if m.italic {
            run = run.italic();
        }
        if m.strike {
            run = run.strike();
        }
        if m.code {
            run = run.fonts(Look::fonts("Consolas").east_asia(self.look.faces.body.clone()));
        }
        f.runs.push(run);
    }

    fn start(&mut self, f: &mut Flow, tag: &Tag<'_>) {
        match tag {
            Tag::Heading { .. } | Tag::Paragraph | Tag::CodeBlock(_) => {}
            Tag::BlockQuote(_) => {
                self.flush(f, "BodyText");
                f.quotes += 1;
            }
            Tag::List(start) => {
                self.flush(f, "BodyText");
                f.lists.push(*start);
            }
            Tag::Item => {
                self.flush(f, "BodyText");
                let depth = f.lists.len().saturating_sub(1);
                let marker = match f.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => ["• ", "– ", "· "][depth % 3].to_string(),
                };
                f.runs.push(Run::new().add_text(marker));
            }
            Tag::FootnoteDefinition(label) => {
                self.flush(f, "BodyText");
                f.note = Some((label.to_string(), String::new()));
            }
            Tag::Table(_) => {
                self.flush(f, "BodyText");
                f.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(rows) = f.table.as_mut() {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => f.runs.clear(),
            Tag::Emphasis => f.marks.italic = true,
            Tag::Strong => f.marks.bold = true,
            Tag::Strikethrough => f.marks.strike = true,
            Tag::Link { dest_url, .. } => f.links.push(dest_url.to_string()),
            Tag::Image { dest_url, .. } => f.image = Some((dest_url.to_string(), String::new())),
            _ => {}
        }
    }

    fn end(&mut self, f: &mut Flow, tag: &TagEnd, level: usize, diags: &mut Diagnostics) {
        match tag {
            TagEnd::Paragraph if f.note.is_none() && f.table.is_none() => {
                let style = if f.quotes > 0 {
                    "Quotation"
                } else if !f.lists.is_empty() {
                    "Quote"
                } else {
                    "BodyText"
                };
                self.flush(f, style);
            }
            TagEnd::Heading(h) => {
                let n: usize = match h {
                    HeadingLevel::H1 | HeadingLevel::H2 => 1,
                    HeadingLevel::H3 => 2,
                    _ => 3,
                };
                let n = n.min(f.heading + 1);
                f.heading = n;
                let runs = std::mem::take(&mut f.runs);
                let mut p = styled(&mut self.ids, &format!("Heading{}", (level + n).min(6)))
                    .keep_next(true);
                let number = self.story_heading_number(n);
                if !number.is_empty() {
                    p = p.add_run(Run::new().add_text(number));
                }
                for r in runs {
                    p = p.add_run(r);
                }
                self.push(p);
            }
            TagEnd::CodeBlock | TagEnd::Item => self.flush(f, "Quote"),
            TagEnd::BlockQuote(_) => {
                self.flush(f, "Quotation");
                f.quotes = f.quotes.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush(f, "Quote");
                f.lists.pop();
            }
            TagEnd::FootnoteDefinition => {
                if let Some(n) = f.note.take() {
                    f.notes.push(n);
                }
            }
            TagEnd::TableCell => {
                let runs = std::mem::take(&mut f.runs);
                if let Some(row) = f.table.as_mut().and_then(|rows| rows.last_mut()) {
                    row.push(runs);
                }
            }
            TagEnd::Table => {
                if let Some(rows) = f.table.take() {
                    self.story_table(rows);
                }
            }
            TagEnd::Emphasis => f.marks.italic = false,
            TagEnd::Strong => f.marks.bold = false,
            TagEnd::Strikethrough => f.marks.strike = false,
            TagEnd::Link => {
                if let Some(url) = f.links.pop() {
                    // As the PDF prints it: the address after the text, in brackets.
                    if !url.starts_with('#') {
                        self.inline(f, &format!("（{url}）"));
                    }
                }
            }
            TagEnd::Image => {
                if let Some((url, alt)) = f.image.take() {
                    self.image(f, &url, &alt, diags);
                }
            }
            _ => {}
        }
    }

    /// The paragraph under way, if it has any text, in `style`.
    fn flush(&mut self, f: &mut Flow, style: &str) {
        if f.runs.is_empty() || f.table.is_some() {
            return;
        }
        let mut p = styled(&mut self.ids, style);
        for r in std::mem::take(&mut f.runs) {
            p = p.add_run(r);
        }
        self.push(p);
    }

    /// A story's Markdown table as a Word table, its first row the header.
    fn story_table(&mut self, rows: Vec<Vec<Vec<Run>>>) {
        let n = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let width = self.width_twips();
        let col = width / n as i32;
        let rows: Vec<TableRow> = rows
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|row| {
                let mut cells: Vec<TableCell> = row
                    .into_iter()
                    .map(|runs| {
                        let mut p = styled(&mut self.ids, "TableText");
                        for r in runs {
                            p = p.add_run(r);
                        }
                        TableCell::new()
                            .width(col as usize, WidthType::Dxa)
                            .add_paragraph(p)
                    })
                    .collect();
                while cells.len() < n {
                    let p = styled(&mut self.ids, "TableText");
                    cells.push(
                        TableCell::new()
                            .width(col as usize, WidthType::Dxa)
                            .add_paragraph(p),
                    );
                }
                TableRow::new(cells).cant_split()
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        let t = Table::new(rows)
            .set_grid(vec![col as usize; n])
            .width(width as usize, WidthType::Dxa);
        self.push_table(t);
        self.gap();
    }

    /// A story's picture: a PNG as it is, an SVG drawn at print resolution; any other
    /// (JPEG, GIF: docx-rs packs PNGs only) and a missing one print their alt text.
    fn image(&mut self, f: &mut Flow, url: &str, alt: &str, diags: &mut Diagnostics) {
        let found = super::super::typeset::story_image(self.site, url, diags);
        let png = found.and_then(|(path, bytes)| {
            if path.to_ascii_lowercase().ends_with(".png") {
                let size = crate::render::png::png_size(&bytes)?;
                Some((bytes, size))
            } else if path.to_ascii_lowercase().ends_with(".svg") {
                let r = crate::render::png::rasterize_at(&bytes, 2.0).ok()?;
                Some((r.png, (r.width, r.height)))
            } else {
                None
            }
        });
        let Some((bytes, (w, h))) = png else {
            self.inline(f, alt);
            return;
        };
        self.flush(f, "BodyText");
        // 80% of the text's width, as the PDF prints a story's picture.
        let w_mm = self.look.width_mm * 0.8;
        let h_mm = w_mm * f64::from(h.max(1)) / f64::from(w.max(1));
        let pic = self.ids.picture(
            bytes,
            (w, h),
            ((w_mm * EMU_PER_MM) as u32, (h_mm * EMU_PER_MM) as u32),
            alt,
        );
        let p = styled(&mut self.ids, "Caption")
            .keep_next(true)
            .add_run(Run::new().add_image(pic));
        self.push(p);
        if !alt.is_empty() {
            let p = self.text("Caption", alt);
            self.push(p);
        }
    }
}
