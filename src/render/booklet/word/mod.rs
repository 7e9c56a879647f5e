//! The editable Word file beside each PDF: `booklet/<id>.docx` beside a region's briefing
//! and `booklet/booklet.docx` beside the booklet, written with docx-rs from the same
//! gathered sections (figures, drawn charts, tables, resolved stories) as the PDF, never
//! from its Typst text.
//!
//! Word's own heading styles carry the headings (the navigation pane lists them), tables
//! are Word tables, charts are PNG pictures at print resolution with their description
//! as alt text, and the page set-up, fonts and footers follow the PDF's form ([`form`]).

mod documents;
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
        let docx = look.apply(Docx::new(), &mut ids);
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

    /// Key figures: in the 简报 as lines, 名称：数值（说明）, then their sources once each;
    /// in the report as a Word table, what and the figure at the left, note and source at
    /// the right.
    pub fn figures(&mut self, figures: &[KeyFigure]) {
        if figures.is_empty() {
            return;
        }
        if self.look.jianbao {
            let mut sources: Vec<&str> = Vec::new();
            for f in figures {
                let note = if f.note.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", f.note)
                };
                self.body(&format!("{}：{}{note}", f.label, f.value));
                if !f.source.is_empty() && !sources.contains(&f.source.as_str()) {
                    sources.push(&f.source);
                }
            }
            for s in sources {
                self.note(s);
            }
            return;
        }
        let width = self.width_twips();
        let cols = [width * 7 / 20, width - width * 7 / 20];
        let rows: Vec<TableRow> = figures
            .iter()
            .map(|f| {
                let about: Vec<&str> = [f.note.as_str(), f.source.as_str()]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect();
                let mut what = self.cell(&[&f.label], cols[0], false);
                let value = styled(&mut self.ids, "TableText")
                    .add_run(Run::new().add_text(&f.value).bold());
                what = what.add_paragraph(value);
                let cells = vec![what, self.cell(&about, cols[1], false)];
                TableRow::new(cells).cant_split()
            })
            .collect();
        let t = Table::new(rows)
            .set_grid(cols.iter().map(|c| *c as usize).collect())
            .width(width as usize, WidthType::Dxa);
        self.push_table(t);
        self.gap();
    }

    /// A table cell of paragraphs in the table style, `strong` for the figure itself.
    fn cell(&mut self, lines: &[&str], width: i32, strong: bool) -> TableCell {
        let mut cell = TableCell::new().width(width as usize, WidthType::Dxa);
        if lines.is_empty() {
            cell = cell.add_paragraph(styled(&mut self.ids, "TableText"));
        }
        for line in lines {
            let mut run = Run::new().add_text(*line);
            if strong && self.look.jianbao {
                run = run.fonts(Look::fonts(&self.look.faces.hei));
            } else if strong {
                run = run.bold();
            }
            cell = cell.add_paragraph(styled(&mut self.ids, "TableText").add_run(run));
        }
        cell
    }

    /// An empty line after a table or picture.
    fn gap(&mut self) {
        let p = styled(&mut self.ids, "TableText");
        self.push(p);
    }

    /// The text block's width in twips.
    fn width_twips(&self) -> i32 {
        form::twips(self.look.width_mm)
    }

    /// A chart: its picture at print resolution (alt text: its description and figures),
    /// the caption 图 n and its source line.
    pub fn chart(&mut self, d: &DrawnChart, diags: &mut Diagnostics) {
        let svg = crate::platform::exact_quarter_turns(&d.svg);
        let scale = (self.look.width_mm / 25.4 * DPI) / f64::from(crate::chart::WIDTH);
        let raster = match crate::render::png::rasterize_at(svg.as_bytes(), scale as f32) {
            Ok(r) => r,
            Err(e) => {
                let mut w = Diagnostic::general(output::docx_chart_failed(&d.stem, e.msg()));
                w.severity = Severity::Warning;
                diags.push(w);
                self.body(&alt_text(d));
                return;
            }
        };
        // As in the PDF: a little narrower than the text, and no taller than a third or so
        // of the text block, so two stack on a page.
        let (w_mm, h_mm) = self.chart_size(d.height);
        let alt = alt_text(d);
        let pic = self.ids.picture(
            raster.png,
            (raster.width, raster.height),
            ((w_mm * EMU_PER_MM) as u32, (h_mm * EMU_PER_MM) as u32),
            &alt,
        );
        let p = styled(&mut self.ids, "Caption")
            .keep_next(true)
            .add_run(Run::new().add_image(pic));
        self.push(p);
        self.figures += 1;
        let caption = format!("{}{}　{}", self.words.figure, self.figures, d.title);
        let p = self.text("Caption", &caption);
        self.push(p);
        if !d.table.source.is_empty() {
            self.note(&d.table.source.clone());
        }
    }

    /// A chart's shown size in mm, as the PDF sizes it.
    fn chart_size(&self, height_px: u32) -> (f64, f64) {
        let aspect = f64::from(height_px.max(1)) / f64::from(crate::chart::WIDTH);
        let (page_h, m) = (f64::from(self.look.page.1), self.look.margins);
        let text_h = (page_h - f64::from(m.0) - f64::from(m.2)) / 1440.0 * 25.4;
        let (w_share, h_share) = self.look.chart_box;
        let w = (self.look.width_mm * w_share).min(text_h * h_share / aspect);
        (w, w * aspect)
    }

    /// A data table as a Word table: caption 表 n above, header row repeated on each
    /// page, its source below.
    pub fn table(&mut self, t: &DataTable) {
        self.tables += 1;
        let caption = format!("{}{}　{}", self.words.table, self.tables, t.caption);
        let p = self.text("Caption", &caption).keep_next(true);
        self.push(p);
        let n = t.headers.len().max(1);
        let width = self.width_twips();
        let col = width / n as i32;
        let mut rows = Vec::with_capacity(t.rows.len() + 1);
        let header: Vec<TableCell> = t
            .headers
            .iter()
            .map(|h| self.cell(&[h], col, true))
            .collect();
        rows.push(TableRow::new(header).cant_split());
        for row in &t.rows {
            let cells: Vec<TableCell> = (0..n)
                .map(|i| {
                    let c = row.get(i).map(String::as_str).unwrap_or("");
                    let lines: Vec<&str> = if c.is_empty() { Vec::new() } else { vec![c] };
                    let mut cell = self.cell(&lines, col, false);
                    if t.numeric.get(i).copied().unwrap_or(false) && i > 0 {
                        cell = right_aligned(cell);
                    }
                    cell
                })
                .collect();
            rows.push(TableRow::new(cells).cant_split());
        }
        let table = Table::new(rows)
            .set_grid(vec![col as usize; n])
            .width(width as usize, WidthType::Dxa);
        self.push_table(table);
        if !t.source.is_empty() {
            self.note(&t.source.clone());
        } else {
            self.gap();
        }
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
                bytes,
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
            if n % 10 > 0 { DIGITS[n % 10] } else { "" }
        ),
        _ => n.to_string(),
    }
}

/// A chart's alt text: its description, then its figures, so the Word file holds every
/// figure the chart shows even to a screen reader.
fn alt_text(d: &DrawnChart) -> String {
    let about = if d.description.is_empty() {
        &d.title
    } else {
        &d.description
    };
    let rows: Vec<String> = d
        .table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .filter(|c| !c.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    if rows.is_empty() {
        about.clone()
    } else {
        format!("{about}（{}）", rows.join("；"))
    }
}

/// A cell whose paragraphs align right (a column of figures).
fn right_aligned(mut cell: TableCell) -> TableCell {
    for child in &mut cell.children {
        if let docx_rs::TableCellContent::Paragraph(p) = child {
            p.property = std::mem::take(&mut p.property).align(AlignmentType::Right);
        }
    }
    cell
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
