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
mod kind;
pub mod schema;
pub mod sheet;
mod totals;

use crate::diagnostics::{column_letters, Diagnostic, Diagnostics, SheetWords, SourceFile, Span};
use crate::load::tables::{Cell, Grid, TableFile};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::{common, tables as msg};
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

    /// The header of the column filling `key`, as the sheet writes it (`金额（万元）`).
    pub fn header(&self, key: &str) -> String {
        let own = self
            .line
            .row
            .words
            .get()
            .and_then(|w| w.iter().find(|(k, _)| k == key).map(|(_, h)| h.clone()));
        own.unwrap_or_else(|| {
            Sheet::of(self.section)
                .all_columns()
                .find(|c| c.key == key)
                .map_or_else(|| key.to_string(), |c| c.header.to_string())
        })
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

/// The kinds of region a `全州`/`全县` row totals.
const WHOLE_OF: &[char] = &['省', '市', '州', '县', '区', '盟', '旗', '乡', '镇'];

/// True when a region column's text marks a row of totals (`合计`, `全县合计`, `全州`),
/// not a region: `全州县` and `全椒县` are counties.
pub fn is_total(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let chars: Vec<char> = t.chars().collect();
    let whole = chars.len() == 2 && chars[0] == '全' && WHOLE_OF.contains(&chars[1]);
    whole
        || TOTAL_WORDS
            .iter()
            .any(|w| t == *w || t.ends_with(w) && chars.len() <= 6)
}

/// Words a note under a table starts with (`注：`, `说明：`, `填报单位：`).
const NOTE_WORDS: &[&str] = &[
    "注",
    "说明",
    "备注",
    "资料来源",
    "数据来源",
    "填报",
    "制表",
    "审核",
    "单位：",
    "单位:",
];

/// Words of a signature line under a table (`审核人：… 填报人：… 填报日期：…`).
const FOOTER_WORDS: &[&str] = &[
    "审核人",
    "填报人",
    "填报日期",
    "填表人",
    "填表日期",
    "制表人",
    "制表日期",
    "单位负责人",
    "统计负责人",
    "负责人",
    "复核人",
    "联系电话",
    "报出日期",
];

/// True for a row of notes or signatures under a table: its cells are text (a merged
/// cell's text counted once), and it starts as a note does or holds a signature's words.
fn is_note_row(filled: &[&Cell]) -> bool {
    let mut texts: Vec<&str> = Vec::new();
    for c in filled {
        let Cell::Text(t) = c else { return false };
        let t = cells::trim(t);
        if texts.last() != Some(&t) {
            texts.push(t);
        }
    }
    let starts_note = texts
        .first()
        .is_some_and(|t| NOTE_WORDS.iter().any(|w| t.starts_with(w)));
    let signed = texts
        .iter()
        .any(|t| FOOTER_WORDS.iter().any(|w| t.starts_with(w)));
    starts_note || signed
}

/// True for a heading between a table's rows (`一、产业扶贫项目`, `（二）基础设施`): one
/// text, a merged cell's counted once, numbered as headings are.
fn is_heading_row(filled: &[&Cell]) -> bool {
    let mut texts = filled.iter().map(|c| match c {
        Cell::Text(t) => Some(cells::trim(t)),
        _ => None,
    });
    let Some(Some(first)) = texts.next() else {
        return false;
    };
    if !texts.all(|t| t == Some(first)) {
        return false;
    }
    let numbered = |t: &str| {
        let t = t.trim_start_matches(['（', '(']);
        let digits = t
            .chars()
            .take_while(|c| "一二三四五六七八九十0123456789".contains(*c));
        let n = digits.count();
        n > 0 && t.chars().nth(n).is_some_and(|c| "、.．）)".contains(c))
    };
    numbered(first)
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
    let mut totals = Vec::new();
    let mut in_notes = false;
    for i in plan.first_row..grid.rows.len() {
        let read = sheet_row(grid, i, sheet, &plan, &text, in_notes, diags);
        let read = match (read, &cite) {
            (Read::Rows(r), Some(c)) => Read::Rows(r.into_iter().map(|r| r.cited(c)).collect()),
            (read, _) => read,
        };
        match read {
            Read::Rows(r) => rows.extend(r),
            Read::Total(r) => totals.extend(r),
            Read::Notes => in_notes = true,
            Read::Skip => {}
        }
    }
    totals::check(&mut rows, totals, diags)
}

/// Words a line giving the source of a table's figures starts with.
const SOURCE_WORDS: &[&str] = &["资料来源", "数据来源", "来源"];

/// The source a table states in a line of its own, above or below its rows
/// (`资料来源：临夏州统计局《临夏统计年鉴》`): its rows' `cite` where they give none.
fn source_line(grid: &Grid) -> Option<String> {
    grid.rows.iter().find_map(|row| {
        let mut texts = row.iter().filter(|c| !c.is_blank()).map(|c| match c {
            Cell::Text(t) => Some(cells::trim(t)),
            _ => None,
        });
        let first = texts.next()??;
        if !texts.all(|t| t == Some(first)) {
            return None;
        }
        let word = SOURCE_WORDS.iter().find(|w| first.starts_with(*w))?;
        let rest = first[word.len()..].trim_start_matches([':', '：', ' ']);
        (!rest.is_empty()).then(|| rest.to_string())
    })
}

/// The sheet's words for the keys its columns fill, and for its section.
fn words(sheet: &Sheet, grid: &Grid, plan: &Plan) -> SheetWords {
    let mut words: SheetWords = vec![(sheet.key.to_string(), grid.name.clone())];
    for s in &plan.slots {
        if !words.iter().any(|(k, _)| k == s.column.key) {
            words.push((s.column.key.to_string(), s.header.clone()));
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

/// What a sheet's row is.
enum Read {
    /// Figures of a region (several for a row of the wide form).
    Rows(Vec<TableRow>),
    /// A row of totals, to check against the rows it totals.
    Total(Vec<TableRow>),
    /// Notes or signatures under the table: what follows is notes too.
    Notes,
    /// Blank, or a heading between rows.
    Skip,
}

fn sheet_row(
    grid: &Grid,
    i: usize,
    sheet: &'static Sheet,
    plan: &Plan,
    text: &SheetText,
    in_notes: bool,
    diags: &mut Diagnostics,
) -> Read {
    let cells = &grid.rows[i];
    let filled: Vec<&Cell> = cells.iter().filter(|c| !c.is_blank()).collect();
    if filled.is_empty() {
        return Read::Skip;
    }
    if is_note_row(&filled) {
        return Read::Notes;
    }
    // Below a note, a line of text alone continues it (`2. 康乐县含动态调整`).
    let text_only = filled.iter().all(|c| matches!(c, Cell::Text(_)));
    if (in_notes && text_only) || is_heading_row(&filled) {
        return Read::Skip;
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
        let value = match read_cell(cell, slot.column.kind, slot.unit.as_deref(), grid) {
            Ok(Some(t)) => CellText {
                text: t,
                span: line.span(slot.col),
                as_text: is_text_number(cell, slot.column.kind),
            },
            Ok(None) => continue,
            Err(p) => {
                ok = false;
                let what = msg::cell_of_column(slot.header.clone());
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
    // A total written where no region is (`合计` under 项目名称) is a total all the same.
    let placed = who.code.is_some() || who.id.is_some() || who.name.is_some();
    total |= !placed
        && filled
            .iter()
            .any(|c| matches!(c, Cell::Text(t) if is_total(t)));
    if !placed && !total {
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
    row_totals(grid, i, plan, &years, text, diags);
    let make = |values: Vec<(&'static str, CellText)>, wide: bool| TableRow {
        section: sheet.section,
        who: who.clone(),
        line: line.clone(),
        sheet: text.file.clone(),
        sheet_line: i + 1,
        values,
        wide,
        totals: None,
    };
    let mut out = Vec::new();
    if years.is_empty() {
        out.push(make(shared, false));
    } else {
        for (slot, value) in years {
            let year = CellText {
                text: slot.year.unwrap_or_default().to_string(),
                span: value.span,
                as_text: false,
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

/// A cell read as `region.yaml` text for its column.
fn read_cell(
    cell: &Cell,
    kind: Kind,
    unit: Option<&str>,
    grid: &Grid,
) -> Result<Option<String>, cells::Problem> {
    cells::read(cell, kind, unit, grid.date_1904)
}

/// True for a number typed or pasted as text into a figure column: Excel's SUM skips it.
fn is_text_number(cell: &Cell, kind: Kind) -> bool {
    let figure = matches!(kind, Kind::Money | Kind::Count | Kind::Decimal);
    let Cell::Text(t) = cell else { return false };
    let t = cells::normalise_number(cells::trim(t));
    figure && !t.is_empty() && t.parse::<f64>().is_ok()
}

/// Checks each `合计` column of a row against the sum of the row's years of its figure.
fn row_totals(
    grid: &Grid,
    i: usize,
    plan: &Plan,
    years: &[(&Slot, CellText)],
    text: &SheetText,
    diags: &mut Diagnostics,
) {
    for t in &plan.totals {
        if !matches!(t.column.kind, Kind::Money | Kind::Count) {
            continue;
        }
        let Some(cell) = grid.rows[i].get(t.col as usize) else {
            continue;
        };
        let Ok(Some(stated)) = read_cell(cell, t.column.kind, t.unit.as_deref(), grid) else {
            continue;
        };
        let row = &text.lines[i].row;
        let parts: Vec<(&CellText, String)> = years
            .iter()
            .filter(|(s, _)| s.column.key == t.column.key)
            .map(|(_, v)| (v, row.cell_at(v.span.column).a1()))
            .collect();
        if let Some(d) = totals::differs(&stated, &parts) {
            diags.push(
                text.warning(
                    i,
                    t.col,
                    msg::row_total_differs(t.header.clone(), d.total, d.sum, parts.len()),
                )
                .hint(d.hint),
            );
        }
    }
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
