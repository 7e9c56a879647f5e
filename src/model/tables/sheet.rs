//! A sheet's rows as lines of text, so a message about a cell quotes its row with a caret
//! under the cell, as one about a YAML value quotes its line.

use super::cells;
use crate::diagnostics::{Diagnostic, Severity, SheetRow, SheetWords, SourceFile, Span};
use crate::load::tables::{Grid, TableFile};
use crate::messages::Msg;
use std::sync::{Arc, OnceLock};

/// Between two cells on a quoted row.
const SEPARATOR: &str = " │ ";

/// One row of a sheet as a line: its text and where each cell sits on it.
#[derive(Debug, Clone)]
pub struct Line {
    /// The non-blank cells, as stored, between separators.
    pub text: String,
    /// The row and its cells' character columns.
    pub row: Arc<SheetRow>,
    /// Each shown cell's width in characters, in the order of `row.cells`.
    pub widths: Vec<usize>,
}

impl Line {
    /// Where cell `col` of the row is on the line (the row's first cell when it is blank).
    pub fn span(&self, col: u32) -> Span {
        let at = self.row.cells.iter().position(|(_, c)| *c == col);
        match at {
            Some(k) => Span::new(1, self.row.cells[k].0, self.widths[k].max(1)),
            None => Span::new(1, 1, 1),
        }
    }
}

/// A sheet's rows as text: a [`SourceFile`] whose line `n` is row `n`.
#[derive(Debug, Clone)]
pub struct SheetText {
    /// The lines as one file, for messages about the sheet's own cells.
    pub file: SourceFile,
    /// Row `i` (0-based) as a line.
    pub lines: Vec<Line>,
    /// The sheet's words for keys, shared by its rows; set once the header is read.
    pub words: Arc<OnceLock<SheetWords>>,
}

impl SheetText {
    /// The rows of `grid` in `table`.
    pub fn of(table: &TableFile, grid: &Grid) -> SheetText {
        let sheet = grid.in_workbook.then(|| grid.name.clone());
        let words: Arc<OnceLock<SheetWords>> = Arc::default();
        let lines: Vec<Line> = grid
            .rows
            .iter()
            .enumerate()
            .map(|(i, cells)| {
                let mut text = String::new();
                let mut starts = Vec::new();
                let mut widths = Vec::new();
                let mut width = 0;
                for (c, cell) in cells.iter().enumerate() {
                    if cell.is_blank() {
                        continue;
                    }
                    if !text.is_empty() {
                        text.push_str(SEPARATOR);
                        width += SEPARATOR.chars().count();
                    }
                    starts.push((width + 1, c as u32));
                    let shown = cells::shown(cell);
                    widths.push(shown.chars().count());
                    width += shown.chars().count();
                    text.push_str(&shown);
                }
                Line {
                    text,
                    row: Arc::new(SheetRow {
                        path: table.path.clone(),
                        sheet: sheet.clone(),
                        row: i as u32 + 1,
                        cells: starts,
                        words: words.clone(),
                    }),
                    widths,
                }
            })
            .collect();
        let mut text = String::new();
        for l in &lines {
            text.push_str(&l.text);
            text.push('\n');
        }
        let rows = lines
            .iter()
            .enumerate()
            .map(|(i, l)| (i + 1, l.row.clone()))
            .collect();
        SheetText {
            file: SourceFile::new(table.path.clone(), text).with_rows(rows),
            lines,
            words,
        }
    }

    /// The place of cell `col` of row `row` (0-based) in [`SheetText::file`].
    pub fn span(&self, row: usize, col: u32) -> Span {
        Span {
            line: row + 1,
            ..self.lines[row].span(col)
        }
    }

    /// An error at cell `col` of row `row` (0-based). A blank cell has no place on the
    /// quoted line to mark, but the message still names it.
    pub fn error(&self, row: usize, col: u32, message: impl Into<Msg>) -> Diagnostic {
        let mut d = Diagnostic::error(&self.file, self.span(row, col), message);
        if let Some(c) = d.cell.as_mut() {
            c.column = col;
        }
        d
    }

    /// A warning at cell `col` of row `row` (0-based).
    pub fn warning(&self, row: usize, col: u32, message: impl Into<Msg>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self.error(row, col, message)
        }
    }

    /// A note at cell `col` of row `row` (0-based): what the build did on the user's
    /// behalf, counted neither as an error nor as a warning.
    pub fn note(&self, row: usize, col: u32, message: impl Into<Msg>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Note,
            ..self.error(row, col, message)
        }
    }
}
