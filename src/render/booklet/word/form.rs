//! The Word file's page set-up and styles: one [`Look`] per form, turned into Word's own
//! paragraph styles (Normal, Title, heading 1 … heading 6, Caption, Footer), the section's
//! page and grid, and the footers with their PAGE fields.
//!
//! The 简报 form is GB/T 9704-2012's: A4, text block 156 × 225 mm (top 37, left 28, right
//! 26, bottom 35 mm), body 3号 (16 pt) 仿宋 on a grid of 22 lines of 28 characters,
//! headings 一、（一）1.（1） in 黑体, 楷体, 仿宋, 仿宋, page numbers "— 1 —" in 4号 宋体,
//! odd pages right, even pages left.

pub use super::faces::Faces;
use crate::model::briefing::PAGE;
use crate::model::site_config::{BookletConfig, Paper};
use docx_rs::{
    AlignmentType, DocGrid, DocGridType, Docx, Footer, LineSpacing, LineSpacingType, NumPages,
    PageMargin, PageNum, Paragraph, Run, RunFonts, SpecialIndentType, Style, StyleType,
};

/// Twentieths of a point in a millimetre.
const TWIPS_PER_MM: f64 = 1440.0 / 25.4;

/// Millimetres as twips, rounded.
pub fn twips(mm: f64) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

/// How one form looks in Word: page, type sizes (half-points), fonts, footer.
#[derive(Debug, Clone)]
pub struct Look {
    /// Page width and height, twips.
    pub page: (u32, u32),
    /// Margins top, right, bottom, left; footer distance; twips.
    pub margins: (i32, i32, i32, i32, i32),
    /// The body's size, half-points.
    pub body: usize,
    /// Exact line pitch of the body, twips (the grid's line pitch too).
    pub line: i32,
    /// Characters a line holds on the grid, when the form has one.
    pub grid_chars: Option<u32>,
    /// Heading sizes, levels 1 … 6, half-points.
    pub headings: [usize; 6],
    /// The title's size (a briefing's region name, the site title), half-points.
    pub title: usize,
    /// The page number's size, half-points.
    pub number: usize,
    /// Fonts by role.
    pub faces: Faces,
    /// Heading colour (hex), none for black.
    pub accent: Option<&'static str>,
    /// The 简报 form: parts, stories and their headings numbered 一、（一）1.（1）, key
    /// figures as lines, page numbers "— 1 —" outside (odd right, even left). Else the
    /// report's: plain headings, figures in a table, page numbers centred.
    pub jianbao: bool,
    /// The largest chart picture: shares of the text block's width and height.
    pub chart_box: (f64, f64),
    /// Text-block width, mm (pictures are sized to it).
    pub width_mm: f64,
}

/// The red of the 报头, its rule and the report form's headings.
pub const RED: &str = "E60012";

impl Look {
    /// GB/T 9704's 简报: fonts by name, the site's own names first (`booklet.fonts`).
    pub fn jianbao(faces: Faces) -> Look {
        let p = PAGE;
        let right = p.paper.0 - p.binding - p.block.0;
        let bottom = p.paper.1 - p.top - p.block.1;
        // The footer's line starts `number_below` under the block: Word measures from the
        // page's edge to the line's foot, a 4号 line (its em) lower.
        let footer = bottom - p.number_below - p.number_pt * 25.4 / 72.0;
        let half_points = |pt: f64| (pt * 2.0).round() as usize;
        Look {
            page: (twips(p.paper.0) as u32, twips(p.paper.1) as u32),
            margins: (
                twips(p.top),
                twips(right),
                twips(bottom),
                twips(p.binding),
                twips(footer),
            ),
            body: half_points(p.body_pt),
            // 225 mm in 22 lines: 28.95 pt a line.
            line: (p.block.1 / p.lines as f64 * TWIPS_PER_MM).floor() as i32,
            grid_chars: Some(p.chars as u32),
            headings: [half_points(p.body_pt); 6],
            title: half_points(p.title_pt),
            number: half_points(p.number_pt),
            faces,
            accent: None,
            jianbao: true,
            // As the 简报 PDF sizes its charts.
            chart_box: (0.9, 0.32),
            width_mm: p.block.0,
        }
    }

    /// The report form of the booklet: its paper and margins, small type, red headings.
    pub fn report(cfg: &BookletConfig, faces: Faces) -> Look {
        let m = cfg.margins();
        let (w, h, body) = match cfg.paper {
            Paper::A4 => (210.0, 297.0, 21),
            Paper::A5 => (148.0, 210.0, 19),
        };
        Look {
            page: (twips(w) as u32, twips(h) as u32),
            margins: (
                twips(m.top),
                twips(m.outside),
                twips(m.bottom),
                twips(m.inside),
                twips((m.bottom * 0.5).max(8.0)),
            ),
            body,
            line: (body as f64 * 10.0 * 1.6) as i32,
            grid_chars: None,
            headings: [40, 32, 28, 24, 23, 22],
            title: 60,
            number: 17,
            faces,
            accent: Some(RED),
            jianbao: false,
            chart_box: (0.88, 0.38),
            width_mm: w - m.inside - m.outside,
        }
    }

    /// The body's characters condensed so `chars` fit a line, in twentieths of a point:
    /// 156 mm in 28 characters is 15.79 pt a character, 0.21 pt under 3号 (rounded
    /// up, so the 28th still fits).
    fn condensed(&self, chars: u32) -> i32 {
        let width_pt = self.width_mm / 25.4 * 72.0;
        let pitch = width_pt / f64::from(chars);
        ((pitch - self.body as f64 / 2.0) * 20.0).floor() as i32
    }

    /// `jianbao` half-points in the 简报, the body less 4 in the report.
    fn small(&self, jianbao: usize) -> usize {
        if self.jianbao {
            jianbao
        } else {
            self.body.saturating_sub(4).max(15)
        }
    }

    /// Single spacing, off the grid.
    fn auto(&self) -> LineSpacing {
        LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(if self.jianbao { 264 } else { 240 })
    }

    /// Fonts of one family for Chinese and Latin alike.
    pub fn fonts(family: &str) -> RunFonts {
        RunFonts::new()
            .east_asia(family)
            .ascii(family)
            .hi_ansi(family)
            .cs(family)
    }

    /// The font of heading level `level` (1-based).
    fn heading_face(&self, level: usize) -> &str {
        match (self.jianbao, level) {
            (true, 1) => &self.faces.hei,
            (true, 2) => &self.faces.kai,
            (true, _) => &self.faces.body,
            (false, _) => &self.faces.hei,
        }
    }

    /// Exact line spacing of `lines` body lines.
    fn exact(&self, lines: f64) -> LineSpacing {
        LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line((f64::from(self.line) * lines).round() as i32)
    }

    /// The styles, page set-up, grid and footers, on an empty document; `page` is the
    /// report's words around its page number and their total (`第 `, ` 页 / 共 `, ` 页`).
    pub fn apply(&self, docx: Docx, ids: &mut super::pack::Ids, page: (&str, &str, &str)) -> Docx {
        let (top, right, bottom, left, footer) = self.margins;
        let mut docx = docx
            .page_size(self.page.0, self.page.1)
            .page_margin(
                PageMargin::new()
                    .top(top)
                    .right(right)
                    .bottom(bottom)
                    .left(left)
                    .header(twips(15.0))
                    .footer(footer)
                    .gutter(0),
            )
            .default_fonts(Look::fonts(&self.faces.body))
            .default_size(self.body);
        // The grid's 22 lines are Word's line grid; its 28 characters are the body
        // condensed to fit (see `styles`): LibreOffice lays a character grid out at 18
        // characters a line where Word and WPS fit 28, and both honour the spacing.
        if self.grid_chars.is_some() {
            let grid = DocGrid::new()
                .grid_type(DocGridType::Lines)
                .line_pitch(self.line as usize);
            docx.document = docx.document.doc_grid(grid);
        }
        for style in self.styles() {
            docx = docx.add_style(style);
        }
        let number = |align: AlignmentType, ids: &mut super::pack::Ids| {
            let p = ids.paragraph().style("Footer").align(align);
            let p = if self.jianbao {
                p.add_run(Run::new().add_text("— "))
                    .add_page_num(PageNum::new())
                    .add_run(Run::new().add_text(" —"))
            } else {
                p.add_run(Run::new().add_text(page.0))
                    .add_page_num(PageNum::new())
                    .add_run(Run::new().add_text(page.1))
                    .add_num_pages(NumPages::new())
                    .add_run(Run::new().add_text(page.2))
            };
            Footer::new().add_paragraph(p)
        };
        if self.jianbao {
            docx.footer(number(AlignmentType::Right, ids))
                .even_footer(number(AlignmentType::Left, ids))
        } else {
            docx.footer(number(AlignmentType::Center, ids))
        }
    }

    /// Word's built-in style names, so the navigation pane and the style gallery know
    /// them, formatted per the form.
    fn styles(&self) -> Vec<Style> {
        let body = &self.faces.body;
        let mut normal = Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .fonts(Look::fonts(body))
            .size(self.body)
            .line_spacing(self.exact(1.0))
            .align(AlignmentType::Both);
        if let Some(chars) = self.grid_chars {
            normal.run_property =
                std::mem::take(&mut normal.run_property).spacing(self.condensed(chars));
        }
        let mut styles = vec![
            normal,
            indent_two(
                Style::new("BodyText", StyleType::Paragraph)
                    .name("Body Text")
                    .based_on("Normal")
                    .q_format(true),
                self.body,
            ),
            // A list item, a line of the 报头: no first-line indent of its own.
            Style::new("Quote", StyleType::Paragraph)
                .name("List Paragraph")
                .based_on("Normal")
                .q_format(true),
            // A quotation: two characters in, in 楷体 in the 简报.
            indent_left(
                Style::new("Quotation", StyleType::Paragraph)
                    .name("Quote")
                    .based_on("Normal")
                    .q_format(true)
                    .fonts(Look::fonts(if self.jianbao {
                        &self.faces.kai
                    } else {
                        body
                    })),
                self.body,
            ),
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("BodyText")
                .q_format(true)
                .fonts(Look::fonts(&self.faces.title))
                .size(self.title)
                .line_spacing(self.exact(if self.jianbao { 1.5 } else { 2.0 }))
                .align(AlignmentType::Center)
                .outline_lvl(0),
            // 图1　… and 表1　…: 黑体 4号 in the 简报.
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .q_format(true)
                .fonts(Look::fonts(if self.jianbao {
                    &self.faces.hei
                } else {
                    body
                }))
                .size(self.small(28))
                .snap_to_grid(false)
                .line_spacing(self.auto())
                .align(AlignmentType::Center),
            // Sources, notes and a story's date line: 楷体 小四 in the 简报.
            Style::new("Source", StyleType::Paragraph)
                .name("Source Line")
                .based_on("Normal")
                .fonts(Look::fonts(if self.jianbao {
                    &self.faces.kai
                } else {
                    body
                }))
                .size(self.small(24))
                // Off the line grid: small type spread to the body's pitch reads badly.
                .snap_to_grid(false)
                .line_spacing(self.auto())
                .align(AlignmentType::Left),
            // The line under a section's title (full name, level).
            Style::new("Lead", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .fonts(Look::fonts(if self.jianbao {
                    &self.faces.kai
                } else {
                    body
                }))
                .align(if self.jianbao {
                    AlignmentType::Center
                } else {
                    AlignmentType::Left
                }),
            // The 报尾's lines: 4号, close together; not indented, so the rules that a
            // paragraph's borders draw span the text block, as GB/T 9704's do.
            Style::new("Tail", StyleType::Paragraph)
                .name("Distribution")
                .based_on("Normal")
                .size(self.number)
                .snap_to_grid(false)
                .line_spacing(self.auto().before(60).after(60)),
            Style::new("Footer", StyleType::Paragraph)
                .name("footer")
                .based_on("Normal")
                .fonts(Look::fonts(&self.faces.song))
                .size(self.number)
                .snap_to_grid(false)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240),
                ),
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(if self.jianbao { 24 } else { 17 })
                .snap_to_grid(false)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240),
                )
                .align(AlignmentType::Left),
        ];
        for level in 1..=6 {
            let mut s = Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("heading {level}"))
                .based_on("Normal")
                .next("BodyText")
                .q_format(true)
                .fonts(Look::fonts(self.heading_face(level)))
                .size(self.headings[level - 1])
                .outline_lvl(level - 1)
                .align(AlignmentType::Left);
            s.paragraph_property = std::mem::take(&mut s.paragraph_property).keep_next(true);
            if self.jianbao {
                // 一、 and （一） stand two characters in, as the body's first lines do.
                s = indent_two(s, self.body);
                if level >= 3 {
                    s = s.bold();
                }
            } else {
                s = s.line_spacing(self.exact(1.6));
            }
            if let Some(c) = self.accent {
                s = s.color(c);
            }
            styles.push(s);
        }
        styles
    }
}

/// A style standing two characters of `size` (half-points) in from the left.
fn indent_left(mut style: Style, size: usize) -> Style {
    let twips = (size * 10 * 2) as i32;
    style.paragraph_property =
        std::mem::take(&mut style.paragraph_property).indent(Some(twips), None, None, None);
    style
}

/// A style whose first lines stand two characters of `size` (half-points) in: in
/// characters for Word and WPS, in twips for readers that ignore those.
fn indent_two(mut style: Style, size: usize) -> Style {
    let twips = (size * 10 * 2) as i32;
    style.paragraph_property = std::mem::take(&mut style.paragraph_property).indent(
        None,
        Some(SpecialIndentType::FirstLine(twips)),
        None,
        None,
    );
    style.first_line_chars(200)
}

/// A paragraph of `style`, its id from `ids`.
pub fn styled(ids: &mut super::pack::Ids, style: &str) -> Paragraph {
    ids.paragraph().style(style)
}
