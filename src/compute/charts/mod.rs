//! Chart specifications and their data tables, built from the exact model.

mod credit;
mod funds;
mod indicator;
mod population;
mod poverty;
mod projects;
mod targets;

pub use poverty::rate_sentence;

use super::table::DataTable;
use crate::chart::{ChartBody, ChartSpec};
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;
use crate::model::Site;
use crate::quantity::{Year, YearOrPeriod};

/// The chart kinds a site can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKind {
    /// Incidence rate by year, one line per region.
    PovertyRate,
    /// Poor households and people by year, with the lifted-out totals.
    PoorPopulation,
    /// Investment by year or period and source, with the cumulative total.
    Funds,
    /// Loans and mutual-aid funds by kind (never added into funds).
    Credit,
    /// Projects by status per batch or category.
    Projects,
    /// Targets against actuals.
    Targets,
    /// A named indicator series against its target.
    Indicator,
    /// How far each region's poverty rate fell, in percentage points (comparisons).
    RateDecline,
}

impl ChartKind {
    /// Every kind, in page order.
    pub const ALL: [ChartKind; 8] = [
        ChartKind::PovertyRate,
        ChartKind::PoorPopulation,
        ChartKind::Funds,
        ChartKind::Credit,
        ChartKind::Projects,
        ChartKind::Targets,
        ChartKind::Indicator,
        ChartKind::RateDecline,
    ];

    /// The name used in chart blocks and file names.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::PovertyRate => "poverty-rate",
            ChartKind::PoorPopulation => "poor-population",
            ChartKind::Funds => "funds",
            ChartKind::Credit => "credit",
            ChartKind::Projects => "projects",
            ChartKind::Targets => "targets",
            ChartKind::Indicator => "indicator",
            ChartKind::RateDecline => "rate-decline",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Every kind's name, for messages.
    pub fn names() -> Vec<&'static str> {
        ChartKind::ALL.iter().map(|k| k.name()).collect()
    }

    /// The data section a kind draws from, for "no data" messages.
    pub fn needs(self) -> Msg {
        match self {
            ChartKind::PovertyRate => msg::needs_poverty_rate(),
            ChartKind::PoorPopulation => msg::needs_poor_population(),
            ChartKind::Funds => msg::needs_funds(),
            ChartKind::Credit => msg::needs_credit(),
            ChartKind::Projects => msg::needs_projects(),
            ChartKind::Targets => msg::needs_targets(),
            ChartKind::Indicator => msg::needs_indicator(),
            ChartKind::RateDecline => msg::needs_rate_decline(),
        }
    }

    /// Whether a region has data for this kind.
    pub fn has_data(self, r: &Region) -> bool {
        match self {
            ChartKind::PovertyRate => r.poverty.iter().any(|p| p.rate.is_some()),
            ChartKind::PoorPopulation => {
                r.poverty
                    .iter()
                    .any(|p| p.households.is_some() || p.people.is_some())
                    || !r.lifted.is_empty()
            }
            ChartKind::Funds => !r.funds.is_empty(),
            ChartKind::Credit => r.credit.iter().any(|c| c.amount.is_some()),
            ChartKind::Projects => !r.project_batches.is_empty() || !r.projects.is_empty(),
            ChartKind::Targets => r
                .targets
                .iter()
                .any(|t| t.target.is_some() && t.actual.is_some()),
            ChartKind::Indicator => !r.indicators.is_empty(),
            ChartKind::RateDecline => r.poverty.iter().filter(|p| p.rate.is_some()).count() > 1,
        }
    }
}

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
            body,
        },
        table,
        kind: req.kind,
    })
}

/// What a kind's builder returns: title, description, what to draw, the table.
pub(crate) type Parts = (String, String, ChartBody, DataTable);
