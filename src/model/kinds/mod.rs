//! One description of each row kind (poverty, lifted, targets, funds, credit, projects,
//! project batches, indicators, and the regions themselves with their profile): its
//! `region.yaml` key, its sheet's name and aliases, its columns (key, Chinese header,
//! aliases, kind), its time rule and the name stories cite it by.
//!
//! Every reader and writer of a row kind reads this: the `region.yaml` parser's allowed
//! keys (and so its "did you mean"), the table reader, figure references in stories,
//! open data and `all.xlsx`. A figure added here is known to all of them by its key;
//! [`key`] holds the keys' one spelling.
//!
//! A unit may follow a header in brackets (`金额（万元）`); the kind of a column says
//! which units it takes and how precisely a binary float in it is read.

pub mod key;
mod sheets;

pub use sheets::{PERIOD, PROVENANCE_COLUMNS, REGION_COLUMNS, SHEETS, YEAR};
use std::sync::LazyLock;

/// Which part of a region a sheet fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// `地区`: the regions themselves (level, full name, parent, profile, source); its
    /// `地区` column is the region's name.
    Regions,
    /// `贫困人口`: `poverty`.
    Poverty,
    /// `减贫`: `lifted`.
    Lifted,
    /// `目标`: `targets`.
    Targets,
    /// `资金投入`: `funds`.
    Funds,
    /// `贷款`: `credit`.
    Credit,
    /// `项目`: `projects`.
    Projects,
    /// `项目批次`: `project_batches`.
    ProjectBatches,
    /// `指标`: `indicators`.
    Indicators,
}

/// What a column holds: decides the units it takes and the rounding of binary floats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text, as written (trailing spaces trimmed).
    Text,
    /// A 6-digit administrative division code (GB/T 2260).
    Code,
    /// A year (`2015`, `2015年`).
    Year,
    /// A period (`2014-2018`).
    Period,
    /// A date (`2019-06-30`; a date cell or Excel serial number becomes one).
    Date,
    /// Money: exact to the fen; default unit 元.
    Money,
    /// People, households, projects: whole numbers in their unit.
    Count,
    /// A percentage 0–100 (a cell formatted as a percentage is multiplied by 100).
    Rate,
    /// A plain decimal (area in km²).
    Decimal,
    /// A project status (`completed`, `已完工`).
    Status,
    /// An indicator's value: its precision follows the row's `单位`.
    Figure,
}

/// One column of a sheet.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The `region.yaml` key it fills (`households`), or for the columns that place a row
    /// (`code`, `region`, `id`, `parent`) the name the reader knows them by.
    pub key: &'static str,
    /// The canonical Chinese header, as `all.xlsx` writes it.
    pub header: &'static str,
    /// Other headers read as this column (English keys are always read).
    pub aliases: &'static [&'static str],
    /// What it holds.
    pub kind: Kind,
}

/// One kind of sheet.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    /// The part of a region it fills.
    pub section: Section,
    /// The canonical sheet (or CSV file) name.
    pub name: &'static str,
    /// The `region.yaml` key of the section (`poverty`); for `地区`, `regions`.
    pub key: &'static str,
    /// What a story's figure reference names the section by (`batches`); for `地区`,
    /// `profile`, whose figures are the region's area and population.
    pub reference: &'static str,
    /// Which time a row of it is given at.
    pub time: Time,
    /// Other sheet names read as this sheet.
    pub aliases: &'static [&'static str],
    /// Its own columns, in the order `all.xlsx` writes them, after the region columns; in
    /// `region.yaml` the same keys in the same order (see [`Sheet::yaml_keys`]).
    pub columns: &'static [Column],
    /// In the wide form (a column per year), the figure a year column holds when no
    /// header above it names one: a `资金投入` sheet's year columns hold amounts.
    pub wide_figure: Option<&'static str>,
}

/// When a row of a kind is true: the keys that date it in `region.yaml` and tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Time {
    /// No time of its own: the regions, projects and batches are true at their source's date.
    None,
    /// A `year` (poverty, targets).
    Year,
    /// A `period`, or a `year` read as a period of one year (lifted).
    Period,
    /// A `year` or a `period` (funds, credit).
    Either,
    /// Values by year (`values:`; a table's `年份` column), or one undated `value`
    /// (indicators).
    Series,
}

impl Time {
    /// How a row of this kind says when, for the hint on an undated row.
    pub fn example(self) -> &'static str {
        match self {
            Time::Period => "period: 2014-2018",
            Time::Series => "as_of: 2018-12",
            Time::None | Time::Year | Time::Either => "year: 2015",
        }
    }
}

/// The row kinds in the order open data writes them and references list them (batches
/// before single projects, as the manual does).
pub const FIGURE_ORDER: &[Section] = &[
    Section::Poverty,
    Section::Lifted,
    Section::Targets,
    Section::Funds,
    Section::Credit,
    Section::ProjectBatches,
    Section::Projects,
    Section::Indicators,
];

/// The keys of a region itself in `region.yaml`, before its sections'.
const REGION_OWN_KEYS: &[&str] = &[
    key::CODE,
    key::NAME,
    key::FULL_NAME,
    key::LEVEL,
    key::SOURCE,
    key::AS_OF,
    key::PROFILE,
];

/// What each sheet's columns say once turned into the lists readers check against, made
/// once: the decoder's messages take `'static` lists.
struct Derived {
    yaml: Vec<&'static str>,
    figures: Vec<&'static str>,
}

static DERIVED: LazyLock<Vec<Derived>> = LazyLock::new(|| SHEETS.iter().map(derive).collect());

fn derive(sheet: &'static Sheet) -> Derived {
    let yaml = match sheet.section {
        Section::Regions => REGION_OWN_KEYS
            .iter()
            .copied()
            .chain(
                SHEETS
                    .iter()
                    .filter(|s| s.section != Section::Regions)
                    .map(|s| s.key),
            )
            .collect(),
        _ => {
            let mut keys: Vec<&'static str> = Vec::new();
            let own = sheet.columns.iter().map(|c| match c.key.split_once('.') {
                // `status.completed` is `completed` in the row's `status:` mapping.
                Some((group, _)) => group,
                None if sheet.time == Time::Series && c.key == key::YEAR => key::VALUES,
                None => c.key,
            });
            for k in own.chain(PROVENANCE_COLUMNS.iter().map(|c| c.key)) {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            keys
        }
    };
    let figures = sheet
        .columns
        .iter()
        .filter(|c| c.kind.is_figure())
        .map(|c| c.key.split_once('.').map_or(c.key, |(_, k)| k))
        .collect();
    Derived { yaml, figures }
}

impl Kind {
    /// True for a column holding a number a story may cite (money, a count, a rate…).
    pub fn is_figure(self) -> bool {
        matches!(
            self,
            Kind::Money | Kind::Count | Kind::Rate | Kind::Decimal | Kind::Figure
        )
    }
}

impl Section {
    /// The section's `region.yaml` key (`project_batches`).
    pub fn key(self) -> &'static str {
        Sheet::of(self).key
    }
}

impl Sheet {
    /// The sheet of a section.
    pub fn of(section: Section) -> &'static Sheet {
        SHEETS
            .iter()
            .find(|s| s.section == section)
            .expect("every section has a sheet")
    }

    fn derived(&self) -> &'static Derived {
        let i = SHEETS
            .iter()
            .position(|s| s.section == self.section)
            .expect("every section has a sheet");
        &DERIVED[i]
    }

    /// The keys a row of it may have in `region.yaml`, in order: its columns' (a batch's
    /// `status.*` as one `status` mapping, an indicator's years as `values`), then
    /// `cite`, `as_of`, `wording`, `note`. For `地区`, the keys of `region.yaml` itself.
    pub fn yaml_keys(&self) -> &'static [&'static str] {
        &self.derived().yaml
    }

    /// Its figures, as a reference names them (`drawn`; a batch's `completed`): its
    /// columns that hold numbers. For `地区`, the profile's.
    pub fn figures(&self) -> &'static [&'static str] {
        &self.derived().figures
    }

    /// Every column a header of this sheet may name: region, own, provenance.
    pub fn all_columns(&self) -> impl Iterator<Item = &'static Column> + '_ {
        let provenance: &'static [Column] = if self.section == Section::Regions {
            &[]
        } else {
            PROVENANCE_COLUMNS
        };
        REGION_COLUMNS
            .iter()
            .chain(self.columns.iter())
            .chain(provenance.iter())
    }
}

/// Every figure of a row kind given a value of its kind, as `region.yaml` entries
/// (`amount: 1元, drawn: 1元`), for tests that need a row giving them all: a figure added to
/// the description is in every such row without the tests naming it. A batch's `status.*`
/// counts are a mapping, left to the test.
#[cfg(test)]
pub(crate) fn every_figure(sheet: &Sheet) -> String {
    let given = sheet.columns.iter().filter(|c| c.kind.is_figure());
    let given = given.filter(|c| !c.key.contains('.')).map(|c| {
        let value = match c.kind {
            Kind::Money => "1元",
            Kind::Rate => "1%",
            _ => "1",
        };
        format!("{}: {value}", c.key)
    });
    given.collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests;
