//! `data/all.xlsx`: one sheet per section, the full form of headers on row 1.

use super::{Cell, Table};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// Characters an Excel cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// Narrowest and widest column, in Excel's character widths.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 40;

/// The workbook's bytes: the same for the same tables on every machine and every run.
pub(super) fn write(tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // The document's creation time would otherwise be the clock's (the zip entries'
    // times are already fixed by rust_xlsxwriter): a fixed date keeps builds identical.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(table.sheet.name)?;
        let columns = table.columns();
        let mut widths: Vec<usize> = columns.iter().map(|c| width(c.header)).collect();
        for (c, column) in columns.iter().enumerate() {
            sheet.write_string_with_format(0, col(c), column.header, &bold)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, cell) in row.iter().enumerate() {
                widths[c] = widths[c].max(width(cell.as_str()));
                match cell {
                    Cell::Empty => {}
                    // A plain number of at most 15 significant digits: f64 holds it exactly.
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

/// Marks every entry of the zip as made on Unix. The zip writer records the system it runs
/// on in each central directory entry's "version made by"; the same workbook built on
/// Windows would otherwise differ from Linux's in those bytes alone.
pub(super) fn made_on_unix(zip: &mut [u8]) {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ENTRY: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    let Some(end) = zip.windows(4).rposition(|w| w == END) else {
        return;
    };
    let u16_at = |z: &[u8], i: usize| {
        z.get(i..i + 2)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let u32_at = |z: &[u8], i: usize| {
        z.get(i..i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let (count, mut at) = (u16_at(zip, end + 10), u32_at(zip, end + 16));
    for _ in 0..count {
        if zip.get(at..at + 4) != Some(&ENTRY[..]) {
            return;
        }
        zip[at + 5] = 3; // the high byte of "version made by": 3 is Unix
        at += 46 + u16_at(zip, at + 28) + u16_at(zip, at + 30) + u16_at(zip, at + 32);
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
