//! `data/all.csv`: every sheet in one table, a `表` column naming each row's sheet.

use super::Table;
use crate::compute::table::push_csv_cell;
use crate::model::tables::schema::SHEETS;

/// The first column's header: the sheet a row belongs to.
pub(super) const SHEET_HEADER: &str = "表";

/// The CSV's bytes (UTF-8 with a BOM, CRLF, RFC 4180 quoting, as every download here).
pub(super) fn write(tables: &[Table<'_>]) -> Vec<u8> {
    // Every sheet's headers, in schema order, each header text once: `年份` or `数据来源`
    // is one column whatever sheet the row is from. All sheets, written or not, so the
    // columns are the same for every site.
    let mut headers: Vec<&'static str> = vec![SHEET_HEADER];
    for sheet in SHEETS {
        for c in sheet.all_columns() {
            if !headers.contains(&c.header) {
                headers.push(c.header);
            }
        }
    }
    // Written row by row as `DataTable::to_csv_file` writes a table (a BOM, quoting, CRLF),
    // without holding every row as a cell per column of all the sheets' first.
    let mut out = String::from("\u{feff}");
    line(&mut out, &headers);
    for t in tables {
        // For each CSV column, the cell of this sheet's rows it shows, if any.
        let columns = t.columns();
        let from: Vec<Option<usize>> = headers
            .iter()
            .map(|h| columns.iter().position(|c| c.header == *h))
            .collect();
        for row in t.rows() {
            let cell = |i: Option<usize>| i.map_or("", |i| row[i].as_str());
            let cells: Vec<&str> = std::iter::once(t.sheet.name)
                .chain(from[1..].iter().map(|i| cell(*i)))
                .collect();
            line(&mut out, &cells);
        }
    }
    out.into_bytes()
}

/// One CSV line: the cells, each quoted when it needs to be, and CRLF.
fn line(out: &mut String, cells: &[&str]) {
    for (n, c) in cells.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_csv_cell(out, c);
    }
    out.push_str("\r\n");
}
