//! `data/all.xlsx`: one sheet per section, the full form of headers on row 1, every
//! figure a number in its column's unit.

use super::{header, unit, Cell, Table};
use crate::load::tables::{self, literal_format};
use crate::model::tables::cells;
use crate::model::tables::schema::Kind;
use crate::render::zip_host::made_on_unix;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use std::collections::HashMap;

/// Characters an Excel cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// Narrowest and widest column, in Excel's character widths.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 40;

/// The workbook's bytes: the same for the same tables on every machine and every run.
pub(super) fn write(tables: &[Table<'_>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // The document's creation time would otherwise be the clock's (the zip entries'
    // times are already fixed by rust_xlsxwriter): a fixed date keeps builds identical.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    // Level 4: at the default 6, deflating a national workbook (140 MB of XML) took a
    // second more for a file 2% smaller (16.6 against 16.1 MB at 10,000 counties).
    book.set_zip_compression_level(4);
    let bold = Format::new().set_bold();
    let mut formats = Formats::default();
    for table in tables {
        // Rows go to a temporary file as they are written: a national site's workbook
        // held whole in memory took over a gigabyte. The bytes are those of the usual
        // mode (shared strings, same order), which the example's workbook test pins.
        let sheet = book.add_worksheet_with_low_memory()?;
        sheet.set_name(table.sheet.name)?;
        let columns = table.columns();
        let headers: Vec<String> = columns.iter().map(|c| header(c)).collect();
        let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, col(c), h, &bold)?;
        }
        for (r, row) in table.rows().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, cell) in row.iter().enumerate() {
                widths[c] = widths[c].max(width(cell.as_str()));
                match cell {
                    Cell::Empty => {}
                    Cell::Figure { base, written } => {
                        let (kind, unit) = (columns[c].kind, unit(columns[c]));
                        match shown(*base, written, kind, unit) {
                            Shown::Number(v, decimals) => {
                                sheet.write_number_with_format(
                                    r,
                                    col(c),
                                    v,
                                    formats.plain(decimals),
                                )?;
                            }
                            Shown::Written(v) => {
                                sheet.write_number_with_format(
                                    r,
                                    col(c),
                                    v,
                                    formats.written(written),
                                )?;
                            }
                            Shown::Text => {
                                sheet.write_string(r, col(c), written)?;
                            }
                        }
                    }
                    // A year: four digits, which an f64 holds exactly.
                    Cell::Number(n) => {
                        let v: f64 = n
                            .parse()
                            .map_err(|_| XlsxError::ParameterError(n.clone()))?;
                        sheet.write_number(r, col(c), v)?;
                    }
                    // Excel holds at most 32767 characters in a cell: a longer text (no
                    // figure or name is) is cut there, so the download still opens.
                    Cell::Text(t) if t.chars().count() > MAX_CELL_CHARS => {
                        let cut: String = t.chars().take(MAX_CELL_CHARS - 1).collect();
                        sheet.write_string(r, col(c), format!("{cut}…"))?;
                    }
                    Cell::Text(t) => {
                        sheet.write_string(r, col(c), t)?;
                    }
                }
            }
        }
        for (c, w) in widths.into_iter().enumerate() {
            sheet.set_column_width(col(c), (w + 2).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    let mut bytes = book.save_to_buffer()?;
    made_on_unix(&mut bytes);
    Ok(bytes)
}

/// How a figure goes into its cell.
#[derive(Debug, PartialEq)]
pub(super) enum Shown {
    /// The number in the column's unit reads back as the figure: shown with its decimals.
    Number(f64, u32),
    /// The number in the column's unit, shown as the written form by its number format.
    Written(f64),
    /// Text, as written: no number reads back as the figure (it cannot happen for what
    /// the model holds; kept so a surprise costs a number cell, not the figure).
    Text,
}

/// How the figure `base` written `written` goes into a column of `kind` in `unit`: decided
/// by asking the reader of `content/tables/` what each choice reads back as, so whatever
/// it reads back is the figure as written.
pub(super) fn shown(base: Decimal, written: &str, kind: Kind, unit: Option<&str>) -> Shown {
    let Some(v) = cells::in_unit(base, unit) else {
        return Shown::Text;
    };
    let read = |cell: tables::Cell| cells::read(&cell, kind, unit, false).ok().flatten();
    let want = read(tables::Cell::Text(written.to_string()));
    if want.is_none() {
        return Shown::Text;
    }
    let number = |literal: Option<&str>| tables::Cell::Number {
        value: v,
        percent: false,
        literal: literal.map(Box::from),
    };
    if read(number(None)) == want {
        let decimals = (base / Decimal::from(10u64.pow(cells::unit_scale(unit.unwrap_or("")))))
            .normalize()
            .scale();
        return Shown::Number(v, decimals);
    }
    // The format code quotes the written form; Excel holds at most 255 characters of one.
    let code = format!("\"{written}\"");
    if code.chars().count() <= 255
        && literal_format(&code) == Some(written)
        && read(number(Some(written))) == want
    {
        return Shown::Written(v);
    }
    Shown::Text
}

/// The number formats of figures, made once each: one per count of decimals, one per
/// written form.
#[derive(Default)]
struct Formats {
    plain: HashMap<u32, Format>,
    written: HashMap<String, Format>,
}

impl Formats {
    /// Thousands separated, with the number's own decimals, so the cell shows it exactly
    /// (General would round a long one or turn it into an exponent).
    fn plain(&mut self, decimals: u32) -> &Format {
        self.plain.entry(decimals).or_insert_with(|| {
            let places = "0".repeat(decimals as usize);
            let code = match decimals {
                0 => "#,##0".to_string(),
                _ => format!("#,##0.{places}"),
            };
            Format::new().set_num_format(code)
        })
    }

    /// The written form as the only thing the cell shows.
    fn written(&mut self, written: &str) -> &Format {
        self.written
            .entry(written.to_string())
            .or_insert_with(|| Format::new().set_num_format(format!("\"{written}\"")))
    }
}

/// A column index (sheets have a few dozen columns at most).
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// How wide text shows: a Chinese character takes two narrow ones' room.
fn width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}
