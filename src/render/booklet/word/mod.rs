//! The editable Word file beside each PDF: `booklet/<id>.docx` beside a region's briefing
//! and `booklet/booklet.docx` beside the booklet, written with docx-rs from the same
//! gathered sections (figures, drawn charts, tables, resolved stories) as the PDF, never
//! from its Typst text.
//!
//! Word's own heading styles carry the headings (the navigation pane lists them), tables
//! are Word tables, charts are PNG pictures at print resolution with their description
//! as alt text, and the page set-up, fonts and footers follow the PDF's form ([`form`]).

mod blocks;
mod documents;
mod faces;
pub mod form;
mod front;
mod masthead;
mod pack;
mod story;

pub(super) use documents::booklet_docx;
pub use documents::briefing_docx;

use super::document::Words;
use super::{Section, MAX_STORY_BYTES};
use crate::compute::draw::DrawnChart;
use crate::compute::story::ResolvedStory;
use crate::compute::summary::KeyFigure;
use crate::compute::table::DataTable;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::messages::catalog::output;
use crate::model::i18n::Ui;
use crate::model::site_config::StoryMode;
use crate::model::{Site, Story};
use docx_rs::{
    AlignmentType, BorderType, Docx, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, Table, TableCell, TableRow, WidthType,
};
use form::{styled, Look};
use pack::Ids;

/// Print resolution of chart pictures, dots per inch at the width they are shown.
const DPI: f64 = 300.0;

/// EMUs (the unit of Word's drawings) in a millimetre.
const EMU_PER_MM: f64 = 36_000.0;

/// One Word document being written, in the order the PDF prints its parts.
pub(super) struct Word<'a> {
    site: &'a Site,
    ui: &'a Ui<'a>,
    words: &'a Words<'a>,
    look: Look,
    docx: Docx,
    ids: Ids,
    /// Charts and pictures so far (图 1, 图 2 …).
    figures: usize,
    /// Tables so far (表 1 …).
    tables: usize,
    /// The 简报's numbers in effect: parts of the section (一、), stories of the part
    /// （一）, a story's headings 1. and （1）.
    numbers: [usize; 4],
}

impl<'a> Word<'a> {
    /// An empty document in `look`.
    pub fn new(site: &'a Site, ui: &'a Ui<'a>, words: &'a Words<'a>, look: Look) -> Self {
        let mut ids = Ids::default();
        let docx = look.apply(Docx::new(), &mut ids, words.page);
        Word {
            site,
            ui,
            words,
            look,
            docx,
            ids,
            figures: 0,
            tables: 0,
            numbers: [0; 4],
        }
    }

    fn push(&mut self, p: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(p);
    }

    fn push_table(&mut self, t: Table) {
        self.docx = std::mem::take(&mut self.docx).add_table(t);
    }

    /// A paragraph of `style` holding `text`.
    fn text(&mut self, style: &str, text: &str) -> Paragraph {
        styled(&mut self.ids, style).add_run(Run::new().add_text(text))
    }

    /// A heading at `level` (1-based; Word has nine, the form styles six).
    pub fn heading(&mut self, level: usize, text: &str) {
        let level = level.clamp(1, 6);
        let p = self.text(&format!("Heading{level}"), text).keep_next(true);
        self.push(p);
    }

    /// The document's title, centred (a briefing's region, the site's title).
    pub fn title(&mut self, text: &str) {
        let p = self.text("Title", text).keep_next(true);
        self.push(p);
    }

    /// A body paragraph, first line indented two characters.
    pub fn body(&mut self, text: &str) {
        let p = self.text("BodyText", text);
        self.push(p);
    }

    /// A small line: a source, a note, a story's date line.
    pub fn note(&mut self, text: &str) {
        let p = self.text("Source", text);
        self.push(p);
    }

    /// The line under a section's title: its full name and level.
    pub fn lead(&mut self, text: &str) {
        let p = self.text("Lead", text);
        self.push(p);
    }

    /// A part of a section at `level` (主要数据, 数据表 …): 一、 and on in the 简报.
    pub fn part(&mut self, level: usize, title: &str) {
        if self.look.jianbao {
            self.numbers[0] += 1;
            self.numbers[1] = 0;
            let n = chinese(self.numbers[0]);
            self.heading(level, &format!("{n}、{title}"));
        } else {
            self.heading(level, title);
        }
    }

    /// A story's title at `level`: （一） and on within its part in the 简报.
    pub fn story_title(&mut self, level: usize, title: &str) {
        self.numbers[2] = 0;
        if self.look.jianbao {
            self.numbers[1] += 1;
            let n = chinese(self.numbers[1]);
            self.heading(level, &format!("（{n}）{title}"));
        } else {
            self.heading(level, title);
        }
    }

    /// The number before a story's own heading of depth `n` (1. then （1）) in the 简报.
    fn story_heading_number(&mut self, n: usize) -> String {
        if !self.look.jianbao {
            return String::new();
        }
        match n {
            1 => {
                self.numbers[2] += 1;
                self.numbers[3] = 0;
                format!("{}.", self.numbers[2])
            }
            2 => {
                self.numbers[3] += 1;
                format!("（{}）", self.numbers[3])
            }
            _ => String::new(),
        }
    }

    /// Page break before the next paragraph.
    pub fn page_break(&mut self) {
        let p = self
            .ids
            .paragraph()
            .add_run(Run::new().add_break(docx_rs::BreakType::Page));
        self.push(p);
    }

    /// A red rule across the text block, as under the 报头 and over the 报尾.
    pub fn rule(&mut self, color: &str, eighths: usize) {
        let mut p = self.ids.paragraph().style("Caption");
        p.property.borders = Some(
            ParagraphBorders::with_empty().set(
                ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                    .val(BorderType::Single)
                    .size(eighths)
                    .space(1)
                    .color(color),
            ),
        );
        self.push(p);
    }

    /// One region's section, in the PDF's order: heading, figures, charts, roll-up,
    /// tables, stories, source. `top` is the heading level of the section itself.
    pub fn section(&mut self, s: &Section<'_>, top: usize, diags: &mut Diagnostics) {
        let (site, ui) = (self.site, self.ui);
        let r = site.region(s.region);
        if top == 0 {
            self.title(&r.name);
        } else {
            self.heading(top, &r.name);
        }
        // Each section numbers its parts afresh.
        self.numbers = [0; 4];
        if !s.lead.is_empty() {
            self.lead(&s.lead);
        }
        if !s.figures.is_empty() {
            self.part(top + 1, ui.key_figures);
            self.figures(&s.figures);
        }
        for d in &s.charts {
            self.chart(d, diags);
        }
        if !s.rollup.is_empty() || !s.child_charts.is_empty() {
            self.part(top + 1, ui.rollup);
            self.note(if s.own_figures {
                ui.rollup_note_mixed
            } else {
                ui.rollup_note
            });
            self.figures(&s.rollup);
            for d in &s.child_charts {
                self.chart(d, diags);
            }
        }
        if !s.tables.is_empty() {
            self.part(top + 1, ui.tables);
            for t in &s.tables {
                self.table(t);
            }
        }
        if !s.stories.is_empty() {
            self.part(top + 1, self.words.stories);
            self.stories(&s.stories, top + 2, diags);
        }
        if !s.source.is_empty() {
            self.note(&format!("{}：{}", self.words.source, s.source));
        }
    }

    /// Stories in full or as summaries, per `booklet.stories`, their titles at `level`.
    pub fn stories(
        &mut self,
        stories: &[(&Story, Option<&ResolvedStory>)],
        level: usize,
        diags: &mut Diagnostics,
    ) {
        for (st, resolved) in stories {
            self.story_title(level, &st.meta.title);
            let meta = super::story_meta(st, self.words);
            if !meta.is_empty() {
                self.note(&meta);
            }
            match (self.site.config.booklet.stories, resolved) {
                (StoryMode::Full, Some(body)) if st.body().len() <= MAX_STORY_BYTES => {
                    self.story_body(body, level, diags);
                }
                // The PDF's writer has warned of a story too long to print in full.
                _ => {
                    if let Some(s) = &st.meta.summary {
                        self.body(s);
                    }
                }
            }
        }
    }

    /// The finished file `path`, dated `ymd`; a failure is reported, not a panic.
    pub fn finish(
        self,
        path: &str,
        ymd: (i32, u8, u8),
        diags: &mut Diagnostics,
    ) -> Option<crate::render::OutputFile> {
        let created = format!("{:04}-{:02}-{:02}T00:00:00Z", ymd.0, ymd.1, ymd.2);
        let fonts = self.look.faces.table();
        match pack::finish(self.docx, self.ids, &created, &fonts) {
            Ok(bytes) => Some(crate::render::OutputFile {
                path: std::path::PathBuf::from(path),
                bytes: bytes.into(),
            }),
            Err(e) => {
                diags.push(
                    Diagnostic::general(output::docx_failed(path, e))
                        .hint(output::docx_failed_hint()),
                );
                None
            }
        }
    }
}

/// `n` in Chinese numerals as 一、 and （一） count: 一 … 十, 十一 … 九十九, then digits.
fn chinese(n: usize) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", if n > 10 { DIGITS[n % 10] } else { "" }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n % 10]
            }
        ),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::chinese;

    #[test]
    fn parts_count_in_chinese_numerals() {
        let got: Vec<String> = [1, 2, 9, 10, 11, 19, 20, 21, 99].map(chinese).to_vec();
        assert_eq!(
            got,
            [
                "一",
                "二",
                "九",
                "十",
                "十一",
                "十九",
                "二十",
                "二十一",
                "九十九"
            ]
        );
    }
}
