//! The blocks a section is made of, as Word writes them: key figures (lines in the 简报,
//! a table in the report), charts as pictures at print resolution with their figures as
//! alt text, and data tables as Word tables.

use super::*;

impl Word<'_> {
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
    pub(super) fn cell(&mut self, lines: &[&str], width: i32, strong: bool) -> TableCell {
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
    pub(super) fn gap(&mut self) {
        let p = styled(&mut self.ids, "TableText");
        self.push(p);
    }

    /// The text block's width in twips.
    pub(super) fn width_twips(&self) -> i32 {
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
    pub(super) fn chart_size(&self, height_px: u32) -> (f64, f64) {
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
