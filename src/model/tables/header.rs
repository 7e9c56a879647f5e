//! A sheet's header: which column fills which key, in which unit, for which year.
//!
//! The header is the first row naming at least two known columns (title rows above it are
//! skipped). A header may carry a unit in brackets (`金额（万元）`). A column headed by a
//! year (`2014年`) holds one year of a figure, the wide form yearbooks use: the figure is
//! the header merged above the years (`贫困人口` over `2014年 2015年`), else the one the
//! sheet is named for.

use super::schema::{Column, Sheet};
use super::sheet::SheetText;
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use crate::load::tables::{Cell, Grid};
use crate::messages::catalog::{common, tables as msg};
use crate::messages::choices;

/// What one column of the sheet fills.
#[derive(Debug, Clone)]
pub struct Slot {
    /// 0-based column in the sheet.
    pub col: u32,
    /// The key it fills.
    pub column: &'static Column,
    /// The unit its header states, if any.
    pub unit: Option<String>,
    /// For a year column of the wide form, its year.
    pub year: Option<i32>,
}

/// How a sheet's rows are read.
#[derive(Debug, Clone)]
pub struct Plan {
    /// 0-based index of the first data row.
    pub first_row: usize,
    /// The columns read, left to right.
    pub slots: Vec<Slot>,
}

/// Rows searched for the header before giving up.
const HEADER_SEARCH: usize = 20;

/// A header cell's text without spaces or line breaks, and the unit in its brackets.
pub fn split_header(text: &str) -> (String, Option<String>) {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .map(|c| match c {
            '（' | '[' | '【' => '(',
            '）' | ']' | '】' => ')',
            c => c,
        })
        .collect();
    if let Some(open) = t.find('(') {
        if t.ends_with(')') {
            let unit = t[open + 1..t.len() - 1].to_string();
            let name = t[..open].to_string();
            let unit = unit
                .trim_start_matches("单位:")
                .trim_start_matches("单位：");
            return (name, (!unit.is_empty()).then(|| unit.to_string()));
        }
    }
    (t, None)
}

/// The year a header names (`2014`, `2014年`, `2014年末`, `2014年底`), if it names one.
pub fn header_year(name: &str) -> Option<i32> {
    let digits = name
        .trim_end_matches(['末', '底', '度'])
        .trim_end_matches('年');
    (digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|y| (1949..=2100).contains(y))
}

fn text_of(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Text(t) if !t.trim().is_empty() => Some(t.clone()),
        Cell::Number { value, .. } if value.fract() == 0.0 => Some(format!("{value}")),
        _ => None,
    }
}

/// Reads the header of `grid` as a sheet of kind `sheet`; problems are reported at
/// their cells.
pub fn plan(
    grid: &Grid,
    sheet: &'static Sheet,
    text: &SheetText,
    diags: &mut Diagnostics,
) -> Option<Plan> {
    let known = |cell: &Cell| {
        text_of(cell).is_some_and(|t| {
            let (name, _) = split_header(&t);
            sheet.column(&name).is_some() || header_year(&name).is_some()
        })
    };
    let Some(at) = grid
        .rows
        .iter()
        .take(HEADER_SEARCH)
        .position(|row| row.iter().filter(|c| known(c)).count() >= 2)
    else {
        let headers: Vec<&str> = sheet.all_columns().map(|c| c.header).collect();
        diags.push(
            Diagnostic::file_error(&text.file.path, msg::no_header_row(grid.name.clone()))
                .expected(msg::header_expected(choices(&headers)))
                .hint(msg::no_header_row_hint()),
        );
        return None;
    };
    let header = &grid.rows[at];
    let below = grid.rows.get(at + 1);
    // Years under a header merged across them: the two-row form of the wide table.
    let two_rows = below.is_some_and(|row| {
        row.iter()
            .filter_map(text_of)
            .any(|t| header_year(&split_header(&t).0).is_some())
            && row.iter().filter(|c| known(c)).count() == row.iter().filter_map(text_of).count()
    });
    let mut slots = Vec::new();
    let mut ok = true;
    // A CSV file cannot merge a header across its years: a blank cell above a year
    // continues the header to its left, as a merged cell would.
    let mut left: Option<String> = None;
    for (col, cell) in header.iter().enumerate() {
        let year_under = two_rows
            && below
                .and_then(|r| r.get(col))
                .and_then(text_of)
                .is_some_and(|t| header_year(&split_header(&t).0).is_some());
        let raw = match text_of(cell) {
            Some(t) => t,
            None if year_under && left.is_some() => left.clone().unwrap_or_default(),
            None => continue,
        };
        left = Some(raw.clone());
        let (name, unit) = split_header(&raw);
        let under = below
            .filter(|_| two_rows)
            .and_then(|r| r.get(col))
            .and_then(text_of)
            .map(|t| split_header(&t));
        let year_below = under.as_ref().and_then(|(n, _)| header_year(n));
        let slot = if let Some(year) = header_year(&name) {
            sheet
                .wide_figure
                .and_then(|k| sheet.columns.iter().find(|c| c.key == k))
                .map(|column| Slot {
                    col: col as u32,
                    column,
                    unit: unit.clone(),
                    year: Some(year),
                })
        } else {
            sheet.column(&name).map(|column| Slot {
                col: col as u32,
                column,
                unit: under
                    .as_ref()
                    .and_then(|(_, u)| u.clone())
                    .filter(|_| year_below.is_some())
                    .or(unit.clone()),
                year: year_below,
            })
        };
        match slot {
            Some(s) => {
                let twice = slots
                    .iter()
                    .any(|o: &Slot| o.column.key == s.column.key && o.year == s.year);
                if twice {
                    ok = false;
                    diags.push(
                        text.error(at, col as u32, msg::header_twice(raw.trim()))
                            .hint(msg::header_twice_hint()),
                    );
                }
                slots.push(s);
            }
            None if header_year(&name).is_some() => {
                ok = false;
                diags.push(
                    text.error(at, col as u32, msg::year_column_without_figure(raw.trim()))
                        .hint(msg::year_column_hint()),
                );
            }
            None => {
                ok = false;
                let names: Vec<&str> = sheet
                    .all_columns()
                    .flat_map(|c| std::iter::once(c.header).chain(c.aliases.iter().copied()))
                    .collect();
                let headers: Vec<&str> = sheet.all_columns().map(|c| c.header).collect();
                let guess = did_you_mean(&name, names.iter().copied())
                    .map(|g| sheet.column(g).map_or(g, |c| c.header));
                diags.push(
                    text.error(at, col as u32, msg::unknown_header(raw.trim(), sheet.name))
                        .expected(common::one_of(choices(&headers)))
                        .maybe_hint(guess.map(common::did_you_mean)),
                );
            }
        }
    }
    let places = ["code", "region", "id"];
    if !slots.iter().any(|s| places.contains(&s.column.key)) {
        ok = false;
        diags.push(
            text.error(at, 0, msg::no_region_column(sheet.name))
                .hint(msg::no_region_column_hint()),
        );
    }
    ok.then_some(Plan {
        first_row: at + if two_rows { 2 } else { 1 },
        slots,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_years_in_headers() {
        assert_eq!(
            split_header("金额（万元）"),
            ("金额".into(), Some("万元".into()))
        );
        assert_eq!(
            split_header(" 贫困发生率 (%) "),
            ("贫困发生率".into(), Some("%".into()))
        );
        assert_eq!(split_header("地 区"), ("地区".into(), None));
        assert_eq!(header_year("2014年"), Some(2014));
        assert_eq!(header_year("2018年底"), Some(2018));
        assert_eq!(header_year("贫困人口"), None);
    }
}
