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
pub mod header;
pub mod schema;
pub mod sheet;
mod totals;

use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::tables::{Cell, Grid, TableFile};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::{common, tables as msg};
use crate::messages::choices;
pub use codes::{code_ancestors, code_shape};
use header::{Plan, Slot};
use rayon::prelude::*;
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
}

impl TableRow {
    /// Where `span` (on the row's line) is in the sheet's text.
    pub fn sheet_span(&self, span: Span) -> Span {
        Span {
            line: self.sheet_line,
            ..span
        }
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

/// Texts in the region column that mark a row of totals, not a region.
const TOTAL_WORDS: &[&str] = &["合计", "总计", "小计", "共计", "全部", "汇总"];

/// True when a region column's text marks a row of totals (`合计`, `全县合计`).
pub fn is_total(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    TOTAL_WORDS
        .iter()
        .any(|w| t == *w || t.ends_with(w) && t.chars().count() <= 6)
}

/// Words a note under a table starts with (`注：`, `说明：`, `填报单位：`).
const NOTE_WORDS: &[&str] = &[
    "注",
    "说明",
    "备注",
    "资料来源",
    "填报",
    "制表",
    "审核",
    "单位：",
];

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
    let Some(sheet) = Sheet::named(&grid.name) else {
        let guess = did_you_mean(&grid.name, schema::sheet_names());
        let names: Vec<&str> = schema::sheet_names().collect();
        diags.push(
            Diagnostic::file_error(&table.path, msg::unknown_sheet(grid.name.clone()))
                .expected(common::one_of(choices(&names)))
                .hint(match guess {
                    Some(g) => common::did_you_mean(g),
                    None => msg::unknown_sheet_hint(),
                }),
        );
        return rows;
    };
    let text = SheetText::of(table, grid);
    let Some(plan) = header::plan(grid, sheet, &text, diags) else {
        return rows;
    };
    let mut totals = Vec::new();
    for i in plan.first_row..grid.rows.len() {
        match sheet_row(grid, i, sheet, &plan, &text, diags) {
            Read::Rows(r) => rows.extend(r),
            Read::Total(r) => totals.extend(r),
            Read::Skip => {}
        }
    }
    totals::check(&rows, &totals, diags);
    rows
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

/// What a sheet's row is.
enum Read {
    /// Figures of a region (several for a row of the wide form).
    Rows(Vec<TableRow>),
    /// A row of totals, to check against the rows above.
    Total(Vec<TableRow>),
    /// Blank, or a note under the table.
    Skip,
}

fn sheet_row(
    grid: &crate::load::tables::Grid,
    i: usize,
    sheet: &'static Sheet,
    plan: &Plan,
    text: &SheetText,
    diags: &mut Diagnostics,
) -> Read {
    let cells = &grid.rows[i];
    let filled: Vec<&Cell> = cells.iter().filter(|c| !c.is_blank()).collect();
    if filled.is_empty() {
        return Read::Skip;
    }
    if let [Cell::Text(t)] = filled.as_slice() {
        let t = cells::trim(t);
        if NOTE_WORDS.iter().any(|w| t.starts_with(w)) {
            return Read::Skip;
        }
    }
    let line = &text.lines[i];
    let blank = Cell::Empty;
    let mut who = Who::default();
    let mut shared: Vec<(&'static str, CellText)> = Vec::new();
    let mut years: Vec<(&Slot, CellText)> = Vec::new();
    let mut ok = true;
    let mut total = false;
    for slot in &plan.slots {
        let cell = cells.get(slot.col as usize).unwrap_or(&blank);
        let value = match cells::read(cell, slot.column.kind, slot.unit.as_deref(), grid.date_1904)
        {
            Ok(Some(t)) => CellText {
                text: t,
                span: line.span(slot.col),
            },
            Ok(None) => continue,
            Err(p) => {
                ok = false;
                let what = msg::cell_of_column(slot.column.header);
                diags.push(
                    text.error(i, slot.col, msg::bad_cell(what, p.message))
                        .maybe_hint(p.hint)
                        .maybe_expected(p.expected),
                );
                continue;
            }
        };
        match slot.column.key {
            "code" => {
                if is_total(&value.text) {
                    total = true;
                } else if let Err(problem) = code_shape(&value.text) {
                    ok = false;
                    diags.push(
                        text.error(i, slot.col, msg::bad_code(value.text.clone(), problem))
                            .expected(msg::code_expected())
                            .hint(msg::code_hint()),
                    );
                }
                who.code = Some(value);
            }
            "region" => {
                total |= is_total(&value.text);
                who.name = Some(value);
            }
            "id" => who.id = Some(value),
            _ if slot.year.is_some() => years.push((slot, value)),
            key => shared.push((key, value)),
        }
    }
    if !ok {
        return Read::Skip;
    }
    if who.code.is_none() && who.id.is_none() && who.name.is_none() {
        let col = plan
            .slots
            .iter()
            .find(|s| ["code", "region", "id"].contains(&s.column.key))
            .map_or(0, |s| s.col);
        diags.push(
            text.error(i, col, msg::row_without_region())
                .hint(msg::row_without_region_hint()),
        );
        return Read::Skip;
    }
    let make = |values: Vec<(&'static str, CellText)>, wide: bool| TableRow {
        section: sheet.section,
        who: who.clone(),
        line: line.clone(),
        sheet: text.file.clone(),
        sheet_line: i + 1,
        values,
        wide,
    };
    let mut out = Vec::new();
    if years.is_empty() {
        out.push(make(shared, false));
    } else {
        for (slot, value) in years {
            let year = CellText {
                text: slot.year.unwrap_or_default().to_string(),
                span: value.span,
            };
            let mut values = vec![("year", year)];
            values.extend(shared.iter().cloned());
            values.push((slot.column.key, value));
            out.push(make(values, true));
        }
    }
    if total {
        Read::Total(out)
    } else {
        Read::Rows(out)
    }
}

/// A sheet's kind of value for the key of a row, for messages (`金额`).
pub fn header_of(section: Section, key: &str) -> &'static str {
    Sheet::of(section)
        .all_columns()
        .find(|c| c.key == key)
        .map_or("", |c| c.header)
}

/// True for the keys of a section whose values a 合计 row is checked on: money and counts.
pub fn summed_key(section: Section, key: &str) -> bool {
    Sheet::of(section)
        .all_columns()
        .any(|c| c.key == key && matches!(c.kind, Kind::Money | Kind::Count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_told_from_regions() {
        assert!(is_total("合计"));
        assert!(is_total("合 计"));
        assert!(is_total("全州合计"));
        assert!(!is_total("碌曲县"));
    }
}
