//! Figures as an HTML-ready table, beside every chart and on region pages.

use super::provenance::Provenances;
use crate::model::region::Sourced;
use crate::quantity::{AsOf, Qualifier};
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
    /// The source line under the table: `数据来源：…；截至…` (empty when no row says).
    pub source: String,
    /// Each row's source (an index into `provenances`) and date, for the CSV's 数据来源
    /// and 截至 columns; None for a computed row.
    #[serde(skip)]
    row_sources: Vec<Option<(Option<usize>, Option<AsOf>)>>,
    #[serde(skip)]
    provenances: Provenances,
    /// Per column: whether any row has published a cell in it yet.
    #[serde(skip)]
    published: Vec<bool>,
    /// True once a row has brought a remark: the last column is then `备注`.
    #[serde(skip)]
    noted: bool,
}

impl DataTable {
    /// An empty table with headings.
    pub fn new(caption: impl Into<String>, headers: &[&str]) -> Self {
        DataTable {
            caption: caption.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            numeric: vec![false; headers.len()],
            source: String::new(),
            row_sources: Vec::new(),
            provenances: Provenances::default(),
            noted: false,
            published: vec![false; headers.len()],
        }
    }

    /// Adds a row with where its figures were published and when they were true.
    pub fn push_sourced(&mut self, mut row: Vec<String>, sourced: Sourced<'_>) {
        let (index, changed) = self.provenances.add(sourced);
        if changed {
            self.source = self.provenances.line();
        }
        if let Some(note) = sourced.note {
            self.add_note_column();
            row.push(note.to_string());
        }
        self.push_row(row, Some((index, sourced.as_of)));
    }

    /// The `备注` column, added when the first row with a remark comes: a table of rows
    /// without remarks has none, and earlier rows get a dash.
    fn add_note_column(&mut self) {
        if self.noted {
            return;
        }
        self.noted = true;
        self.headers.push("备注".into());
        self.numeric.push(false);
        self.published.push(false);
        for row in &mut self.rows {
            row.push("—".into());
        }
    }

    /// Adds a row of figures computed from others (its sources are added separately).
    pub fn push(&mut self, row: Vec<String>) {
        self.push_row(row, None);
    }

    /// Adds the sources of figures the table's rows were computed from.
    pub fn add_sources<'a>(&mut self, sourced: impl IntoIterator<Item = Sourced<'a>>) {
        let mut changed = false;
        for s in sourced {
            changed |= self.provenances.add(s).1;
        }
        if changed {
            self.source = self.provenances.line();
        }
    }

    fn push_row(&mut self, mut row: Vec<String>, sourced: Option<(Option<usize>, Option<AsOf>)>) {
        // A row without a remark in a table that has some.
        if self.noted && row.len() < self.headers.len() {
            row.push("—".into());
        }
        // A column is numeric while every published cell is a figure and one is: the
        // new row updates that without rereading the others.
        for (c, numeric) in self.numeric.iter_mut().enumerate() {
            if let Some(v) = row.get(c).filter(|v| v.as_str() != "—") {
                *numeric = is_figure(v) && (*numeric || !self.published[c]);
                self.published[c] = true;
            }
        }
        self.rows.push(row);
        self.row_sources.push(sourced);
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as CSV (RFC 4180 quoting), for open-data downloads: with 数据来源 and
    /// 截至 columns when the table has a source line.
    pub fn to_csv(&self) -> String {
        let sourced = !self.source.is_empty();
        let mut out = String::new();
        let mut line = |cells: &mut dyn Iterator<Item = &str>| {
            for (n, c) in cells.enumerate() {
                if n > 0 {
                    out.push(',');
                }
                push_csv_cell(&mut out, c);
            }
            out.push_str("\r\n");
        };
        let extra: &[&str] = if sourced {
            &["数据来源", "截至"]
        } else {
            &[]
        };
        line(
            &mut self
                .headers
                .iter()
                .map(String::as_str)
                .chain(extra.iter().copied()),
        );
        for (i, row) in self.rows.iter().enumerate() {
            let mut cells = row.iter().map(String::as_str);
            if !sourced {
                line(&mut cells);
                continue;
            }
            let (source, as_of) = match self.row_sources.get(i).copied().flatten() {
                Some((source, as_of)) => (
                    source
                        .map(|i| self.provenances.source(i))
                        .unwrap_or_default(),
                    as_of.map(|d| d.key()).unwrap_or_default(),
                ),
                // A computed row (a total) carries the table's whole source line.
                None => (self.source.as_str(), String::new()),
            };
            line(&mut cells.chain([source, as_of.as_str()]));
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

/// A cell that is a figure: starts with a digit (`4.34亿元`, `35.5%`, `2015年`), or with
/// the qualifier of one (`近5000万元`, `约1.2万人`).
fn is_figure(v: &str) -> bool {
    Qualifier::strip_leading(v)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
}

/// Appends a CSV cell to `out`, quoted when it holds a comma, a quote or a line break.
pub(crate) fn push_csv_cell(out: &mut String, c: &str) {
    if c.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&c.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(c);
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
    fn a_remark_adds_its_column_and_dashes_the_rows_without() {
        let mut t = DataTable::new("x", &["年份", "人数"]);
        let plain = Sourced {
            source: Some("某报"),
            as_of: None,
            note: None,
        };
        t.push_sourced(vec!["2016".into(), "100人".into()], plain);
        let noted = Sourced {
            note: Some("深度贫困县"),
            ..plain
        };
        t.push_sourced(vec!["2017".into(), "90人".into()], noted);
        t.push_sourced(vec!["2018".into(), "80人".into()], plain);
        assert_eq!(t.headers, vec!["年份", "人数", "备注"]);
        assert_eq!(t.rows[0][2], "—");
        assert_eq!(t.rows[1][2], "深度贫困县");
        assert_eq!(t.rows[2][2], "—");
        assert!(t.to_csv().contains("2017,90人,深度贫困县,某报,"));
    }

    #[test]
    fn csv_files_start_with_a_bom() {
        let mut t = DataTable::new("x", &["年份"]);
        t.push(vec!["2015".into()]);
        assert_eq!(t.to_csv_file(), "\u{feff}年份\r\n2015\r\n".as_bytes());
    }
}
