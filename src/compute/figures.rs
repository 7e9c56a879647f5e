//! Figure references in stories: `{{ poverty.2014.people }}` → `34261人`.
//!
//! A story cites a figure from the data instead of retyping it, so its text can
//! never disagree with the chart and table beside it.

use crate::diagnostics::one_of;
use crate::model::region::Region;
use crate::model::Site;
use crate::quantity::{Count, Money, Period, Rate, Status, Year, YearOrPeriod};
use rust_decimal::Decimal;

/// Why a reference did not resolve, said so an author can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefError {
    /// What is wrong.
    pub message: String,
    /// What would have been accepted here.
    pub expected: Option<String>,
    /// The figure is absent from its region's data (rather than misnamed), and its
    /// region's file had errors: a value refused there is the root cause, reported there.
    pub follows_data_error: bool,
}

impl RefError {
    fn new(message: impl Into<String>) -> Self {
        RefError {
            message: message.into(),
            expected: None,
            follows_data_error: false,
        }
    }

    /// Marks an error saying the figure is absent: no row, no value.
    fn absent(mut self) -> Self {
        self.follows_data_error = true;
        self
    }

    fn expected(mut self, names: &[&str]) -> Self {
        self.expected = Some(one_of(names));
        self
    }

    fn expected_list(mut self, names: Vec<String>) -> Self {
        self = self.absent();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        self.expected = Some(if refs.is_empty() {
            "nothing: this region has no such data".into()
        } else {
            one_of(&refs)
        });
        self
    }
}

/// Resolves `[region:]path` for a story of region `own` (None for news and the home page).
pub fn resolve(site: &Site, own: Option<usize>, reference: &str) -> Result<String, RefError> {
    let reference = reference.trim();
    let (region, path) = match reference.split_once(':') {
        Some((id, path)) => {
            let id = id.trim();
            let idx = site.region_index(id).ok_or_else(|| {
                let ids: Vec<&str> = site.regions().iter().map(|r| r.id.as_str()).collect();
                let mut e = RefError::new(format!("there is no region `{id}`"));
                if let Some(m) = crate::diagnostics::did_you_mean(id, ids.iter().copied()) {
                    e.message.push_str(&format!(" (did you mean `{m}`?)"));
                }
                e
            })?;
            (idx, path.trim())
        }
        None => {
            let idx = own.ok_or_else(|| {
                RefError::new(format!(
                    "`{reference}` names no region, and this story belongs to none"
                ))
                .expected(&["`region_id:path`, e.g. `kezuohouqi:poverty.2018.rate`"])
            })?;
            (idx, reference)
        }
    };
    let r = site.region(region);
    let parts: Vec<&str> = path.split('.').map(str::trim).collect();
    lookup(r, &parts).map_err(|mut e| {
        e.message = format!("{} (in `{}` of {})", e.message, path, r.name);
        e.follows_data_error &= r.has_errors;
        e
    })
}

const SECTIONS: &[&str] = &[
    "name",
    "full_name",
    "level",
    "profile",
    "poverty",
    "lifted",
    "targets",
    "funds",
    "batches",
    "projects",
    "indicators",
];

fn lookup(r: &Region, p: &[&str]) -> Result<String, RefError> {
    match p {
        ["name"] => Ok(r.name.clone()),
        ["full_name"] => r
            .full_name
            .clone()
            .ok_or_else(|| RefError::new("no `full_name` is given")),
        ["level"] => r
            .level
            .clone()
            .ok_or_else(|| RefError::new("no `level` is given")),
        ["profile", field] => profile(r, field),
        ["poverty", rest @ ..] => poverty(r, rest),
        ["lifted", rest @ ..] => lifted(r, rest),
        ["targets", rest @ ..] => targets(r, rest),
        ["funds", rest @ ..] => funds(r, rest),
        ["batches", rest @ ..] => batches(r, rest),
        ["projects", rest @ ..] => projects(r, rest),
        ["indicators", rest @ ..] => indicators(r, rest),
        [first, ..] => {
            Err(RefError::new(format!("`{first}` is not a section of the data")).expected(SECTIONS))
        }
        [] => Err(RefError::new("the reference is empty").expected(SECTIONS)),
    }
}

fn missing(what: &str) -> RefError {
    RefError::new(format!("{what} is not given in the data")).absent()
}

fn count(c: Option<Count>, unit: &str, what: &str) -> Result<String, RefError> {
    c.map(|c| c.with_unit(unit)).ok_or_else(|| missing(what))
}

fn money(m: Option<Money>, what: &str) -> Result<String, RefError> {
    m.map(|m| m.to_string()).ok_or_else(|| missing(what))
}

fn profile(r: &Region, field: &str) -> Result<String, RefError> {
    match field {
        "area_km2" => r
            .profile
            .area_km2
            .map(|a| format!("{}平方公里", a.normalize()))
            .ok_or_else(|| missing("the area")),
        "population" => count(r.profile.population, "人", "the population"),
        _ => Err(RefError::new(format!("`{field}` is not a profile figure"))
            .expected(&["area_km2", "population"])),
    }
}

fn poverty(r: &Region, p: &[&str]) -> Result<String, RefError> {
    if p == ["rate_drop"] {
        let rated: Vec<Rate> = r.poverty.iter().filter_map(|row| row.rate).collect();
        return match (rated.first(), rated.last()) {
            (Some(a), Some(b)) if rated.len() >= 2 => Ok(a.change_to(*b).magnitude()),
            _ => Err(
                RefError::new("`rate_drop` needs at least two `poverty` rows with a `rate`")
                    .absent(),
            ),
        };
    }
    let [year, field] = p else {
        return Err(
            RefError::new("a poverty figure is written `poverty.<year>.<field>`").expected(&[
                "poverty.2014.people",
                "poverty.latest.rate",
                "poverty.rate_drop",
            ]),
        );
    };
    let row = match *year {
        "first" => r.poverty.first(),
        "latest" | "last" => r.poverty.last(),
        y => r.poverty.iter().find(|row| row.year.to_string() == y),
    }
    .ok_or_else(|| {
        RefError::new(format!("there is no `poverty` row for `{year}`")).expected_list(
            r.poverty
                .iter()
                .map(|row| row.year.to_string())
                .chain(["first".into(), "latest".into()])
                .collect(),
        )
    })?;
    match *field {
        "households" => count(row.households, "户", "households"),
        "people" => count(row.people, "人", "people"),
        "rate" => row
            .rate
            .map(|x| x.to_string())
            .ok_or_else(|| missing("the rate")),
        f => Err(
            RefError::new(format!("`{f}` is not a poverty figure")).expected(&[
                "households",
                "people",
                "rate",
            ]),
        ),
    }
}

fn lifted(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let [period, field] = p else {
        return Err(
            RefError::new("a lifted figure is written `lifted.<period>.<field>`")
                .expected(&["lifted.2014-2018.people"]),
        );
    };
    let row = r
        .lifted
        .iter()
        .find(|l| Period::parse(period).is_ok_and(|p| p == l.period))
        .ok_or_else(|| {
            RefError::new(format!("there is no `lifted` row for `{period}`"))
                .expected_list(r.lifted.iter().map(|l| l.period.key()).collect())
        })?;
    match *field {
        "households" => count(row.households, "户", "households"),
        "people" => count(row.people, "人", "people"),
        f => Err(RefError::new(format!("`{f}` is not a lifted figure"))
            .expected(&["households", "people"])),
    }
}

fn targets(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let [year, name, field] = p else {
        return Err(RefError::new(
            "a target is written `targets.<year>.<name>.target` or `.actual`",
        )
        .expected(&["targets.2015.减贫人口.actual"]));
    };
    let row = r
        .targets
        .iter()
        .find(|t| t.year.to_string() == *year && t.name == *name)
        .ok_or_else(|| {
            RefError::new(format!("there is no target `{name}` for {year}")).expected_list(
                r.targets
                    .iter()
                    .map(|t| format!("{}.{}", t.year, t.name))
                    .collect(),
            )
        })?;
    match *field {
        "target" => count(row.target, &row.unit, "the target"),
        "actual" => count(row.actual, &row.unit, "the actual figure"),
        f => {
            Err(RefError::new(format!("`{f}` is not a target figure"))
                .expected(&["target", "actual"]))
        }
    }
}

fn funds(r: &Region, p: &[&str]) -> Result<String, RefError> {
    if p == ["total"] {
        if r.funds.is_empty() {
            return Err(missing("money"));
        }
        return Ok(r.funds.iter().map(|f| f.amount).sum::<Money>().to_string());
    }
    let [when, source, field] = p else {
        return Err(RefError::new(
            "a fund figure is written `funds.<year or period>.<source>.<field>`",
        )
        .expected(&["funds.2015.财政扶贫资金.amount", "funds.total"]));
    };
    let row = r
        .funds
        .iter()
        .find(|f| f.source == *source && same_when(f.when, when))
        .ok_or_else(|| {
            RefError::new(format!("there is no fund `{source}` for `{when}`")).expected_list(
                r.funds
                    .iter()
                    .map(|f| format!("{}.{}", f.when.key(), f.source))
                    .collect(),
            )
        })?;
    match *field {
        "amount" => Ok(row.amount.to_string()),
        "to_poor_villages" => money(row.to_poor_villages, "`to_poor_villages`"),
        "projects" => count(row.projects, "个", "the number of projects"),
        f => Err(
            RefError::new(format!("`{f}` is not a fund figure")).expected(&[
                "amount",
                "to_poor_villages",
                "projects",
            ]),
        ),
    }
}

const BATCH_FIELDS: &[&str] = &[
    "investment",
    "invested_so_far",
    "total",
    "completed",
    "in_progress",
    "tendering",
    "planning",
    "completion_rate",
];

fn batches(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let [batch, field] = p else {
        return Err(
            RefError::new("a batch figure is written `batches.<batch>.<field>`")
                .expected(&["batches.第一批.completed"]),
        );
    };
    let b = r
        .project_batches
        .iter()
        .find(|b| b.batch == *batch)
        .ok_or_else(|| {
            RefError::new(format!("there is no batch `{batch}`"))
                .expected_list(r.project_batches.iter().map(|b| b.batch.clone()).collect())
        })?;
    match *field {
        "investment" => money(b.investment, "the investment"),
        "invested_so_far" => money(b.invested_so_far, "`invested_so_far`"),
        "total" => Ok(b.total_or_counted().with_unit("个")),
        "completion_rate" => {
            Rate::share(b.count(Status::Completed).get(), b.total_or_counted().get())
                .map(|r| r.to_string())
                .ok_or_else(|| missing("a project count"))
        }
        f => match Status::ALL.iter().find(|s| s.key() == f) {
            Some(s) => Ok(b.count(*s).with_unit("个")),
            None => {
                Err(RefError::new(format!("`{f}` is not a batch figure")).expected(BATCH_FIELDS))
            }
        },
    }
}

fn projects(r: &Region, p: &[&str]) -> Result<String, RefError> {
    match p {
        ["count"] => Ok(Count::new(r.projects.len() as u64).with_unit("个")),
        [s] => match Status::ALL.iter().find(|st| st.key() == *s) {
            Some(st) => Ok(
                Count::new(r.projects.iter().filter(|p| p.status == *st).count() as u64)
                    .with_unit("个"),
            ),
            None => Err(
                RefError::new(format!("`{s}` is not a project figure")).expected(&[
                    "count",
                    "completed",
                    "in_progress",
                    "tendering",
                    "planning",
                ]),
            ),
        },
        _ => Err(RefError::new(
            "a project figure is written `projects.count` or `projects.<status>`",
        )),
    }
}

fn indicators(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let [name, key] = p else {
        return Err(RefError::new(
            "an indicator is written `indicators.<name>.<year>` or `.target`",
        )
        .expected(&["indicators.自来水普及率.2015"]));
    };
    let ind = r
        .indicators
        .iter()
        .find(|i| i.name == *name)
        .ok_or_else(|| {
            RefError::new(format!("there is no indicator `{name}`"))
                .expected_list(r.indicators.iter().map(|i| i.name.clone()).collect())
        })?;
    let value = if *key == "target" {
        ind.target
            .ok_or_else(|| missing("the indicator's target"))?
    } else {
        *ind.values
            .iter()
            .find(|(y, _)| y.to_string() == *key)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                RefError::new(format!("indicator `{name}` has no value for `{key}`")).expected_list(
                    ind.values
                        .keys()
                        .map(|y| y.to_string())
                        .chain(["target".into()])
                        .collect(),
                )
            })?
    };
    Ok(format_with_unit(value, &ind.unit))
}

/// An indicator figure with its unit: `98%`, `8300人`.
pub fn format_with_unit(v: Decimal, unit: &str) -> String {
    let n = v.normalize();
    let digits = if n.is_zero() {
        "0".to_string()
    } else {
        n.to_string()
    };
    format!("{digits}{unit}")
}

/// Whether a written year or period (`2015`, `2013-2015`, `2013—2015`) names `when`.
fn same_when(when: YearOrPeriod, written: &str) -> bool {
    match when {
        YearOrPeriod::Year(y) => Year::parse(written).is_ok_and(|w| w == y),
        YearOrPeriod::Period(p) => Period::parse(written).is_ok_and(|w| w == p),
    }
}
