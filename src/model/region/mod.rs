//! A region's profile and figures, as typed values with the place each was written.

use super::decode::{Decoder, Fields};
use crate::diagnostics::{SourceFile, Span};
use crate::load::yaml::{Node, Value};
use crate::quantity::{Count, Money, Period, Rate, Status, Year, YearOrPeriod};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One region (province, prefecture, county…) and all its figures.
#[derive(Debug, Clone)]
pub struct Region {
    /// Folder name, unique across the site; the page is `regions/<id>/`.
    pub id: String,
    /// The `region.yaml` file.
    pub file: SourceFile,
    /// Folder relative to the site root.
    pub dir: PathBuf,
    /// Index of the parent region in `Site::regions`.
    pub parent: Option<usize>,
    /// Indexes of child regions, in folder order.
    pub children: Vec<usize>,
    /// Depth in the tree: 0 for a top-level region.
    pub depth: usize,
    /// Its file had errors, so some of its values were refused: figures that depend on
    /// them are not checked or reported again (the errors in the file are the cause).
    pub has_errors: bool,
    /// Short name (`科左后旗`).
    pub name: String,
    /// Full official name.
    pub full_name: Option<String>,
    /// Administrative level, shown as written (`旗`).
    pub level: Option<String>,
    /// The report the figures come from.
    pub source: Option<String>,
    /// Area and population.
    pub profile: Profile,
    /// Registered poor at year end.
    pub poverty: Vec<PovertyRow>,
    /// Lifted out of poverty over a period.
    pub lifted: Vec<LiftedRow>,
    /// Targets against actuals.
    pub targets: Vec<TargetRow>,
    /// Money put in.
    pub funds: Vec<FundRow>,
    /// Single projects.
    pub projects: Vec<Project>,
    /// Counts of projects by status.
    pub project_batches: Vec<ProjectBatch>,
    /// Any other series.
    pub indicators: Vec<Indicator>,
}

/// Area and population.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Area in km².
    pub area_km2: Option<Decimal>,
    /// Population.
    pub population: Option<Count>,
}

/// Registered poor (建档立卡) at the end of a year.
#[derive(Debug, Clone)]
pub struct PovertyRow {
    /// The year.
    pub year: Year,
    /// Poor households.
    pub households: Option<Count>,
    /// Poor people.
    pub people: Option<Count>,
    /// Poverty incidence.
    pub rate: Option<Rate>,
    /// Where the row is written.
    pub at: Span,
}

/// Lifted out of poverty over a period.
#[derive(Debug, Clone)]
pub struct LiftedRow {
    /// The period.
    pub period: Period,
    /// Households lifted out.
    pub households: Option<Count>,
    /// People lifted out.
    pub people: Option<Count>,
    /// Where the row is written.
    pub at: Span,
}

/// A target and what was achieved.
#[derive(Debug, Clone)]
pub struct TargetRow {
    /// The year.
    pub year: Year,
    /// What is measured (`减贫人口`).
    pub name: String,
    /// Its unit word (`人`).
    pub unit: String,
    /// The goal.
    pub target: Option<Count>,
    /// The result.
    pub actual: Option<Count>,
    /// Where the row is written.
    pub at: Span,
}

/// Money put in, by year or period and source.
#[derive(Debug, Clone)]
pub struct FundRow {
    /// One year or a period.
    pub when: YearOrPeriod,
    /// The fund's channel (`财政扶贫资金`).
    pub source: String,
    /// The amount.
    pub amount: Money,
    /// Part of it spent in poor villages.
    pub to_poor_villages: Option<Money>,
    /// Projects it paid for.
    pub projects: Option<Count>,
    /// Where the row is written.
    pub at: Span,
    /// Where `to_poor_villages` is written.
    pub to_poor_villages_at: Span,
}

/// A single named project.
#[derive(Debug, Clone)]
pub struct Project {
    /// Its name.
    pub name: String,
    /// Its category (`光伏`).
    pub category: Option<String>,
    /// Where it stands.
    pub status: Status,
}

/// Projects counted by status when only totals are published.
#[derive(Debug, Clone)]
pub struct ProjectBatch {
    /// The batch's name (`第一、二批`).
    pub batch: String,
    /// Planned investment.
    pub investment: Option<Money>,
    /// Invested so far.
    pub invested_so_far: Option<Money>,
    /// Stated number of projects.
    pub total: Option<Count>,
    /// Projects per status (absent statuses are 0).
    pub status: BTreeMap<Status, Count>,
    /// Where the row is written.
    pub at: Span,
    /// Where `total` is written.
    pub total_at: Span,
}

impl ProjectBatch {
    /// Sum of the status counts.
    pub fn counted(&self) -> Count {
        self.status.values().copied().sum()
    }

    /// The number of projects: the stated total, else the sum of statuses.
    pub fn total_or_counted(&self) -> Count {
        self.total.unwrap_or_else(|| self.counted())
    }

    /// Projects with a status.
    pub fn count(&self, s: Status) -> Count {
        self.status.get(&s).copied().unwrap_or_default()
    }
}

/// Any other figure, as a series by year.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// Its name (`自来水普及率`).
    pub name: String,
    /// Its unit (`%`, `人`).
    pub unit: String,
    /// Values by year, exact.
    pub values: BTreeMap<Year, Decimal>,
    /// The goal, if any.
    pub target: Option<Decimal>,
    /// Where the row is written.
    pub at: Span,
}

const REGION_KEYS: &[&str] = &[
    "name",
    "full_name",
    "level",
    "source",
    "profile",
    "poverty",
    "lifted",
    "targets",
    "funds",
    "projects",
    "project_batches",
    "indicators",
];

/// Decodes `region.yaml`; problems go to the decoder's diagnostics.
pub fn decode(d: &mut Decoder<'_>, root: &Node, id: &str, dir: PathBuf) -> Option<Region> {
    let f = d.fields(root, "region.yaml", REGION_KEYS)?;
    let name = match f.get("name") {
        Some(n) => d.text(n, "`name`"),
        None => {
            d.missing(f.span, "name", "this region", "name: 碌曲县");
            None
        }
    };
    let mut region = Region {
        id: id.to_string(),
        file: d.file.clone(),
        dir,
        parent: None,
        children: Vec::new(),
        depth: 0,
        has_errors: false,
        name: name.clone().unwrap_or_else(|| id.to_string()),
        full_name: f.get("full_name").and_then(|n| d.text(n, "`full_name`")),
        level: f.get("level").and_then(|n| d.text(n, "`level`")),
        source: f.get("source").and_then(|n| d.text(n, "`source`")),
        profile: f.get("profile").map(|n| profile(d, n)).unwrap_or_default(),
        poverty: rows(d, &f, "poverty", poverty_row),
        lifted: rows(d, &f, "lifted", lifted_row),
        targets: rows(d, &f, "targets", target_row),
        funds: rows(d, &f, "funds", fund_row),
        projects: rows(d, &f, "projects", project),
        project_batches: rows(d, &f, "project_batches", batch),
        indicators: rows(d, &f, "indicators", indicator),
    };
    region.poverty.sort_by_key(|r| r.year);
    Some(region)
}

fn rows<T>(
    d: &mut Decoder<'_>,
    f: &Fields<'_>,
    key: &str,
    one: fn(&mut Decoder<'_>, &Node) -> Option<T>,
) -> Vec<T> {
    let Some(list) = f.get(key) else {
        return Vec::new();
    };
    let items = d.seq(list, &format!("`{key}`"));
    items.iter().filter_map(|n| one(d, n)).collect()
}

fn profile(d: &mut Decoder<'_>, n: &Node) -> Profile {
    let Some(f) = d.fields(n, "`profile`", &["area_km2", "population"]) else {
        return Profile::default();
    };
    Profile {
        area_km2: f.get("area_km2").and_then(|n| d.decimal(n, "`area_km2`")),
        population: f
            .get("population")
            .and_then(|n| d.count(n, "`population`", Some("人"))),
    }
}

fn required_year(d: &mut Decoder<'_>, f: &Fields<'_>, what: &str, example: &str) -> Option<Year> {
    match f.get("year") {
        Some(n) => d.year(n, "`year`"),
        None => {
            d.missing(f.span, "year", what, example);
            None
        }
    }
}

fn required_text(
    d: &mut Decoder<'_>,
    f: &Fields<'_>,
    key: &str,
    what: &str,
    example: &str,
) -> Option<String> {
    match f.get(key) {
        Some(n) => d.text(n, &format!("`{key}`")),
        None => {
            d.missing(f.span, key, what, example);
            None
        }
    }
}

fn poverty_row(d: &mut Decoder<'_>, n: &Node) -> Option<PovertyRow> {
    let f = d.fields(
        n,
        "a `poverty` row",
        &["year", "households", "people", "rate"],
    )?;
    let year = required_year(d, &f, "this `poverty` row", "year: 2014");
    let households = f
        .get("households")
        .and_then(|n| d.count(n, "`households`", Some("户")));
    let people = f
        .get("people")
        .and_then(|n| d.count(n, "`people`", Some("人")));
    let rate = f.get("rate").and_then(|n| d.rate(n, "`rate`"));
    Some(PovertyRow {
        year: year?,
        households,
        people,
        rate,
        at: f.span,
    })
}

fn lifted_row(d: &mut Decoder<'_>, n: &Node) -> Option<LiftedRow> {
    let f = d.fields(n, "a `lifted` row", &["period", "households", "people"])?;
    let period = match f.get("period") {
        Some(n) => d.period(n, "`period`"),
        None => {
            d.missing(f.span, "period", "this `lifted` row", "period: 2014-2018");
            None
        }
    };
    let households = f
        .get("households")
        .and_then(|n| d.count(n, "`households`", Some("户")));
    let people = f
        .get("people")
        .and_then(|n| d.count(n, "`people`", Some("人")));
    Some(LiftedRow {
        period: period?,
        households,
        people,
        at: f.span,
    })
}

fn target_row(d: &mut Decoder<'_>, n: &Node) -> Option<TargetRow> {
    let f = d.fields(
        n,
        "a `targets` row",
        &["year", "name", "unit", "target", "actual"],
    )?;
    let year = required_year(d, &f, "this `targets` row", "year: 2015");
    let name = required_text(d, &f, "name", "this `targets` row", "name: 减贫人口");
    let unit = f
        .get("unit")
        .and_then(|n| d.text(n, "`unit`"))
        .unwrap_or_default();
    let unit_word = (!unit.is_empty()).then_some(unit.as_str());
    let target = f
        .get("target")
        .and_then(|n| d.count(n, "`target`", unit_word));
    let actual = f
        .get("actual")
        .and_then(|n| d.count(n, "`actual`", unit_word));
    Some(TargetRow {
        year: year?,
        name: name?,
        unit,
        target,
        actual,
        at: f.span,
    })
}

fn fund_row(d: &mut Decoder<'_>, n: &Node) -> Option<FundRow> {
    let f = d.fields(
        n,
        "a `funds` row",
        &[
            "year",
            "period",
            "source",
            "amount",
            "to_poor_villages",
            "projects",
        ],
    )?;
    let when = match (f.get("year"), f.get("period")) {
        (Some(y), None) => d.year(y, "`year`").map(YearOrPeriod::Year),
        (None, Some(p)) => d.period(p, "`period`").map(YearOrPeriod::Period),
        (Some(_), Some(p)) => {
            d.error(p.span, "a `funds` row has both `year` and `period`");
            if let Some(last) = d.diags.last_mut() {
                last.hint = Some(
                    "keep `year` for one year's money, `period` for money over several years"
                        .into(),
                );
            }
            None
        }
        (None, None) => {
            d.missing(
                f.span,
                "year",
                "this `funds` row",
                "year: 2015` (or `period: 2013-2015",
            );
            None
        }
    };
    let source = required_text(d, &f, "source", "this `funds` row", "source: 财政扶贫资金");
    let amount = match f.get("amount") {
        Some(n) => d.money(n, "`amount`"),
        None => {
            d.missing(f.span, "amount", "this `funds` row", "amount: 4.34亿元");
            None
        }
    };
    let to_poor_villages = f
        .get("to_poor_villages")
        .and_then(|n| d.money(n, "`to_poor_villages`"));
    let projects = f
        .get("projects")
        .and_then(|n| d.count(n, "`projects`", Some("个")));
    Some(FundRow {
        when: when?,
        source: source?,
        amount: amount?,
        to_poor_villages,
        projects,
        at: f.span,
        to_poor_villages_at: f.span_of("to_poor_villages"),
    })
}

fn project(d: &mut Decoder<'_>, n: &Node) -> Option<Project> {
    let f = d.fields(n, "a `projects` row", &["name", "category", "status"])?;
    let name = required_text(d, &f, "name", "this project", "name: 村级光伏电站");
    let category = f.get("category").and_then(|n| d.text(n, "`category`"));
    let status = match f.get("status") {
        Some(n) => d.status(n, "`status`"),
        None => {
            d.missing(f.span, "status", "this project", "status: completed");
            None
        }
    };
    Some(Project {
        name: name?,
        category,
        status: status?,
    })
}

fn batch(d: &mut Decoder<'_>, n: &Node) -> Option<ProjectBatch> {
    let f = d.fields(
        n,
        "a `project_batches` row",
        &["batch", "investment", "invested_so_far", "total", "status"],
    )?;
    let name = required_text(d, &f, "batch", "this project batch", "batch: 第一批");
    let investment = f.get("investment").and_then(|n| d.money(n, "`investment`"));
    let invested_so_far = f
        .get("invested_so_far")
        .and_then(|n| d.money(n, "`invested_so_far`"));
    let total = f
        .get("total")
        .and_then(|n| d.count(n, "`total`", Some("个")));
    let mut status = BTreeMap::new();
    if let Some(sn) = f.get("status") {
        let keys: &'static [&'static str] = &["completed", "in_progress", "tendering", "planning"];
        if let Some(sf) = d.fields(sn, "a batch's `status`", keys) {
            for s in Status::ALL {
                if let Some(v) = sf
                    .get(s.key())
                    .and_then(|n| d.count(n, &format!("`{}`", s.key()), Some("个")))
                {
                    status.insert(s, v);
                }
            }
        }
    }
    Some(ProjectBatch {
        batch: name?,
        investment,
        invested_so_far,
        total,
        status,
        at: f.span,
        total_at: f.span_of("total"),
    })
}

fn indicator(d: &mut Decoder<'_>, n: &Node) -> Option<Indicator> {
    let f = d.fields(
        n,
        "an `indicators` row",
        &["name", "unit", "values", "target"],
    )?;
    let name = required_text(d, &f, "name", "this indicator", "name: 自来水普及率");
    let unit = f
        .get("unit")
        .and_then(|n| d.text(n, "`unit`"))
        .unwrap_or_default();
    let mut values = BTreeMap::new();
    match f.get("values") {
        Some(vn) => match &vn.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    let year = d.year(k, "a year in `values`");
                    let value = indicator_value(d, v, &unit);
                    if let (Some(y), Some(v)) = (year, value) {
                        if values.insert(y, v).is_some() {
                            d.error(k.span, format!("year {y} is given twice in `values`"));
                        }
                    }
                }
            }
            _ => {
                let found = vn.kind_name();
                d.error(
                    vn.span,
                    format!("`values` should map years to figures, found {found}"),
                );
                if let Some(last) = d.diags.last_mut() {
                    last.hint = Some("write it as `values: { 2015: 98, 2016: 99 }`".into());
                }
            }
        },
        None => d.missing(f.span, "values", "this indicator", "values: { 2015: 98 }"),
    }
    let target = f.get("target").and_then(|n| indicator_value(d, n, &unit));
    Some(Indicator {
        name: name?,
        unit,
        values,
        target,
        at: f.span,
    })
}

/// An indicator figure: a percentage when the unit is `%`, else a plain exact number.
fn indicator_value(d: &mut Decoder<'_>, n: &Node, unit: &str) -> Option<Decimal> {
    if unit == "%" {
        d.rate(n, "an indicator value").map(|r| r.percent())
    } else {
        d.quantity(n, "an indicator value", |t| {
            let t = t.trim();
            let body = t
                .strip_suffix(unit)
                .filter(|_| !unit.is_empty())
                .unwrap_or(t);
            Money::parse(body)
                .map(|m| m.yuan())
                .map_err(|_| crate::quantity::QuantityError {
                    message: format!("`{t}` is not a number"),
                    expected: format!(
                        "a number such as `8300` or `1.5万`{}",
                        if unit.is_empty() {
                            String::new()
                        } else {
                            format!(" (in {unit})")
                        }
                    ),
                    hint: None,
                })
        })
    }
}
