//! Reading `content/tables/*.xlsx` and `*.csv` into grids of cells, as stored.
//!
//! A workbook's sheets and a CSV file become the same [`Grid`]: rows of [`Cell`]s, each
//! the value the file stores (a formula's last computed value, a number as its binary
//! float, a date as a date). Merged cells carry their top-left value into every cell they
//! cover, as a reader of the printed sheet sees them. What the cells mean is the model's
//! job (`model::tables`).

use super::{read_text, MAX_FILE_BYTES};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::catalog::tables as msg;
use calamine::{Data, Reader, SheetVisible, Xlsx};
use rayon::prelude::*;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// One table file: a workbook's sheets, or a CSV file as one sheet.
#[derive(Debug, Clone)]
pub struct TableFile {
    /// Path as shown to the user (relative to the site root).
    pub path: PathBuf,
    /// Its sheets, in the workbook's order.
    pub grids: Vec<Grid>,
}

/// One sheet's cells.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The sheet's name; for a CSV file, its file name without `.csv`.
    pub name: String,
    /// False for a CSV file: messages then name a cell without a sheet (`C7`).
    pub in_workbook: bool,
    /// Hidden in the workbook.
    pub hidden: bool,
    /// The workbook counts dates from 1904 (old Mac Excel): serial numbers shift.
    pub date_1904: bool,
    /// Rows from the sheet's first row (row 1), each from column A.
    pub rows: Vec<Vec<Cell>>,
}

/// A cell's value as the file stores it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text, as typed (spaces included).
    Text(String),
    /// A number; `percent` when the cell is formatted as a percentage (0.11 shown as 11%).
    Number {
        /// The stored binary float.
        value: f64,
        /// Shown as a percentage.
        percent: bool,
        /// The text shown in place of the number when the cell's format is one quoted text
        /// (`"近5000万元"`): how `data/all.xlsx` keeps a figure's written form.
        literal: Option<Box<str>>,
    },
    /// A date (year, month, day).
    Date(u16, u8, u8),
    /// TRUE or FALSE.
    Bool(bool),
    /// A formula's error (`#DIV/0!`, `#REF!`).
    Error(String),
}

impl Cell {
    /// True for an empty cell or one holding only spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().trim_matches('\u{3000}').is_empty(),
            _ => false,
        }
    }
}

/// Finds and reads every table under `content/tables/` (sorted by name; files whose
/// names start with `.` or `~$`, Excel's lock files, are skipped).
pub fn load(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<TableFile> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            !name.starts_with('.') && !name.starts_with("~$")
        })
        .collect();
    paths.sort();
    // Each file is read on its own thread: unzipping and parsing a workbook is the cost.
    let read: Vec<(Option<TableFile>, Diagnostics)> = paths
        .par_iter()
        .map(|path| {
            let mut d = Diagnostics::new();
            (read_one(root, path, &mut d), d)
        })
        .collect();
    let mut tables = Vec::new();
    for (table, d) in read {
        diags.extend(d);
        tables.extend(table);
    }
    tables
}

/// One file of `content/tables/`, by its extension.
fn read_one(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<TableFile> {
    let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let ext = path
        .extension()
        .map(|x| x.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "xlsx" | "xlsm" => read_xlsx(root, path, &shown, diags),
        "csv" => read_csv(root, path, diags),
        "xls" | "et" | "ods" | "numbers" | "wps" => {
            diags.push(
                Diagnostic::file_error(&shown, msg::table_format_unread(ext))
                    .hint(msg::save_as_xlsx_hint()),
            );
            None
        }
        _ => {
            diags.push(
                Diagnostic::file_error(&shown, msg::not_a_table_file())
                    .hint(msg::not_a_table_file_hint()),
            );
            None
        }
    }
}

fn read_csv(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<TableFile> {
    let file = read_text(root, path, diags)?;
    let name = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Some(TableFile {
        path: file.path.clone(),
        grids: vec![Grid {
            name,
            in_workbook: false,
            hidden: false,
            date_1904: false,
            rows: parse_csv(&file.text),
        }],
    })
}

/// Splits CSV text into rows of text cells (RFC 4180: quoted fields may hold commas,
/// doubled quotes and line breaks). A file with tabs and no commas in its first line
/// is read as tab-separated, as Excel's "Unicode text" saves it.
pub fn parse_csv(text: &str) -> Vec<Vec<Cell>> {
    let first = text.lines().next().unwrap_or("");
    let sep = if first.contains('\t') && !first.contains(',') {
        '\t'
    } else {
        ','
    };
    let mut rows = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let cell = |f: &mut String| {
        let t = std::mem::take(f);
        if t.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(t)
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            }
            '"' if field.is_empty() => quoted = true,
            c if c == sep && !quoted => row.push(cell(&mut field)),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' if !quoted => {
                row.push(cell(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(cell(&mut field));
        rows.push(row);
    }
    rows
}

fn read_xlsx(root: &Path, path: &Path, shown: &Path, diags: &mut Diagnostics) -> Option<TableFile> {
    let too_large = |_| {
        Diagnostic::file_error(shown, msg::table_too_large(MAX_TABLE_BYTES / 1_048_576))
            .hint(msg::table_too_large_hint())
    };
    let bytes = super::read_bytes(root, path, MAX_TABLE_BYTES, too_large, diags)?;
    match workbook(bytes) {
        Ok(grids) => Some(TableFile {
            path: shown.to_path_buf(),
            grids,
        }),
        Err(e) => {
            diags.push(
                Diagnostic::file_error(shown, msg::workbook_unreadable(e))
                    .hint(msg::workbook_unreadable_hint()),
            );
            None
        }
    }
}

/// Workbooks may be larger than a YAML file: a national table of 3,000 counties and
/// seven years is a few megabytes, compressed.
pub const MAX_TABLE_BYTES: u64 = 4 * MAX_FILE_BYTES;

/// Every sheet of a workbook's bytes. Sheets are read on threads of their own, each with
/// its own reader of the same bytes: a national table's sheets are tens of thousands of
/// rows, and each is read three times (values, number formats, merged cells).
pub(crate) fn workbook(bytes: Vec<u8>) -> Result<Vec<Grid>, String> {
    let open = || Xlsx::new(Cursor::new(bytes.as_slice())).map_err(|e| e.to_string());
    let wb = open()?;
    let is_1904 = wb.has_1904_epoch();
    let sheets: Vec<calamine::Sheet> = wb
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .cloned()
        .collect();
    sheets
        .par_iter()
        .map(|sheet| sheet_grid(&mut open()?, sheet, is_1904))
        .collect()
}

/// One sheet's cells, merged cells filled with their top-left value.
fn sheet_grid(
    wb: &mut Xlsx<Cursor<&[u8]>>,
    sheet: &calamine::Sheet,
    is_1904: bool,
) -> Result<Grid, String> {
    let range = wb.worksheet_range(&sheet.name).map_err(|e| e.to_string())?;
    // Number formats are read only where a percentage or a written form can hide: a sheet
    // of whole numbers above 1 has no rate written as a fraction, a workbook whose formats
    // include no quoted text has no written form, and a long project list is spared a pass.
    let fractions = range.used_cells().any(|(_, _, d)| match d {
        Data::Float(f) => f.fract() != 0.0 || f.abs() <= 1.0,
        Data::Int(i) => i.abs() <= 1,
        _ => false,
    });
    let numbers = || {
        range
            .used_cells()
            .any(|(_, _, d)| matches!(d, Data::Float(_) | Data::Int(_)))
    };
    let styles = (fractions || numbers() && has_literal_formats(wb, &sheet.name))
        .then(|| wb.worksheet_style(&sheet.name).ok())
        .flatten();
    let merged = wb
        .merge_cells_by_sheet_name(&sheet.name)
        .map_err(|e| e.to_string())?;
    let (height, width) = match range.end() {
        Some((r, c)) => (r as usize + 1, c as usize + 1),
        None => (0, 0),
    };
    let (r0, c0) = range
        .start()
        .map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let mut rows = vec![vec![Cell::Empty; width]; height];
    for (r, c, data) in range.used_cells() {
        let (r, c) = (r + r0, c + c0);
        let format = styles
            .as_ref()
            .and_then(|s| s.get((r as u32, c as u32)))
            .and_then(|s| s.number_format.as_ref())
            .map(|f| f.format_code.as_str());
        rows[r][c] = cell(data, format);
    }
    for m in merged {
        let (top, left) = (m.start.0 as usize, m.start.1 as usize);
        let Some(value) = rows.get(top).and_then(|r| r.get(left)).cloned() else {
            continue;
        };
        let (bottom, right) = (
            (m.end.0 as usize).min(height.saturating_sub(1)),
            (m.end.1 as usize).min(width.saturating_sub(1)),
        );
        for row in rows.iter_mut().take(bottom + 1).skip(top) {
            for cell in row.iter_mut().take(right + 1).skip(left) {
                *cell = value.clone();
            }
        }
    }
    Ok(Grid {
        name: sheet.name.clone(),
        in_workbook: true,
        hidden: sheet.visible != SheetVisible::Visible,
        date_1904: is_1904,
        rows,
    })
}

/// True when a number format of the workbook is one quoted text. The palette comes with
/// any reader of the sheet's cells, before a cell is read: no pass over the sheet.
fn has_literal_formats(wb: &mut Xlsx<Cursor<&[u8]>>, sheet: &str) -> bool {
    wb.worksheet_cells_reader(sheet).is_ok_and(|r| {
        r.styles().iter().any(|s| {
            s.number_format
                .as_ref()
                .is_some_and(|f| literal_format(&f.format_code).is_some())
        })
    })
}

/// The text of a number format that is one quoted text and nothing else (`"近5000万元"`):
/// Excel and WPS show that text whatever the number is.
pub fn literal_format(code: &str) -> Option<&str> {
    let text = code.strip_prefix('"')?.strip_suffix('"')?;
    (!text.is_empty() && !text.contains('"')).then_some(text)
}

/// A cell from calamine's value and the cell's number format, if it has one.
fn cell(data: &Data, format: Option<&str>) -> Cell {
    let literal = format.and_then(literal_format);
    // A quoted `%` is text, not a percentage.
    let percent = literal.is_none() && format.is_some_and(|f| f.contains('%'));
    let number = |value: f64| Cell::Number {
        value,
        percent,
        literal: literal.map(Box::from),
    };
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => number(*i as f64),
        Data::Float(f) => number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            Cell::Date(y, m, day)
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// The date an Excel serial number stands for (a date typed into a cell formatted as a
/// number): None outside the years a report can mean.
pub fn serial_date(serial: f64, is_1904: bool) -> Option<(u16, u8, u8)> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let d = calamine::ExcelDateTime::new(serial, calamine::ExcelDateTimeType::DateTime, is_1904);
    let (y, m, day, ..) = d.to_ymd_hms_milli();
    Some((y, m, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Cell::Text(t) => t.clone(),
                        _ => String::new(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn csv_quotes_commas_and_line_breaks() {
        let rows = parse_csv("地区,金额\r\n碌曲县,\"8,231\"\r\n\"甲\"\"乙\",\"两\n行\"\n");
        assert_eq!(
            texts(&rows),
            vec![
                vec!["地区", "金额"],
                vec!["碌曲县", "8,231"],
                vec!["甲\"乙", "两\n行"],
            ]
        );
    }

    #[test]
    fn tab_separated_text_is_read() {
        let rows = parse_csv("地区\t金额\n碌曲县\t8231万元\n");
        assert_eq!(texts(&rows)[1], vec!["碌曲县", "8231万元"]);
    }

    #[test]
    fn serial_numbers_are_dates() {
        assert_eq!(serial_date(43646.0, false), Some((2019, 6, 30)));
        assert_eq!(serial_date(0.5, false), None);
    }
}
