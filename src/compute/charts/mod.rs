//! Chart specifications and their data tables, built from the exact model.

mod credit;
mod funds;
mod indicator;
mod kinds;
mod population;
mod poverty;
mod projects;
mod targets;

pub use kinds::{ChartDesc, ChartKind, Snapshot, REGISTRY};
pub use poverty::rate_sentence;

use super::table::DataTable;
use crate::chart::{ChartBody, ChartSpec};
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;
use crate::model::Site;
use crate::quantity::{Year, YearOrPeriod};

/// What a chart block or a page asks to be drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRequest {
    /// Kind.
    pub kind: ChartKind,
    /// Regions (indexes into `Site::regions`).
    pub regions: Vec<usize>,
    /// Title, else a default per kind.
    pub title: Option<String>,
    /// Height in px.
    pub height: Option<u32>,
    /// Only years in this range (inclusive).
    pub years: Option<(Year, Year)>,
    /// Only this fund source (funds).
    pub source: Option<String>,
    /// The indicator to draw (indicator).
    pub name: Option<String>,
    /// Order compared regions by their total, largest first (rankings).
    pub ranked: bool,
    /// A ranking shows only its first this many regions: a chart of hundreds of bars
    /// is unreadable, and the regions' own pages have their figures.
    pub limit: Option<usize>,
}

impl ChartRequest {
    /// A request for one region with defaults.
    pub fn simple(kind: ChartKind, regions: Vec<usize>) -> Self {
        ChartRequest {
            kind,
            regions,
            title: None,
            height: None,
            years: None,
            source: None,
            name: None,
            ranked: false,
            limit: None,
        }
    }

    /// Keeps the first `limit` of ranked rows.
    pub(crate) fn cut<T>(&self, rows: &mut Vec<T>) {
        if let Some(n) = self.limit {
            rows.truncate(n);
        }
    }

    pub(crate) fn in_years(&self, y: Year) -> bool {
        self.years.is_none_or(|(a, b)| a <= y && y <= b)
    }

    /// Whether a row of this time is in the chart: a year or a period within the years
    /// asked for; an undated row only when no years are asked for.
    pub(crate) fn admits(&self, when: Option<YearOrPeriod>) -> bool {
        match when {
            Some(YearOrPeriod::Year(y)) => self.in_years(y),
            Some(YearOrPeriod::Period(p)) => {
                self.years.is_none_or(|(a, b)| a <= p.start && p.end <= b)
            }
            None => self.years.is_none(),
        }
    }
}

/// A chart with the table of its figures.
#[derive(Debug, Clone, PartialEq)]
pub struct BuiltChart {
    /// What to draw.
    pub spec: ChartSpec,
    /// The same figures as a table.
    pub table: DataTable,
    /// Kind.
    pub kind: ChartKind,
}

const DEFAULT_HEIGHT: u32 = 360;

/// Builds a chart, or says why there is nothing to draw.
pub fn build(site: &Site, req: &ChartRequest, id: &str) -> Result<BuiltChart, Msg> {
    let regions: Vec<&Region> = req.regions.iter().map(|i| site.region(*i)).collect();
    let one = |what: &str| -> Result<&Region, Msg> {
        match regions.as_slice() {
            [r] => Ok(*r),
            _ => Err(msg::chart_shows_one_region(what)),
        }
    };
    let built = match req.kind {
        ChartKind::PovertyRate => poverty::poverty_rate(&regions, req),
        ChartKind::PoorPopulation => match regions.as_slice() {
            [r] => population::poor_population(r, req),
            _ => population::poor_population_summed(&regions, req),
        },
        ChartKind::Funds => match regions.as_slice() {
            [r] => funds::funds(r, req),
            _ => funds::funds_compared(&regions, req),
        },
        ChartKind::Credit => credit::credit(one("credit")?, req),
        ChartKind::Projects => match regions.as_slice() {
            [r] => projects::projects(r, req),
            _ => projects::projects_compared(&regions, req),
        },
        ChartKind::Targets => targets::targets(one("targets")?, req),
        ChartKind::Indicator => indicator::indicator(&regions, req),
        ChartKind::RateDecline => poverty::rate_decline(&regions, req),
    }?;
    let (title, description, body, table) = built;
    Ok(BuiltChart {
        spec: ChartSpec {
            id: id.to_string(),
            title: req.title.clone().unwrap_or(title),
            description,
            height: req.height.unwrap_or(DEFAULT_HEIGHT),
            width: crate::chart::WIDTH,
            body,
        },
        table,
        kind: req.kind,
    })
}

/// What a kind's builder returns: title, description, what to draw, the table.
pub(crate) type Parts = (String, String, ChartBody, DataTable);
