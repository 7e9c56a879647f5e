//! Regions and their figures from spreadsheets: `content/tables/*.xlsx` and `*.csv`.
//!
//! A sheet's (or CSV file's) name says which section it fills ([`schema`]); its header
//! says which key each column fills ([`header`]); each row becomes the mapping a row of
//! `region.yaml` would be, its cells read as the text YAML would hold ([`cells`]). The
//! rows are then given to their regions by code, id or name (`model::assemble`), so a
//! table's figures go through the same decoding and checks as YAML's, and a message about
//! one names its cell (`tables/a.xlsx:资金投入!C7`).

pub mod cells;
mod codes;
mod guess;
pub mod header;
mod kind;
mod lines;
mod row;
pub mod schema;
pub mod sheet;
mod totals;

use crate::diagnostics::{column_letters, Diagnostic, Diagnostics, SheetWords, SourceFile, Span};
use crate::load::tables::{Cell, Grid, TableFile};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::{common, tables as msg};
pub use codes::{code_ancestors, code_shape};
use header::Plan;
pub use lines::is_total;
use lines::source_line;
use rayon::prelude::*;
use row::{sheet_row, Read};
use schema::{Kind, Section, Sheet};
use sheet::{Line, SheetText};
use std::borrow::Cow;

/// A value read from a cell, and where it is on its row's line.
#[derive(Debug, Clone)]
pub struct CellText {
    /// The text, as YAML would hold it.
    pub text: String,
    /// The cell on its row's line (line 1).
    pub span: Span,
    /// A number stored as text in the sheet (a SUM over it skips it).
    pub as_text: bool,
}

/// Which region a row is about, as its region columns say.
#[derive(Debug, Clone, Default)]
pub struct Who {
    /// `行政区划代码`.
    pub code: Option<CellText>,
    /// `标识`.
    pub id: Option<CellText>,
    /// `地区`.
    pub name: Option<CellText>,
}

/// One row of a table, read: the section it fills and its keys' values.
#[derive(Debug, Clone)]
pub struct TableRow {
    /// Which section (or, for `地区`, the region itself).
    pub section: Section,
    /// Which region.
    pub who: Who,
    /// The row as a line of text.
    pub line: Line,
    /// The sheet's text, for messages about the row before it has a region.
    pub sheet: SourceFile,
    /// 1-based line of the row in `sheet`.
    pub sheet_line: usize,
    /// Keys and values, in column order (`status.completed` for a batch's counts).
    pub values: Vec<(&'static str, CellText)>,
    /// Made from one year column of the wide form: may join other rows of its year.
    pub wide: bool,
    /// For a row of totals: the regions of the rows it totals. Where they share one
    /// parent, its figures are that parent's when the parent has none of its own.
    pub totals: Option<Vec<Who>>,
}

impl TableRow {
    /// Where `span` (on the row's line) is in the sheet's text.
    pub fn sheet_span(&self, span: Span) -> Span {
        Span {
            line: self.sheet_line,
            ..span
        }
    }

    /// The row with `cite` where it gives none: the table's stated source.
    fn cited(mut self, cite: &str) -> TableRow {
        if self.section != Section::Regions && self.get("cite").is_none() {
            let span = self
                .line
                .span(self.line.row.cells.first().map_or(0, |c| c.1));
            self.values.push((
                "cite",
                CellText {
                    text: cite.to_string(),
                    span,
                    as_text: false,
                },
            ));
        }
        self
    }

    /// The header of the column filling `key`, as the sheet writes it (`金额（万元）`):
    /// the sheet's words, which name every key of its kind once its header is read.
    pub fn header(&self, key: &str) -> String {
        let words = self.line.row.words.get().into_iter().flatten();
        words
            .into_iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| key.to_string(), |(_, h)| h.clone())
    }

    /// The value of `key`, if the row has one.
    pub fn get(&self, key: &str) -> Option<&CellText> {
        self.values.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The row as the mapping a `region.yaml` row would be, its spans on `line`.
    pub fn node(&self, line: usize) -> Node {
        let at = |s: Span| Span { line, ..s };
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut status: Vec<(Node, Node)> = Vec::new();
        for (key, v) in &self.values {
            let value = scalar(&v.text, at(v.span));
            match key.strip_prefix("status.") {
                Some(s) => status.push((scalar(s, at(v.span)), value)),
                None => entries.push((scalar(key, at(v.span)), value)),
            }
        }
        if let Some((first, _)) = status.first() {
            let span = first.span;
            entries.push((
                scalar("status", span),
                Node {
                    value: Value::Map(status),
                    span,
                },
            ));
        }
        // The row is where it starts: its first cell.
        Node {
            value: Value::Map(entries),
            span: Span::new(line, 1, self.line.text.chars().count().max(1)),
        }
    }
}

/// A scalar node as YAML's parser would make it.
pub fn scalar(text: &str, span: Span) -> Node {
    Node {
        value: Value::Scalar {
            text: text.to_string(),
            quoted: true,
        },
        span,
    }
}

/// Reads every sheet of every table into rows. Sheets are read in parallel (a national
/// table's sheets are tens of thousands of rows); rows and findings keep the files' order.
pub fn read(tables: &[TableFile], diags: &mut Diagnostics) -> Vec<TableRow> {
    let grids: Vec<(&TableFile, Cow<Grid>)> = tables
        .iter()
        .flat_map(|t| t.grids.iter().flat_map(split_by_sheet).map(move |g| (t, g)))
        .collect();
    let read: Vec<(Vec<TableRow>, Diagnostics)> = grids
        .par_iter()
        .map(|(table, grid)| {
            let mut d = Diagnostics::new();
            (read_grid(table, grid, &mut d), d)
        })
        .collect();
    let mut rows = Vec::new();
    for (r, d) in read {
        diags.extend(d);
        rows.extend(r);
    }
    rows
}

/// The rows of one sheet; a hidden sheet gives a note and none.
fn read_grid(table: &TableFile, grid: &Grid, diags: &mut Diagnostics) -> Vec<TableRow> {
    let mut rows = Vec::new();
    if grid.hidden {
        diags.push(
            Diagnostic::file_note(&table.path, msg::hidden_sheet_ignored(grid.name.clone()))
                .hint(msg::hidden_sheet_hint()),
        );
        return rows;
    }
    if grid.rows.iter().all(|r| r.iter().all(Cell::is_blank)) {
        return rows;
    }
    let Some(sheet) = kind::of(table, grid, diags) else {
        return rows;
    };
    let text = SheetText::of(table, grid);
    let Some(plan) = header::plan(grid, sheet, &text, diags) else {
        return rows;
    };
    let _ = text.words.set(words(sheet, grid, &plan));
    tell_skipped(grid, sheet, &plan, &text, diags);
    let cite = source_line(grid);
    let cited = |rows: Vec<TableRow>| match &cite {
        Some(c) => rows.into_iter().map(|r| r.cited(c)).collect(),
        None => rows,
    };
    let mut totals = Vec::new();
    let mut in_notes = false;
    let mut told_below = false;
    for i in plan.first_row..grid.rows.len() {
        match sheet_row(grid, i, sheet, &plan, &text, in_notes, diags) {
            Read::Rows(r) => rows.extend(cited(r)),
            Read::Total(r) => totals.extend(cited(r)),
            Read::Notes => in_notes = true,
            Read::BelowNotes if !told_below => {
                told_below = true;
                diags.push(
                    text.note(i, 0, msg::row_below_notes())
                        .hint(msg::row_below_notes_hint()),
                );
            }
            Read::BelowNotes | Read::Skip => {}
        }
    }
    totals::check(&mut rows, totals, diags)
}

/// The sheet's words for the keys its columns fill (its headers as written), for the
/// keys it has no column for (the headers they would take), and for its section.
fn words(sheet: &Sheet, grid: &Grid, plan: &Plan) -> SheetWords {
    let mut words: SheetWords = vec![(sheet.key.to_string(), grid.name.clone())];
    for s in &plan.slots {
        if !words.iter().any(|(k, _)| k == s.column.key) {
            words.push((s.column.key.to_string(), s.header.clone()));
        }
    }
    // A key the sheet has no column for (a missing one) by the header it would take.
    for c in sheet.all_columns() {
        if !words.iter().any(|(k, _)| k == c.key) {
            words.push((c.key.to_string(), c.header.to_string()));
        }
    }
    words
}

/// One note for the columns of a sheet that are not read; a warning at each whose header
/// is one typing slip from a known one.
fn tell_skipped(
    grid: &Grid,
    sheet: &Sheet,
    plan: &Plan,
    text: &SheetText,
    diags: &mut Diagnostics,
) {
    if plan.skipped.is_empty() {
        return;
    }
    let letters = |(a, b): (u32, u32)| match a == b {
        true => column_letters(a),
        false => format!("{}–{}", column_letters(a), column_letters(b)),
    };
    let listed: Vec<String> = plan
        .skipped
        .iter()
        .map(|s| format!("`{}`（{}）", s.header, letters(s.cols)))
        .collect();
    let first = plan.skipped[0].cols.0;
    diags.push(
        text.note(
            plan.header_row,
            first,
            msg::columns_not_read(grid.name.clone(), listed.join("、")),
        )
        .hint(msg::columns_not_read_hint(sheet.name)),
    );
    for s in plan.skipped.iter().filter(|s| s.guess.is_some()) {
        diags.push(
            text.warning(
                plan.header_row,
                s.cols.0,
                msg::column_not_read(s.header.clone()),
            )
            .maybe_hint(s.guess.map(common::did_you_mean)),
        );
    }
}

/// The header of the column that, in one table of several sheets (`data/all.csv`), says
/// which sheet a row belongs to.
const SHEET_COLUMN: &[&str] = &["表", "sheet"];

/// A table whose first column is `表` as one grid per sheet it names: each keeps the
/// file's row numbers (other sheets' rows blank) and only the columns its rows fill.
fn split_by_sheet(grid: &Grid) -> Vec<Cow<'_, Grid>> {
    let is_sheet_column =
        |c: &Cell| matches!(c, Cell::Text(t) if SHEET_COLUMN.contains(&cells::trim(t)));
    let Some(header) = grid
        .rows
        .first()
        .filter(|r| r.first().is_some_and(is_sheet_column))
    else {
        return vec![Cow::Borrowed(grid)];
    };
    let name_of = |row: &[Cell]| match row.first() {
        Some(Cell::Text(t)) => cells::trim(t).to_string(),
        _ => String::new(),
    };
    let mut names: Vec<String> = Vec::new();
    for row in &grid.rows[1..] {
        let n = name_of(row);
        if !n.is_empty() && !names.contains(&n) {
            names.push(n);
        }
    }
    names
        .into_iter()
        .map(|name| {
            let mine = |row: &Vec<Cell>| name_of(row) == name;
            let used: Vec<bool> = (0..header.len())
                .map(|c| {
                    c > 0
                        && grid.rows[1..]
                            .iter()
                            .filter(|r| mine(r))
                            .any(|r| r.get(c).is_some_and(|x| !x.is_blank()))
                })
                .collect();
            let keep = |row: &Vec<Cell>| -> Vec<Cell> {
                row.iter()
                    .enumerate()
                    .map(|(c, x)| {
                        if used.get(c) == Some(&true) {
                            x.clone()
                        } else {
                            Cell::Empty
                        }
                    })
                    .collect()
            };
            let mut rows = vec![keep(header)];
            rows.extend(
                grid.rows[1..]
                    .iter()
                    .map(|r| if mine(r) { keep(r) } else { Vec::new() }),
            );
            Cow::Owned(Grid {
                name,
                rows,
                in_workbook: grid.in_workbook,
                hidden: grid.hidden,
                date_1904: grid.date_1904,
            })
        })
        .collect()
}

/// True for the keys of a section whose values a 合计 row is checked on: money and counts.
pub fn summed_key(section: Section, key: &str) -> bool {
    Sheet::of(section)
        .all_columns()
        .any(|c| c.key == key && matches!(c.kind, Kind::Money | Kind::Count))
}
