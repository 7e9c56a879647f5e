//! A sheet's header: which column fills which key, in which unit, for which year.
//!
//! The header is the first row naming at least two known columns (title rows above it are
//! skipped, and a `单位：万元` line among them gives the unit of columns that state
//! none). A header may carry a unit in brackets (`金额（万元）`). A column headed by a
//! year (`2014年`) holds one year of a figure, the wide form yearbooks use: the figure is
//! the header merged above the years (`贫困人口` over `2014年 2015年`, or the sheet's own
//! name, `资金投入` over the years of a funds sheet), else the one the sheet is named
//! for. Beside the years, a `合计` column holds the row's total of that figure: it is
//! checked, never read as a year. Columns the reader does not know (`序号`, `建设地点`)
//! are skipped with one note for the sheet.

use super::guess::close_header;
use super::schema::{Column, Kind, Sheet};
use super::sheet::SheetText;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::tables::{Cell, Grid};
use crate::messages::catalog::tables as msg;
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
    /// The header as the sheet writes it (`贫困户数（户）`), for messages.
    pub header: String,
}

/// A column holding each row's total of a figure over its year columns (`合计`).
#[derive(Debug, Clone)]
pub struct RowTotal {
    /// 0-based column in the sheet.
    pub col: u32,
    /// The figure it totals.
    pub column: &'static Column,
    /// The unit its header (or the figure's) states.
    pub unit: Option<String>,
    /// The header as written, for messages.
    pub header: String,
}

/// Columns left unread: the same header over neighbouring columns (a merged cell) once.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// First and last 0-based column.
    pub cols: (u32, u32),
    /// The header as written.
    pub header: String,
    /// A known header it is one typing slip from (`贫困户树` → `贫困户数`).
    pub guess: Option<&'static str>,
}

/// How a sheet's rows are read.
#[derive(Debug, Clone)]
pub struct Plan {
    /// 0-based index of the header's (first) row.
    pub header_row: usize,
    /// 0-based index of the first data row.
    pub first_row: usize,
    /// The columns read, left to right.
    pub slots: Vec<Slot>,
    /// Row totals over year columns, checked against their rows.
    pub totals: Vec<RowTotal>,
    /// The columns not read.
    pub skipped: Vec<Skipped>,
}

/// Rows searched for the header before giving up.
const HEADER_SEARCH: usize = 20;

/// Headers of a column that totals a row's other columns.
const TOTAL_HEADERS: &[&str] = &["合计", "小计", "总计", "累计", "共计", "合计数"];

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
        // `县（市、区）` names kinds of region, not a unit.
        let kinds = t[open + 1..]
            .trim_end_matches(')')
            .chars()
            .all(|c| "市区县州旗盟乡镇街道、,".contains(c));
        if t.ends_with(')') && !kinds {
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

/// True for a header naming a row's total (`合计`, `小计（万元）`).
pub fn is_total_header(name: &str) -> bool {
    TOTAL_HEADERS.contains(&name)
}

fn text_of(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Text(t) if !t.trim().is_empty() => Some(t.clone()),
        Cell::Number { value, .. } if value.fract() == 0.0 => Some(format!("{value}")),
        _ => None,
    }
}

/// The figure a header over year columns names: one of the sheet's columns, or the sheet
/// itself (`资金投入` over the years of a funds sheet holds its amounts).
fn group_figure(sheet: &'static Sheet, name: &str) -> Option<&'static Column> {
    let own = sheet.column(name).filter(|c| is_figure(c.kind));
    own.or_else(|| {
        let names_sheet = Sheet::named(name).is_some_and(|s| s.section == sheet.section);
        names_sheet.then(|| wide_column(sheet)).flatten()
    })
}

/// The column a year column holds when no header above it names one.
fn wide_column(sheet: &'static Sheet) -> Option<&'static Column> {
    sheet
        .wide_figure
        .and_then(|k| sheet.columns.iter().find(|c| c.key == k))
}

fn is_figure(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Money | Kind::Count | Kind::Rate | Kind::Figure | Kind::Decimal
    )
}

/// The units a line above the header gives (`单位：万元`, `计量单位：户、人、%`).
fn sheet_units(rows: &[Vec<Cell>]) -> Vec<String> {
    let mut units = Vec::new();
    for cell in rows.iter().flatten() {
        let Some(t) = text_of(cell) else { continue };
        let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let Some(at) = t.find("单位：").or_else(|| t.find("单位:")) else {
            continue;
        };
        let rest = &t[at..];
        let rest = rest
            .trim_start_matches("单位：")
            .trim_start_matches("单位:");
        let rest = rest.split([')', '）']).next().unwrap_or("");
        units.extend(
            rest.split(['、', ',', '，', '/', ';', '；'])
                .filter(|u| !u.is_empty() && u.chars().count() <= 4)
                .map(str::to_string),
        );
    }
    units
}

/// The unit of the sheet's unit line a column without its own takes: money columns the
/// line's money unit (`万元`), counts of people or households the line's `万人`/`户`.
fn default_unit(column: &Column, units: &[String]) -> Option<String> {
    let fits = |u: &&String| match column.kind {
        Kind::Money => u.ends_with('元'),
        Kind::Count => match column.key {
            "households" => u.ends_with('户'),
            "people" | "population" => u.ends_with('人'),
            _ => u.ends_with('个'),
        },
        _ => false,
    };
    units.iter().find(fits).cloned()
}

/// The header's rows as text per column: the first row's cell (a blank one before a year
/// or total below continuing its left neighbour, as a merged cell would in a CSV file),
/// and the second row's where it differs from the first's (a cell merged down both rows
/// is the first's alone).
struct Rows {
    top: Vec<Option<String>>,
    sub: Vec<Option<String>>,
}

fn header_rows(grid: &Grid, at: usize) -> Rows {
    let header = &grid.rows[at];
    let below = grid.rows.get(at + 1);
    let width = header.len().max(below.map_or(0, Vec::len));
    let mut top: Vec<Option<String>> = (0..width)
        .map(|c| header.get(c).and_then(text_of))
        .collect();
    let sub: Vec<Option<String>> = (0..width)
        .map(|c| {
            below
                .and_then(|r| r.get(c))
                .and_then(text_of)
                .filter(|t| Some(t) != top[c].as_ref())
        })
        .collect();
    for c in 1..width {
        let named_below = sub[c].as_ref().is_some_and(|t| {
            let n = split_header(t).0;
            header_year(&n).is_some() || is_total_header(&n)
        });
        if top[c].is_none() && named_below {
            top[c] = top[c - 1].clone();
        }
    }
    Rows { top, sub }
}

/// Reads the header of `grid` as a sheet of kind `sheet`; problems are reported at
/// their cells.
pub fn plan(
    grid: &Grid,
    sheet: &'static Sheet,
    text: &SheetText,
    diags: &mut Diagnostics,
) -> Option<Plan> {
    let Some(at) = find_header(grid, sheet) else {
        let headers: Vec<&str> = sheet.all_columns().map(|c| c.header).collect();
        diags.push(
            Diagnostic::file_error(&text.file.path, msg::no_header_row(grid.name.clone()))
                .expected(msg::header_expected(choices(&headers)))
                .hint(msg::no_header_row_hint()),
        );
        return None;
    };
    let units = sheet_units(&grid.rows[..at]);
    let Rows { top, sub } = header_rows(grid, at);
    let is_year = |t: &Option<String>| {
        t.as_ref()
            .is_some_and(|t| header_year(&split_header(t).0).is_some())
    };
    let places = ["code", "region", "id"];
    let places_row = |c: usize| {
        top[c].as_ref().is_some_and(|t| {
            sheet
                .column(&split_header(t).0)
                .is_some_and(|col| places.contains(&col.key))
        })
    };
    // The second row of a two-row header has years under a figure, and nothing under the
    // region's columns (they are merged down, or blank); a data row has its region there.
    let two_rows = (0..top.len()).any(|c| is_year(&sub[c]) && !is_year(&top[c]))
        && (0..top.len()).all(|c| !places_row(c) || sub[c].is_none());
    let mut plan = Plan {
        header_row: at,
        first_row: at + if two_rows { 2 } else { 1 },
        slots: Vec::new(),
        totals: Vec::new(),
        skipped: Vec::new(),
    };
    let mut ok = true;
    let mut pending_totals: Vec<(u32, String, Option<String>)> = Vec::new();
    for (col, raw) in top.iter().enumerate() {
        let Some(raw) = raw else { continue };
        let col = Column1 {
            at: col as u32,
            raw: raw.trim().to_string(),
        };
        let under = sub[col.at as usize].as_ref().filter(|_| two_rows);
        match under {
            Some(under) => plan.under_group(sheet, &col, &split_header(under), &units),
            None => match plan.single(sheet, &col, &units) {
                Single::Read => {}
                Single::Total(unit) => pending_totals.push((col.at, col.raw, unit)),
                Single::YearWithoutFigure => {
                    ok = false;
                    diags.push(
                        text.error(at, col.at, msg::year_column_without_figure(&col.raw))
                            .hint(msg::year_column_hint()),
                    );
                }
            },
        }
    }
    // A `合计` beside one-row year columns totals them; elsewhere it is a column not read.
    for (col, header, unit) in pending_totals {
        let wide = plan.slots.iter().any(|s| s.year.is_some());
        match wide_column(sheet).filter(|_| wide) {
            Some(column) => plan.totals.push(RowTotal {
                col,
                column,
                unit: unit.or_else(|| default_unit(column, &units)),
                header,
            }),
            None => plan.skip(col, header, None),
        }
    }
    plan.skipped.sort_by_key(|s| s.cols);
    ok &= plan.check_twice(text, diags);
    if !plan.slots.iter().any(|s| places.contains(&s.column.key)) {
        ok = false;
        diags.push(
            text.error(at, 0, msg::no_region_column(sheet.name))
                .hint(msg::no_region_column_hint()),
        );
    }
    ok.then_some(plan)
}

/// A header cell of the first row, as written, and its column.
struct Column1 {
    at: u32,
    raw: String,
}

/// What a one-row header cell is.
enum Single {
    /// Read, or not read with the sheet's note.
    Read,
    /// A `合计`, known for what once every year column is; with its unit.
    Total(Option<String>),
    /// A year in a sheet whose years hold no figure.
    YearWithoutFigure,
}

/// The unit a column reads its cells in: its own (the second header row's), else the
/// header's, else the sheet's unit line's.
fn unit_of(
    column: &Column,
    own: Option<String>,
    header: Option<String>,
    units: &[String],
) -> Option<String> {
    own.or(header).or_else(|| default_unit(column, units))
}

impl Plan {
    /// A column of a two-row header, under `group`: one year of the group's figure, the
    /// row's total of it, or (an unknown figure or sub-header) a column not read.
    fn under_group(
        &mut self,
        sheet: &'static Sheet,
        col: &Column1,
        (sub_name, sub_unit): &(String, Option<String>),
        units: &[String],
    ) {
        let (name, unit) = split_header(&col.raw);
        match (group_figure(sheet, &name), header_year(sub_name)) {
            (Some(column), Some(year)) => self.slots.push(Slot {
                col: col.at,
                unit: unit_of(column, sub_unit.clone(), unit, units),
                column,
                year: Some(year),
                header: col.raw.clone(),
            }),
            (Some(column), None) if is_total_header(sub_name) => self.totals.push(RowTotal {
                col: col.at,
                column,
                unit: unit_of(column, sub_unit.clone(), unit, units),
                header: format!("{} {sub_name}", col.raw),
            }),
            // An unknown figure merged over its years is one column not read.
            (None, _) => self.skip(col.at, col.raw.clone(), close_header(sheet, &name)),
            _ => self.skip(col.at, col.raw.clone(), None),
        }
    }

    /// A column of a one-row header: a known column, one year of the sheet's figure, a
    /// row total, or a column not read.
    fn single(&mut self, sheet: &'static Sheet, col: &Column1, units: &[String]) -> Single {
        let (name, unit) = split_header(&col.raw);
        if let Some(year) = header_year(&name) {
            let Some(column) = wide_column(sheet) else {
                return Single::YearWithoutFigure;
            };
            // Messages name the figure the sheet's years hold, not one year.
            self.slots.push(Slot {
                col: col.at,
                unit: unit_of(column, None, unit, units),
                column,
                year: Some(year),
                header: column.header.to_string(),
            });
        } else if is_total_header(&name) {
            return Single::Total(unit);
        } else if let Some(column) = sheet.column(&name) {
            self.slots.push(Slot {
                col: col.at,
                unit: unit_of(column, None, unit, units),
                column,
                year: None,
                header: col.raw.clone(),
            });
        } else {
            self.skip(col.at, col.raw.clone(), close_header(sheet, &name));
        }
        Single::Read
    }
}

/// How many of `sheet`'s own columns (not the region, time or provenance columns every
/// sheet has) its header names: how plainly the header says the sheet is of that kind.
pub fn own_columns(grid: &Grid, sheet: &'static Sheet) -> usize {
    let Some(at) = find_header(grid, sheet) else {
        return 0;
    };
    let mut keys: Vec<&str> = Vec::new();
    for cell in grid.rows.iter().skip(at).take(2).flatten() {
        let Some(t) = text_of(cell) else { continue };
        let name = split_header(&t).0;
        // The sheet's own columns come first in `column`: a region or provenance column
        // it finds is no own column.
        let own = sheet.column(&name).filter(|c| {
            !matches!(c.key, "year" | "period") && sheet.columns.iter().any(|o| o.key == c.key)
        });
        if let Some(c) = own {
            if !keys.contains(&c.key) {
                keys.push(c.key);
            }
        }
    }
    keys.len()
}

/// The first of the sheet's first rows naming two known columns.
fn find_header(grid: &Grid, sheet: &'static Sheet) -> Option<usize> {
    let known = |cell: &Cell| {
        text_of(cell).is_some_and(|t| {
            let (name, _) = split_header(&t);
            sheet.column(&name).is_some()
                || header_year(&name).is_some()
                || group_figure(sheet, &name).is_some()
        })
    };
    grid.rows.iter().take(HEADER_SEARCH).position(|row| {
        // A merged header cell counts once.
        let mut names: Vec<String> = row
            .iter()
            .filter(|c| known(c))
            .filter_map(text_of)
            .collect();
        names.dedup();
        names.len() >= 2
    })
}

impl Plan {
    /// A column not read; the same header right beside the last one is one merged cell.
    fn skip(&mut self, col: u32, header: String, guess: Option<&'static str>) {
        if let Some(last) = self.skipped.last_mut() {
            if last.header == header && last.cols.1 + 1 == col {
                last.cols.1 = col;
                return;
            }
        }
        self.skipped.push(Skipped {
            cols: (col, col),
            header,
            guess,
        });
    }

    /// One error for each header that names a column already read. A header merged over
    /// neighbouring columns with nothing below to tell them apart is one column.
    fn check_twice(&mut self, text: &SheetText, diags: &mut Diagnostics) -> bool {
        let mut ok = true;
        let mut kept: Vec<Slot> = Vec::new();
        let mut told: Vec<String> = Vec::new();
        for s in std::mem::take(&mut self.slots) {
            let same = |o: &&Slot| o.column.key == s.column.key && o.year == s.year;
            let Some(first) = kept.iter().rev().find(same) else {
                kept.push(s);
                continue;
            };
            let merged = first.header == s.header
                && kept
                    .last()
                    .is_some_and(|l| l.col + 1 == s.col && l.header == s.header);
            if merged {
                // Keep the run going so a third merged column is still seen as one.
                let last = kept.last_mut().expect("checked above");
                last.col = s.col.min(last.col);
                continue;
            }
            ok = false;
            if !told.contains(&s.header) {
                told.push(s.header.clone());
                diags.push(
                    text.error(self.header_row, s.col, msg::header_twice(&s.header))
                        .hint(msg::header_twice_hint()),
                );
            }
        }
        self.slots = kept;
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tables::schema::Section;

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
        assert_eq!(split_header("县（市）"), ("县(市)".into(), None));
        assert_eq!(header_year("2014年"), Some(2014));
        assert_eq!(header_year("2018年底"), Some(2018));
        assert_eq!(header_year("贫困人口"), None);
    }

    #[test]
    fn a_unit_line_gives_columns_their_units() {
        let rows = vec![vec![
            Cell::Text("临夏州扶贫资金投入表".into()),
            Cell::Empty,
            Cell::Text("单位：万元、人".into()),
        ]];
        let units = sheet_units(&rows);
        assert_eq!(units, vec!["万元", "人"]);
        let funds = Sheet::of(Section::Funds);
        let amount = funds.column("金额").unwrap();
        assert_eq!(default_unit(amount, &units).as_deref(), Some("万元"));
        let projects = funds.column("项目数").unwrap();
        assert_eq!(default_unit(projects, &units), None);
    }
}
