//! Figure references in stories: `{{ poverty.2014.people }}` → `34261人`,
//! `{{ indicators.劳动技能培训.value }}` → `8300余人`.
//!
//! A story cites a figure from the data instead of retyping it, so its text can
//! never disagree with the chart and table beside it. A figure prints as the report
//! wrote it, qualifier (`余`, `近`, `以上`…) and unit included.
//!
//! A row is named by its time: its year or period, or for an undated row the report's
//! wording (`近三年来`) or its `as_of` date (`2019-06`). Where a name alone is unique
//! (`funds.<source>.<field>`, `lifted.<field>` in a region with one `lifted` row) the
//! time may be left out.

use crate::compute::adds_up::{self, MoneyRow, Sum};
use crate::messages::catalog::{data, figures as msg};
use crate::messages::{choices, Msg};
use crate::model::kinds::{key, Section, Sheet, FIGURE_ORDER, SHEETS};
use crate::model::region::{
    time_key, CreditRow, FundRow, LiftedRow, Provenance, Region, TargetRow, NO_TIME,
};
use crate::model::Site;
use crate::quantity::{AsOf, Count, Money, Period, Rate, Stated, Status, Year, YearOrPeriod};

/// Why a reference did not resolve, said so an author can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefError {
    /// What is wrong.
    pub message: Msg,
    /// What would have been accepted here.
    pub expected: Option<Msg>,
    /// The figure is absent from its region's data (rather than misnamed), and its
    /// region's file had errors: a value refused there is the root cause, reported there.
    pub follows_data_error: bool,
}

impl RefError {
    fn new(message: Msg) -> Self {
        RefError {
            message,
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
        self.expected = Some(data::any_of(choices(names)));
        self
    }

    /// Lists what would have been accepted, when the reference is not wrong because
    /// of absent data (it names several rows where it should name one).
    fn expected_keys(mut self, names: Vec<String>) -> Self {
        self.expected = Some(data::any_of(choices(names)));
        self
    }

    fn expected_list(mut self, names: Vec<String>) -> Self {
        self = self.absent();
        self.expected = Some(if names.is_empty() {
            msg::nothing_no_such_data()
        } else {
            data::any_of(choices(names))
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
                RefError::new(
                    match crate::diagnostics::did_you_mean(id, ids.iter().copied()) {
                        Some(m) => msg::no_region_did_you_mean(id, m),
                        None => msg::no_region(id),
                    },
                )
            })?;
            (idx, path.trim())
        }
        None => {
            let idx = own.ok_or_else(|| {
                let mut e = RefError::new(msg::names_no_region(reference));
                e.expected = Some(msg::region_path_example());
                e
            })?;
            (idx, reference)
        }
    };
    let r = site.region(region);
    let parts: Vec<&str> = path.split('.').map(str::trim).collect();
    lookup(r, &parts).map_err(|mut e| {
        e.message = msg::in_region_path(e.message, path, &r.name);
        e.follows_data_error &= r.has_errors;
        e
    })
}

/// What a reference may start with, in the order messages list them: the region's own
/// words, then each row kind by its reference name (`profile`, `poverty` … `batches`).
fn sections() -> Vec<&'static str> {
    [key::NAME, key::FULL_NAME, key::LEVEL]
        .into_iter()
        .chain([Sheet::of(Section::Regions).reference])
        .chain(FIGURE_ORDER.iter().map(|s| Sheet::of(*s).reference))
        .collect()
}

fn lookup(r: &Region, p: &[&str]) -> Result<String, RefError> {
    match p {
        [key::NAME] => Ok(r.name.clone()),
        [key::FULL_NAME] => r
            .full_name
            .clone()
            .ok_or_else(|| RefError::new(msg::no_full_name())),
        [key::LEVEL] => r
            .level
            .clone()
            .ok_or_else(|| RefError::new(msg::no_level())),
        [first, rest @ ..] => match (referenced(first), rest) {
            (Some(Section::Regions), [field]) => profile(r, field),
            (Some(Section::Regions), _) | (None, _) => {
                Err(RefError::new(msg::not_a_section(*first)).expected(&sections()))
            }
            (Some(Section::Poverty), _) => poverty(r, rest),
            (Some(Section::Lifted), _) => lifted(r, rest),
            (Some(Section::Targets), _) => targets(r, rest),
            (Some(Section::Funds), _) => funds(r, rest),
            (Some(Section::Credit), _) => credit(r, rest),
            (Some(Section::ProjectBatches), _) => batches(r, rest),
            (Some(Section::Projects), _) => projects(r, rest),
            (Some(Section::Indicators), _) => indicators(r, rest),
        },
        [] => Err(RefError::new(msg::reference_empty()).expected(&sections())),
    }
}

/// The row kind a reference's first word names (`batches` → project batches).
fn referenced(word: &str) -> Option<Section> {
    SHEETS
        .iter()
        .find(|s| s.reference == word)
        .map(|s| s.section)
}

fn missing(what: Msg) -> RefError {
    RefError::new(msg::not_given(what)).absent()
}

fn unknown(field: &str, section: Msg, fields: &[&str]) -> RefError {
    RefError::new(msg::not_a_figure_of(field, section)).expected(fields)
}

/// A count as written, qualifier and unit included: `8300余人`, `34261人`; in a
/// target's own unit, or its key's (`key::unit_of(key::HOUSEHOLDS)`).
fn count(c: Option<&Stated<Count>>, unit: &str, what: Msg) -> Result<String, RefError> {
    c.map(|c| c.with_unit(unit)).ok_or_else(|| missing(what))
}

/// Money as written: `3700余万元`, `4.34亿元`.
fn money(m: Option<&Stated<Money>>, what: Msg) -> Result<String, RefError> {
    m.map(|m| m.to_string()).ok_or_else(|| missing(what))
}

fn profile(r: &Region, field: &str) -> Result<String, RefError> {
    match field {
        key::AREA_KM2 => r
            .profile
            .area_km2
            .map(|a| format!("{}平方公里", a.normalize()))
            .ok_or_else(|| missing(msg::fig_area())),
        key::POPULATION => count(
            r.profile.population.as_ref(),
            key::unit_of(key::POPULATION),
            msg::fig_population(),
        ),
        _ => Err(unknown(
            field,
            msg::sec_profile(),
            Sheet::of(Section::Regions).figures(),
        )),
    }
}

fn poverty(r: &Region, p: &[&str]) -> Result<String, RefError> {
    if p == ["rate_drop"] {
        // From the exact numbers, qualified or not: the change the report's figures show.
        let rated: Vec<Rate> = r
            .poverty
            .iter()
            .filter_map(|row| row.rate.map(|x| x.value))
            .collect();
        return match (rated.first(), rated.last()) {
            (Some(a), Some(b)) if rated.len() >= 2 => Ok(a.change_to(*b).magnitude()),
            _ => Err(RefError::new(msg::rate_drop_needs_two()).absent()),
        };
    }
    let [year, field] = p else {
        return Err(RefError::new(msg::poverty_ref_form()).expected(&[
            "poverty.2014.people",
            "poverty.latest.rate",
            "poverty.rate_drop",
        ]));
    };
    let fields = Sheet::of(Section::Poverty).figures();
    if !fields.contains(field) {
        return Err(unknown(field, msg::sec_poverty(), fields));
    }
    let row = match *year {
        "first" => r.poverty.first(),
        "latest" | "last" => r.poverty.last(),
        y => r.poverty.iter().find(|row| row.year.to_string() == y),
    }
    .ok_or_else(|| {
        RefError::new(msg::no_poverty_row(*year)).expected_list(
            r.poverty
                .iter()
                .map(|row| row.year.to_string())
                .chain(["first".into(), "latest".into()])
                .collect(),
        )
    })?;
    match *field {
        key::HOUSEHOLDS => count(
            row.households.as_ref(),
            key::unit_of(key::HOUSEHOLDS),
            msg::fig_households(),
        ),
        key::PEOPLE => count(
            row.people.as_ref(),
            key::unit_of(key::PEOPLE),
            msg::fig_people(),
        ),
        key::RATE => row
            .rate
            .map(|x| x.to_string())
            .ok_or_else(|| missing(msg::fig_rate())),
        f => Err(unknown(f, msg::sec_poverty(), fields)),
    }
}

/// A row of a section as a reference finds it: its time, its name within the section
/// (a fund's source, a loan's kind, a target's name) and its provenance.
struct Row<'a, T> {
    row: &'a T,
    when: Option<YearOrPeriod>,
    name: Option<&'a str>,
    prov: &'a Provenance,
}

impl<T> Row<'_, T> {
    /// The key a reference names its time by: its year or period, else its wording, else
    /// its date (the row's `as_of`, else the region's).
    fn when_key(&self, r: &Region) -> String {
        let key = time_key(self.when.map(YearOrPeriod::key), self.prov);
        if key.is_empty() {
            r.sourced(self.prov)
                .as_of
                .map(AsOf::key)
                .unwrap_or_default()
        } else {
            key
        }
    }

    /// `<when>.<name>` (or the part it has), as listed in messages.
    fn key(&self, r: &Region) -> String {
        let when = self.when_key(r);
        match (when.is_empty(), self.name) {
            (false, Some(n)) => format!("{when}.{n}"),
            (true, Some(n)) => n.to_string(),
            (_, None) => when,
        }
    }

    /// Whether `written` names the row's time: its year or period (in any dash), its
    /// wording, or its `as_of` date (for an undated row, also its region's; `未注明` for a
    /// row with no time at all).
    fn at(&self, r: &Region, written: &str) -> bool {
        if self.when.is_some_and(|w| same_when(w, written)) {
            return true;
        }
        if self.prov.wording() == Some(written) || self.prov.no_time() && written == NO_TIME {
            return true;
        }
        let as_of = match self.when {
            Some(_) => self.prov.as_of(),
            None => r.sourced(self.prov).as_of,
        };
        as_of.is_some_and(|d| d.key() == written || AsOf::parse(written).is_ok_and(|w| w == d))
    }
}

/// What a reference picks rows by, and how it says so when it picks none or several.
struct Pick<'a> {
    /// The time written, if the full form was used.
    when: Option<&'a str>,
    /// The name written, for sections whose rows are named.
    name: Option<&'a str>,
    /// The message when no row is picked.
    none: Msg,
    /// The message when `n` rows are picked.
    many: &'a dyn Fn(usize) -> Msg,
}

/// The one row `pick` names; the keys of the rows there are when it names none or several.
fn pick<'a, T>(r: &Region, rows: &[Row<'a, T>], pick: Pick<'_>) -> Result<&'a T, RefError> {
    let picked: Vec<&Row<'a, T>> = rows
        .iter()
        .filter(|row| pick.name.is_none_or(|n| row.name == Some(n)))
        .filter(|row| pick.when.is_none_or(|w| row.at(r, w)))
        .collect();
    match picked.as_slice() {
        [one] => Ok(one.row),
        [] => {
            Err(RefError::new(pick.none).expected_list(rows.iter().map(|row| row.key(r)).collect()))
        }
        several => Err(RefError::new((pick.many)(several.len()))
            .expected_keys(several.iter().map(|row| row.key(r)).collect())),
    }
}

fn lifted(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let fields = Sheet::of(Section::Lifted).figures();
    let (when, field) = match p {
        [when, field] => (Some(*when), *field),
        [field] if fields.contains(field) => (None, *field),
        _ => {
            return Err(RefError::new(msg::lifted_ref_form())
                .expected(&["lifted.2014-2018.people", "lifted.people"]))
        }
    };
    if !fields.contains(&field) {
        return Err(unknown(field, msg::sec_lifted(), fields));
    }
    let rows: Vec<Row<'_, LiftedRow>> = r
        .lifted
        .iter()
        .map(|l| Row {
            row: l,
            when: l.when.map(YearOrPeriod::Period),
            name: None,
            prov: &l.prov,
        })
        .collect();
    let many = |n: usize| match when {
        Some(w) => msg::when_names_n_lifted(w, n),
        None => msg::region_has_n_lifted(n, field),
    };
    let row = pick(
        r,
        &rows,
        Pick {
            when,
            name: None,
            none: match when {
                Some(w) => msg::no_lifted_row_for(w),
                None => msg::no_lifted_row(),
            },
            many: &many,
        },
    )?;
    match field {
        key::HOUSEHOLDS => count(
            row.households.as_ref(),
            key::unit_of(key::HOUSEHOLDS),
            msg::fig_households(),
        ),
        key::PEOPLE => count(
            row.people.as_ref(),
            key::unit_of(key::PEOPLE),
            msg::fig_people(),
        ),
        f => Err(unknown(f, msg::sec_lifted(), fields)),
    }
}

fn targets(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let fields = Sheet::of(Section::Targets).figures();
    let (when, name, field) = match named(p) {
        Some(parts) => parts,
        None => {
            return Err(RefError::new(msg::target_ref_form())
                .expected(&["targets.2015.减贫人口.actual", "targets.减贫人口.actual"]))
        }
    };
    if !fields.contains(&field) {
        return Err(unknown(field, msg::sec_target(), fields));
    }
    let rows: Vec<Row<'_, TargetRow>> = r
        .targets
        .iter()
        .map(|t| Row {
            row: t,
            when: t.year.map(YearOrPeriod::Year),
            name: Some(t.name.as_str()),
            prov: &t.prov,
        })
        .collect();
    let many = |n: usize| match when {
        Some(w) => msg::target_for_given_n(name, w, n),
        None => msg::target_given_n(name, n, field),
    };
    let row = pick(
        r,
        &rows,
        Pick {
            when,
            name: Some(name),
            none: match when {
                Some(w) => msg::no_target_for(name, w),
                None => msg::no_target(name),
            },
            many: &many,
        },
    )?;
    match field {
        key::TARGET => count(row.target.as_ref(), &row.unit, msg::fig_target()),
        key::ACTUAL => count(row.actual.as_ref(), &row.unit, msg::fig_actual()),
        f => Err(unknown(f, msg::sec_target(), fields)),
    }
}

/// `<when>.<name>.<field>`, or `<name>.<field>` when the name alone is unique: the parts
/// of a reference to a named row (a target, a fund, a loan).
fn named<'p>(p: &[&'p str]) -> Option<(Option<&'p str>, &'p str, &'p str)> {
    match p {
        [when, name, field] => Some((Some(*when), *name, *field)),
        [name, field] => Some((None, *name, *field)),
        _ => None,
    }
}

/// A section's money total, exact and marked by its bound, the total its card shows;
/// an error when its rows have none (several undated ones).
fn money_total<R: MoneyRow>(sum: Sum<'_, R>, rows: Msg, one: Msg) -> Result<String, RefError> {
    sum.total.map(|t| t.exact_text()).ok_or_else(|| {
        let mut e = RefError::new(msg::undated_no_total(rows));
        e.expected = Some(one);
        e
    })
}

/// A section of named money rows (funds by channel, loans by kind) as a reference
/// reads it: what differs between the two; [`named_rows`] is the rest.
struct NamedRows<'r, T> {
    /// The row kind.
    kind: Section,
    /// Its rows, each named.
    rows: Vec<Row<'r, T>>,
    /// `<section>.total`: the section's total, or why there is none.
    total: &'r dyn Fn() -> Result<String, RefError>,
    /// The message when a reference has the wrong shape, and the shapes to show.
    form: (Msg, &'static [&'static str]),
    /// The section as messages name it (`fund`).
    what: fn() -> Msg,
    /// `<when>` names `n` rows of `name`.
    when_names_n: fn(&str, usize, &str) -> Msg,
    /// `name` alone names `n` rows; the figure asked for is `field`.
    names_n: fn(usize, &str, &str) -> Msg,
    /// No row of `name` at `when`.
    none_for: fn(&str, &str) -> Msg,
    /// No row of `name`.
    none: fn(&str) -> Msg,
    /// A row's figure of a key.
    figure: fn(&T, &str) -> Result<String, RefError>,
}

/// `<section>.total`, `<section>[.<when>].<name>.<field>` of funds or loans.
fn named_rows<T>(r: &Region, p: &[&str], s: NamedRows<'_, T>) -> Result<String, RefError> {
    if p == ["total"] {
        return (s.total)();
    }
    let Some((when, name, field)) = named(p) else {
        return Err(RefError::new(s.form.0).expected(s.form.1));
    };
    let fields = Sheet::of(s.kind).figures();
    if !fields.contains(&field) {
        return Err(unknown(field, (s.what)(), fields));
    }
    let many = |n: usize| match when {
        Some(w) => (s.when_names_n)(w, n, name),
        None => (s.names_n)(n, name, field),
    };
    let row = pick(
        r,
        &s.rows,
        Pick {
            when,
            name: Some(name),
            none: match when {
                Some(w) => (s.none_for)(name, w),
                None => (s.none)(name),
            },
            many: &many,
        },
    )?;
    (s.figure)(row, field)
}

fn funds(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let total = || {
        if r.funds.is_empty() {
            return Err(missing(msg::fig_money()));
        }
        // Loans (`credit`) are lent, not put in, and never part of it.
        money_total(
            adds_up::funds(r),
            msg::rows_funds(),
            msg::one_fund_example(),
        )
    };
    let rows = r.funds.iter().map(|f| Row {
        row: f,
        when: f.when,
        name: Some(f.source.as_str()),
        prov: &f.prov,
    });
    named_rows(
        r,
        p,
        NamedRows {
            kind: Section::Funds,
            rows: rows.collect(),
            total: &total,
            form: (
                msg::fund_ref_form(),
                &[
                    "funds.2015.财政扶贫资金.amount",
                    "funds.财政扶贫资金.amount",
                    "funds.total",
                ],
            ),
            what: msg::sec_fund,
            when_names_n: |w, n, s| msg::when_names_n_funds(w, n, s),
            names_n: |n, s, f| msg::n_funds(n, s, f),
            none_for: |s, w| msg::no_fund_for(s, w),
            none: |s| msg::no_fund(s),
            figure: fund_figure,
        },
    )
}

fn fund_figure(row: &FundRow, field: &str) -> Result<String, RefError> {
    match field {
        key::AMOUNT => Ok(row.amount.to_string()),
        key::TO_POOR_VILLAGES => money(
            row.to_poor_villages.as_ref(),
            msg::fig_key(key::TO_POOR_VILLAGES),
        ),
        key::PROJECTS => count(
            row.projects.as_ref(),
            key::unit_of(key::PROJECTS),
            msg::fig_project_count_of_fund(),
        ),
        f => Err(unknown(
            f,
            msg::sec_fund(),
            Sheet::of(Section::Funds).figures(),
        )),
    }
}

fn credit(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let total = || {
        if r.credit.iter().all(|c| c.amount.is_none()) {
            return Err(missing(msg::fig_a_loan_amount()));
        }
        money_total(
            adds_up::credit(r),
            msg::rows_loans(),
            msg::one_loan_example(),
        )
    };
    let rows = r.credit.iter().map(|c| Row {
        row: c,
        when: c.when,
        name: Some(c.kind.as_str()),
        prov: &c.prov,
    });
    named_rows(
        r,
        p,
        NamedRows {
            kind: Section::Credit,
            rows: rows.collect(),
            total: &total,
            form: (
                msg::credit_ref_form(),
                &[
                    "credit.2018.扶贫小额信贷.amount",
                    "credit.扶贫小额信贷.households",
                    "credit.total",
                ],
            ),
            what: msg::sec_credit,
            when_names_n: |w, n, k| msg::when_names_n_credit(w, n, k),
            names_n: |n, k, f| msg::n_credit(n, k, f),
            none_for: |k, w| msg::no_credit_for(k, w),
            none: |k| msg::no_credit(k),
            figure: credit_figure,
        },
    )
}

fn credit_figure(row: &CreditRow, field: &str) -> Result<String, RefError> {
    match field {
        key::AMOUNT => money(row.amount.as_ref(), msg::fig_the_loan_amount()),
        key::DRAWN => money(row.drawn.as_ref(), msg::fig_key(key::DRAWN)),
        key::HOUSEHOLDS => count(
            row.households.as_ref(),
            key::unit_of(key::HOUSEHOLDS),
            msg::fig_households(),
        ),
        key::PEOPLE => count(
            row.people.as_ref(),
            key::unit_of(key::PEOPLE),
            msg::fig_people(),
        ),
        f => Err(unknown(
            f,
            msg::sec_credit(),
            Sheet::of(Section::Credit).figures(),
        )),
    }
}

/// A batch's share of completed projects, cited beside its described figures.
const COMPLETION_RATE: &str = "completion_rate";

fn batches(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let [batch, field] = p else {
        return Err(RefError::new(msg::batch_ref_form()).expected(&["batches.第一批.completed"]));
    };
    let b = r
        .project_batches
        .iter()
        .find(|b| b.batch == *batch)
        .ok_or_else(|| {
            RefError::new(msg::no_batch(*batch))
                .expected_list(r.project_batches.iter().map(|b| b.batch.clone()).collect())
        })?;
    match *field {
        key::INVESTMENT => money(b.investment.as_ref(), msg::fig_investment()),
        key::PLANNED_INVESTMENT => money(
            b.planned_investment.as_ref(),
            msg::fig_key(key::PLANNED_INVESTMENT),
        ),
        // The loan's name, as its `credit` row writes it: a story says whose money it is.
        key::FINANCED_BY => b
            .financed_by
            .clone()
            .ok_or_else(|| missing(msg::fig_key(key::FINANCED_BY))),
        key::INVESTED_SO_FAR => money(
            b.invested_so_far.as_ref(),
            msg::fig_key(key::INVESTED_SO_FAR),
        ),
        key::TOTAL => Ok(b.total_or_counted().with_unit(key::unit_of(key::TOTAL))),
        COMPLETION_RATE => {
            Rate::share(b.count(Status::Completed).get(), b.total_or_counted().get())
                .map(|r| r.to_string())
                .ok_or_else(|| missing(msg::fig_a_project_count()))
        }
        f => match Status::ALL.iter().find(|s| s.key() == f) {
            Some(s) => Ok(b.count(*s).with_unit(key::unit_of(key::TOTAL))),
            None => {
                let fields = Sheet::of(Section::ProjectBatches).figures().iter();
                let more = [COMPLETION_RATE, key::FINANCED_BY];
                let fields: Vec<&str> = fields.copied().chain(more).collect();
                Err(unknown(f, msg::sec_batch(), &fields))
            }
        },
    }
}

fn projects(r: &Region, p: &[&str]) -> Result<String, RefError> {
    match p {
        ["count"] => Ok(Count::new(r.projects.len() as u64).with_unit(key::unit_of(key::PROJECTS))),
        [s] => match Status::ALL.iter().find(|st| st.key() == *s) {
            Some(st) => Ok(
                Count::new(r.projects.iter().filter(|p| p.status == *st).count() as u64)
                    .with_unit(key::unit_of(key::PROJECTS)),
            ),
            None => Err(unknown(
                s,
                msg::sec_project(),
                &["count", "completed", "in_progress", "tendering", "planning"],
            )),
        },
        _ => Err(RefError::new(msg::project_ref_form())),
    }
}

fn indicators(r: &Region, p: &[&str]) -> Result<String, RefError> {
    let [name, key] = p else {
        return Err(RefError::new(msg::indicator_ref_form()).expected(&[
            "indicators.自来水普及率.2015",
            "indicators.劳动技能培训.value",
        ]));
    };
    let ind = r
        .indicators
        .iter()
        .find(|i| i.name == *name)
        .ok_or_else(|| {
            RefError::new(msg::no_indicator(*name))
                .expected_list(r.indicators.iter().map(|i| i.name.clone()).collect())
        })?;
    // What this indicator can be cited by: its years, `value`, `target`.
    let keys = || -> Vec<String> {
        ind.values
            .keys()
            .map(|y| y.to_string())
            .chain(ind.value.map(|_| key::VALUE.to_string()))
            .chain(ind.target.map(|_| key::TARGET.to_string()))
            .collect()
    };
    let value = match *key {
        key::TARGET => ind
            .target
            .as_ref()
            .ok_or_else(|| missing(msg::fig_indicator_target()))?,
        key::VALUE => match &ind.value {
            Some(v) => v,
            None if !ind.values.is_empty() => {
                return Err(RefError::new(msg::indicator_by_year(*name)).expected_keys(keys()))
            }
            None => return Err(missing(msg::fig_indicator_value())),
        },
        _ => ind
            .values
            .iter()
            .find(|(y, _)| y.to_string() == *key)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                RefError::new(msg::indicator_no_value_for(*name, *key)).expected_list(keys())
            })?,
    };
    Ok(ind.show(value))
}

/// Whether a written year or period (`2015`, `2013-2015`, `2013—2015`) names `when`.
fn same_when(when: YearOrPeriod, written: &str) -> bool {
    match when {
        YearOrPeriod::Year(y) => Year::parse(written).is_ok_and(|w| w == y),
        YearOrPeriod::Period(p) => Period::parse(written).is_ok_and(|w| w == p),
    }
}

#[cfg(test)]
mod tests;
