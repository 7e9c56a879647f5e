//! Every region's figures in one download: `data/all.xlsx` and `data/all.csv`.
//!
//! The sheets and headers are those of [`crate::model::tables::schema`], the same ones
//! `content/tables/` is read by: a site built from its own `all.xlsx` (with its
//! `region.yaml` files removed) is the same site. So every figure reads back to the
//! identical stated figure (`近5000万元`, `1.41万`, `8300余`), every row carries only its
//! own provenance (the region's is on `地区`), and the files depend on nothing but the
//! model: two builds give the same bytes.
//!
//! In `all.xlsx` every figure is a number a clerk can sum and sort, in its column's unit
//! (`金额（万元）`); where the written form is not simply that number (`近5000万元`,
//! `4.34亿元`, `1.41万`), the cell's number format is that text, so Excel and WPS show the
//! figure as published and the reader takes the text back. `all.csv` keeps the written
//! forms as text.

mod csv;
mod xlsx;

use super::OutputFile;
use crate::model::kinds::{key, Column, Kind, Section, Sheet, SHEETS};
use crate::model::region::{Provenance, Region, NO_TIME};
use crate::model::Site;
use crate::quantity::{Count, Exact, Money, MoneyUnit, Rate, Stated, YearOrPeriod};
use rust_decimal::Decimal;
use std::path::PathBuf;

/// Where the workbook is written, relative to the site root.
pub const XLSX_PATH: &str = "data/all.xlsx";
/// Where the one-table CSV is written.
pub const CSV_PATH: &str = "data/all.csv";

/// `data/all.xlsx` and `data/all.csv` for the whole site (reads every region).
pub fn files(site: &Site) -> Vec<OutputFile> {
    write(&tables(site.regions()))
}

/// Where [`files`] go, relative to the output folder.
pub fn paths() -> Vec<PathBuf> {
    vec![PathBuf::from(XLSX_PATH), PathBuf::from(CSV_PATH)]
}

/// A hash of every cell of the sheets [`files`] writes, their only input: equal hashes
/// make equal files, so a rebuild whose figures are unchanged keeps the last build's.
/// Made a region at a time, without holding the sheets (300 MB at 10,000 counties).
pub fn input_hash(site: &Site) -> u64 {
    use rayon::prelude::*;
    use std::hash::{Hash, Hasher};
    let regions = site.regions();
    // A hash per sheet, the sheets on both cores, then one of them all.
    let sheets: Vec<u64> = SHEETS
        .par_iter()
        .map(|sheet| {
            let mut h = rustc_hash::FxHasher::default();
            let mut n = 0usize;
            for r in regions {
                for row in rows(sheet, r, regions) {
                    row.cells.hash(&mut h);
                    n += 1;
                }
            }
            (sheet.name, n).hash(&mut h);
            h.finish()
        })
        .collect();
    let mut h = rustc_hash::FxHasher::default();
    sheets.hash(&mut h);
    h.finish()
}

/// `data/all.xlsx` and `data/all.csv` of `tables`, made side by side: each makes the rows
/// again as it writes them, so neither holds every row (300 MB at 10,000 counties).
fn write(tables: &[Table<'_>]) -> Vec<OutputFile> {
    let (xlsx, csv) = rayon::join(|| xlsx::write(tables), || csv::write(tables));
    let mut out = Vec::new();
    // The workbook fails only past Excel's limit of a million rows a sheet: the CSV, which
    // has none, still carries every figure.
    if let Ok(bytes) = xlsx {
        out.push(OutputFile {
            path: PathBuf::from(XLSX_PATH),
            bytes: bytes.into(),
        });
    }
    out.push(OutputFile {
        path: PathBuf::from(CSV_PATH),
        bytes: csv.into(),
    });
    out
}

/// A cell's value as written.
#[derive(Debug, Clone, PartialEq, Hash)]
pub(crate) enum Cell {
    /// Nothing stated.
    Empty,
    /// A year (`2014`): a number cell with no unit.
    Number(String),
    /// Anything else, exactly as written (`碌曲县`, `2014-2018`, `2019-06`).
    Text(String),
    /// A figure (money, a count, a rate, an indicator's value): its exact number and the
    /// form it is written in, which reads back to the same figure.
    Figure {
        /// The number in base units: yuan, people, percent, the indicator's unit.
        base: Decimal,
        /// As written: `近5000万元`, `4.34亿元`, `1.41万`, `8300余`, `11%`, `34261`.
        written: String,
    },
}

impl Cell {
    /// Text, or empty when there is none.
    fn text(s: Option<&str>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Text(s.to_string()))
    }

    /// A figure of `base` written as `written`.
    fn figure(base: Decimal, written: String) -> Cell {
        Cell::Figure { base, written }
    }

    /// The cell as CSV text (figures as written).
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Cell::Empty => "",
            Cell::Number(s) | Cell::Text(s) => s,
            Cell::Figure { written, .. } => written,
        }
    }
}

/// The unit a figure column of `all.xlsx` holds its numbers in, stated in its header
/// (`金额（万元）`), by the column's kind: money in 万元 (the unit offices keep accounts
/// in), rates in percent, counts in the word the reader takes for them where the header
/// says which (`户数`, `人口`, `项目数`); an indicator's figures are in their row's `单位`.
pub(crate) fn unit(column: &Column) -> Option<&'static str> {
    let h = column.header;
    match column.kind {
        Kind::Money => Some("万元"),
        Kind::Rate => Some("%"),
        Kind::Count if h.ends_with("户数") => Some("户"),
        Kind::Count if h.ends_with("人口") || h.ends_with("人数") => Some("人"),
        Kind::Count if h.starts_with("项目") => Some("个"),
        _ => None,
    }
}

/// A column's header in `all.xlsx`: its canonical header, and its unit in brackets.
pub(crate) fn header(column: &Column) -> String {
    match unit(column) {
        Some(u) => format!("{}（{u}）", column.header),
        None => column.header.to_string(),
    }
}

/// One sheet of the regions' figures, its rows made as they are read.
pub(crate) struct Table<'a> {
    /// The sheet.
    pub sheet: &'static Sheet,
    /// The site's regions, whose rows it holds.
    regions: &'a [Region],
}

impl<'a> Table<'a> {
    /// The columns every row has a cell for, in order.
    pub(crate) fn columns(&self) -> Vec<&'static Column> {
        self.sheet.all_columns().collect()
    }

    /// Its rows, regions in site order, rows in model order: a cell per column of
    /// [`Sheet::all_columns`].
    pub(crate) fn rows(&self) -> impl Iterator<Item = Vec<Cell>> + 'a {
        let (sheet, regions) = (self.sheet, self.regions);
        regions
            .iter()
            .flat_map(move |r| rows(sheet, r, regions))
            .map(|row| row.cells)
    }
}

/// A row being filled: its cells by column key.
struct Row {
    keys: Vec<&'static str>,
    cells: Vec<Cell>,
}

impl Row {
    /// A row of `sheet` about region `r`, its region columns filled.
    fn new(sheet: &'static Sheet, r: &Region) -> Row {
        let keys: Vec<&'static str> = sheet.all_columns().map(|c| c.key).collect();
        let mut row = Row {
            cells: vec![Cell::Empty; keys.len()],
            keys,
        };
        row.set(key::CODE, Cell::text(code(r)));
        row.set(key::REGION, Cell::Text(r.name.clone()));
        row.set(key::ID, Cell::Text(r.id.clone()));
        row
    }

    /// A data row with its own provenance (never the region's: that is on `地区`).
    fn with_prov(sheet: &'static Sheet, r: &Region, p: &Provenance) -> Row {
        let mut row = Row::new(sheet, r);
        row.set(key::CITE, Cell::text(p.cite()));
        // `未注明` reads back as a row whose report gives it no time.
        let as_of = match p.no_time() {
            true => Some(NO_TIME.to_string()),
            false => p.as_of().map(|d| d.key()),
        };
        row.set(key::AS_OF, Cell::text(as_of.as_deref()));
        row.set(key::WORDING, Cell::text(p.wording()));
        row.set(key::NOTE, Cell::text(p.note()));
        row
    }

    fn set(&mut self, key: &str, cell: Cell) {
        let i = self
            .keys
            .iter()
            .position(|k| *k == key)
            .unwrap_or_else(|| panic!("the schema has no column `{key}`"));
        self.cells[i] = cell;
    }

    /// Sets the year or period columns of a row's time.
    fn when(&mut self, when: Option<YearOrPeriod>) {
        match when {
            Some(YearOrPeriod::Year(y)) => self.set(key::YEAR, year(y)),
            Some(YearOrPeriod::Period(p)) => self.set(key::PERIOD, Cell::Text(p.key())),
            None => {}
        }
    }
}

/// A region's administrative division code, when the model has one.
fn code(r: &Region) -> Option<&str> {
    r.code.as_deref()
}

fn year(y: crate::quantity::Year) -> Cell {
    Cell::Number(y.get().to_string())
}

/// A count as written with no unit: `34261`, `1.41万`, `8300余`.
fn count(c: Option<&Stated<Count>>) -> Cell {
    c.map_or(Cell::Empty, |c| {
        Cell::figure(c.value.exact(), c.with_unit(""))
    })
}

/// A bare count (a batch's totals): never qualified.
fn bare_count(c: Option<Count>) -> Cell {
    c.map_or(Cell::Empty, |c| {
        Cell::figure(c.exact(), c.get().to_string())
    })
}

/// Money as written, in the scale it was written in: `8231万元`, `近5000万元`,
/// `43400000元` (not `4340万元`, which would read back as written in 万).
fn money(m: Option<&Stated<Money>>) -> Cell {
    m.map_or(Cell::Empty, |m| {
        let written = match m.qualifier {
            Some(_) => m.to_string(),
            None => m.value.format_in(match m.scale {
                8 => MoneyUnit::Yi,
                4 => MoneyUnit::Wan,
                _ => MoneyUnit::Yuan,
            }),
        };
        Cell::figure(m.value.yuan(), written)
    })
}

/// A rate as written: `11%`, `80%以上`.
fn rate(r: Option<&Stated<Rate>>) -> Cell {
    r.map_or(Cell::Empty, |r| {
        Cell::figure(r.value.percent(), r.to_string())
    })
}

/// An indicator's figure with no unit (the unit is the row's `单位`): `98`, `6.18万`.
fn decimal(v: Option<&Stated<Decimal>>) -> Cell {
    v.map_or(Cell::Empty, |v| Cell::figure(v.value, v.with_unit("")))
}

/// Every sheet with rows (`地区` always), in schema order. Whether a sheet has any is
/// asked of [`rows`] itself, region by region until one has some: most sheets find one
/// in the first few regions, and a region without rows of a sheet makes none.
pub(crate) fn tables(regions: &[Region]) -> Vec<Table<'_>> {
    SHEETS
        .iter()
        .filter(|sheet| {
            sheet.section == Section::Regions
                || regions.iter().any(|r| !rows(sheet, r, regions).is_empty())
        })
        .map(|sheet| Table { sheet, regions })
        .collect()
}

/// Region `r`'s rows in `sheet`.
fn rows(sheet: &'static Sheet, r: &Region, regions: &[Region]) -> Vec<Row> {
    let row = |p: &Provenance| Row::with_prov(sheet, r, p);
    let mut out = Vec::new();
    match sheet.section {
        Section::Regions => {
            let mut x = Row::new(sheet, r);
            x.set(key::LEVEL, Cell::text(r.level.as_deref()));
            x.set(key::FULL_NAME, Cell::text(r.full_name.as_deref()));
            let parent = r.parent.and_then(|p| regions.get(p));
            let parent = parent.map(|p| code(p).unwrap_or(&p.id));
            x.set(key::PARENT, Cell::text(parent));
            let area = r.profile.area_km2.map(|a| a.normalize());
            let area = area.map(|a| Cell::figure(a, a.to_string()));
            x.set("area_km2", area.unwrap_or(Cell::Empty));
            x.set(key::POPULATION, count(r.profile.population.as_ref()));
            x.set(key::SOURCE, Cell::text(r.source.as_deref()));
            x.set(key::AS_OF, Cell::text(r.as_of.map(|d| d.key()).as_deref()));
            out.push(x);
        }
        Section::Poverty => {
            for p in &r.poverty {
                let mut x = row(&p.prov);
                x.set(key::YEAR, year(p.year));
                x.set(key::HOUSEHOLDS, count(p.households.as_ref()));
                x.set(key::PEOPLE, count(p.people.as_ref()));
                x.set(key::RATE, rate(p.rate.as_ref()));
                out.push(x);
            }
        }
        Section::Lifted => {
            for l in &r.lifted {
                let mut x = row(&l.prov);
                // A one-year period is a year (`year: 2015` and `period: 2015` are one value).
                x.when(l.when.map(|p| match p.start == p.end {
                    true => YearOrPeriod::Year(p.start),
                    false => YearOrPeriod::Period(p),
                }));
                x.set(key::HOUSEHOLDS, count(l.households.as_ref()));
                x.set(key::PEOPLE, count(l.people.as_ref()));
                out.push(x);
            }
        }
        Section::Targets => {
            for t in &r.targets {
                let mut x = row(&t.prov);
                x.when(t.year.map(YearOrPeriod::Year));
                x.set(key::NAME, Cell::Text(t.name.clone()));
                x.set(
                    key::UNIT,
                    Cell::text(Some(t.unit.as_str()).filter(|u| !u.is_empty())),
                );
                x.set(key::TARGET, count(t.target.as_ref()));
                x.set(key::ACTUAL, count(t.actual.as_ref()));
                out.push(x);
            }
        }
        Section::Funds => {
            for f in &r.funds {
                let mut x = row(&f.prov);
                x.when(f.when);
                x.set(key::SOURCE, Cell::Text(f.source.clone()));
                x.set(key::AMOUNT, money(Some(&f.amount)));
                x.set(key::TO_POOR_VILLAGES, money(f.to_poor_villages.as_ref()));
                x.set(key::PROJECTS, count(f.projects.as_ref()));
                out.push(x);
            }
        }
        Section::Credit => {
            for c in &r.credit {
                let mut x = row(&c.prov);
                x.when(c.when);
                x.set(key::KIND, Cell::Text(c.kind.clone()));
                x.set(key::AMOUNT, money(c.amount.as_ref()));
                x.set(key::DRAWN, money(c.drawn.as_ref()));
                x.set(key::DRAWN_WORDING, Cell::text(c.drawn_wording.as_deref()));
                x.set(key::HOUSEHOLDS, count(c.households.as_ref()));
                x.set(key::PEOPLE, count(c.people.as_ref()));
                out.push(x);
            }
        }
        Section::Projects => {
            for p in &r.projects {
                let mut x = row(&p.prov);
                x.set(key::NAME, Cell::Text(p.name.clone()));
                x.set(key::CATEGORY, Cell::text(p.category.as_deref()));
                // The Chinese word a clerk writes; `Status::parse` reads it back.
                x.set(key::STATUS, Cell::Text(p.status.label().to_string()));
                x.set(key::INVESTMENT, money(p.investment.as_ref()));
                out.push(x);
            }
        }
        Section::ProjectBatches => {
            for b in &r.project_batches {
                let mut x = row(&b.prov);
                x.set(key::BATCH, Cell::Text(b.batch.clone()));
                x.set(key::INVESTMENT, money(b.investment.as_ref()));
                x.set(
                    key::PLANNED_INVESTMENT,
                    money(b.planned_investment.as_ref()),
                );
                x.set(key::INVESTED_SO_FAR, money(b.invested_so_far.as_ref()));
                x.set(key::FINANCED_BY, Cell::text(b.financed_by.as_deref()));
                x.set(key::TOTAL, bare_count(b.total));
                // Only the statuses the report gave: an absent one is not a stated 0.
                for (s, n) in &b.status {
                    x.set(
                        &format!("{}.{}", key::STATUS, s.key()),
                        bare_count(Some(*n)),
                    );
                }
                out.push(x);
            }
        }
        Section::Indicators => {
            for i in &r.indicators {
                let named = || {
                    let mut x = row(&i.prov);
                    x.set(key::NAME, Cell::Text(i.name.clone()));
                    x.set(
                        key::UNIT,
                        Cell::text(Some(i.unit.as_str()).filter(|u| !u.is_empty())),
                    );
                    x
                };
                let mut series: Vec<Row> = i
                    .values
                    .iter()
                    .map(|(y, v)| {
                        let mut x = named();
                        x.set(key::YEAR, year(*y));
                        x.set(key::VALUE, decimal(Some(v)));
                        x
                    })
                    .collect();
                if series.is_empty() {
                    // One undated value (a stock at a date): a row with no year.
                    let mut x = named();
                    x.set(key::VALUE, decimal(i.value.as_ref()));
                    series.push(x);
                }
                // The target once, on the indicator's first row: it is not per year.
                series[0].set(key::TARGET, decimal(i.target.as_ref()));
                out.extend(series);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
