//! Figures as an HTML-ready table, beside every chart and on region pages.

use serde::Serialize;

/// A table of already formatted figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DataTable {
    /// Caption (what the table shows).
    pub caption: String,
    /// Column headings.
    pub headers: Vec<String>,
    /// Rows of cells, as printed.
    pub rows: Vec<Vec<String>>,
    /// Per column: true when every cell is a figure, so themes can align it right.
    pub numeric: Vec<bool>,
}

impl DataTable {
    /// An empty table with headings.
    pub fn new(caption: impl Into<String>, headers: &[&str]) -> Self {
        DataTable {
            caption: caption.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            numeric: vec![false; headers.len()],
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
        self.numeric = (0..self.headers.len())
            .map(|c| {
                let mut cells = self
                    .rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .filter(|v| v.as_str() != "—")
                    .peekable();
                cells.peek().is_some() && cells.all(|v| is_figure(v))
            })
            .collect();
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as CSV (RFC 4180 quoting), for open-data downloads.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        for row in std::iter::once(&self.headers).chain(self.rows.iter()) {
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The table as a downloadable `.csv` file: [`DataTable::to_csv`] with a BOM.
    pub fn to_csv_file(&self) -> Vec<u8> {
        with_bom(self.to_csv())
    }
}

/// CSV with a UTF-8 BOM so spreadsheet programs on office PCs read the Chinese correctly.
pub fn with_bom(s: String) -> Vec<u8> {
    let mut v = "\u{feff}".as_bytes().to_vec();
    v.extend(s.into_bytes());
    v
}

/// A cell that is a figure: starts with a digit (`4.34亿元`, `35.5%`, `2015年`).
fn is_figure(v: &str) -> bool {
    v.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn csv_cell(c: &str) -> String {
    if c.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c.to_string()
    }
}

/// An optional figure as a cell: the figure, or a dash when not published.
pub fn cell<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "—".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_columns_are_marked_numeric() {
        let mut t = DataTable::new("x", &["来源", "金额", "备注"]);
        t.push(vec!["财政".into(), "4.34亿元".into(), "—".into()]);
        t.push(vec!["行业".into(), "—".into(), "说明".into()]);
        assert_eq!(t.numeric, vec![false, true, false]);
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        let mut t = DataTable::new("x", &["批次", "说明"]);
        t.push(vec!["第一、二批".into(), "a,b \"c\"".into()]);
        assert_eq!(t.to_csv(), "批次,说明\r\n第一、二批,\"a,b \"\"c\"\"\"\r\n");
    }

    #[test]
    fn csv_files_start_with_a_bom() {
        let mut t = DataTable::new("x", &["年份"]);
        t.push(vec!["2015".into()]);
        assert_eq!(t.to_csv_file(), "\u{feff}年份\r\n2015\r\n".as_bytes());
    }
}
