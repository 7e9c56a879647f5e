//! The rows of a region's sections, each figure as the report stated it.

use crate::diagnostics::Span;
use crate::quantity::{AsOf, Count, Money, Period, Rate, Stated, Status, Year, YearOrPeriod};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Where a row's figures were published and when they were true, as written on the row;
/// what the row leaves out comes from its region (`source`, `as_of`). Most rows say
/// nothing of their own, so the words are boxed only when there are some: a national
/// site holds millions of rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance(Option<Box<Said>>);

/// What a row says of itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Said {
    cite: Option<Box<str>>,
    as_of: Option<AsOf>,
    wording: Option<Box<str>>,
    note: Option<Box<str>>,
    no_time: bool,
}

/// The `as_of` of a row whose report gives its figures no time at all (`as_of: 未注明`):
/// they are shown with none, not even their region's date, rather than with one invented.
pub const NO_TIME: &str = "未注明";

/// How a row with no time at all is shown.
const NO_TIME_LABEL: &str = "未注明时间";

impl Provenance {
    /// A row's `cite`, `as_of` and `wording`, as written.
    pub fn new(cite: Option<String>, as_of: Option<AsOf>, wording: Option<String>) -> Self {
        if cite.is_none() && as_of.is_none() && wording.is_none() {
            return Provenance(None);
        }
        Provenance(Some(Box::new(Said {
            cite: cite.map(String::into_boxed_str),
            as_of,
            wording: wording.map(String::into_boxed_str),
            note: None,
            no_time: false,
        })))
    }

    /// The same provenance for figures their report gives no time at all (`as_of: 未注明`).
    pub fn with_no_time(self) -> Self {
        let mut said = self.0.unwrap_or_default();
        said.no_time = true;
        said.as_of = None;
        Provenance(Some(said))
    }

    /// True when the row says its report gives its figures no time (`as_of: 未注明`): no
    /// date applies to them, not even the region's.
    pub fn no_time(&self) -> bool {
        self.0.as_ref().is_some_and(|s| s.no_time)
    }

    /// The same provenance with the row's remark (`备注`: `深度贫困县`, `为约数`), which
    /// stays with the row wherever its figures are shown.
    pub fn with_note(self, note: Option<String>) -> Self {
        let Some(note) = note else { return self };
        let mut said = self.0.unwrap_or_default();
        said.note = Some(note.into_boxed_str());
        Provenance(Some(said))
    }

    /// The row's remark, as written.
    pub fn note(&self) -> Option<&str> {
        self.0.as_ref().and_then(|s| s.note.as_deref())
    }

    /// Where this row's figures were published, when not the region's `source`.
    pub fn cite(&self) -> Option<&str> {
        self.0.as_ref().and_then(|s| s.cite.as_deref())
    }

    /// The date the figures were true, when not the region's `as_of`.
    pub fn as_of(&self) -> Option<AsOf> {
        self.0.as_ref().and_then(|s| s.as_of)
    }

    /// How the report put the time (`近三年来`, `截至目前`), shown as written.
    pub fn wording(&self) -> Option<&str> {
        self.0.as_ref().and_then(|s| s.wording.as_deref())
    }

    /// The key an undated row is cited by: its wording, else its `as_of` date (`未注明`
    /// for a row with no time at all).
    pub fn undated_key(&self) -> Option<String> {
        self.wording()
            .map(str::to_string)
            .or_else(|| self.as_of().map(AsOf::key))
            .or_else(|| self.no_time().then(|| NO_TIME.to_string()))
    }

    /// The date the row's figures were true: its own `as_of`, else its region's; none for
    /// a row whose report gives them no time.
    pub fn date(&self, region_as_of: Option<AsOf>) -> Option<AsOf> {
        match self.no_time() {
            true => None,
            false => self.as_of().or(region_as_of),
        }
    }

    /// How an undated row's time is shown: `近三年来`, `截至2019年6月`, or both.
    pub fn undated_label(&self, region_as_of: Option<AsOf>) -> String {
        match (self.wording(), self.date(region_as_of)) {
            (Some(w), Some(d)) => format!("{w}（截至{d}）"),
            (Some(w), None) => w.to_string(),
            (None, Some(d)) => format!("截至{d}"),
            (None, None) => NO_TIME_LABEL.into(),
        }
    }
}

/// The key a row is cited by and told apart with: its year or period, else its wording or date.
pub fn time_key(when: Option<String>, prov: &Provenance) -> String {
    when.or_else(|| prov.undated_key()).unwrap_or_default()
}

/// Area and population.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Area in km².
    pub area_km2: Option<Decimal>,
    /// Population.
    pub population: Option<Stated<Count>>,
}

/// Registered poor (建档立卡) at the end of a year.
#[derive(Debug, Clone)]
pub struct PovertyRow {
    /// The year.
    pub year: Year,
    /// Poor households.
    pub households: Option<Stated<Count>>,
    /// Poor people.
    pub people: Option<Stated<Count>>,
    /// Poverty incidence.
    pub rate: Option<Stated<Rate>>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
}

/// Lifted out of poverty over a period (or at a date the report gives no period for).
#[derive(Debug, Clone)]
pub struct LiftedRow {
    /// The period or year; None for an undated row (see `prov.wording`).
    pub when: Option<Period>,
    /// Households lifted out.
    pub households: Option<Stated<Count>>,
    /// People lifted out.
    pub people: Option<Stated<Count>>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
}

/// A target and what was achieved.
#[derive(Debug, Clone)]
pub struct TargetRow {
    /// The year; None for an undated row (`wording: 今年`).
    pub year: Option<Year>,
    /// What is measured (`减贫人口`).
    pub name: String,
    /// Its unit word (`人`).
    pub unit: String,
    /// The goal.
    pub target: Option<Stated<Count>>,
    /// The result.
    pub actual: Option<Stated<Count>>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
}

/// Money put in, by year or period and source.
#[derive(Debug, Clone)]
pub struct FundRow {
    /// One year or a period; None for an undated row (see `prov.wording`).
    pub when: Option<YearOrPeriod>,
    /// The fund's channel (`财政扶贫资金`): where the money came from.
    pub source: String,
    /// The amount.
    pub amount: Stated<Money>,
    /// Part of it spent in poor villages.
    pub to_poor_villages: Option<Stated<Money>>,
    /// Projects it paid for.
    pub projects: Option<Stated<Count>>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
    /// Where `to_poor_villages` is written.
    pub to_poor_villages_at: Span,
}

/// Loans and mutual-aid funds: money lent, never counted as money put in.
#[derive(Debug, Clone)]
pub struct CreditRow {
    /// One year or a period; None for an undated row.
    pub when: Option<YearOrPeriod>,
    /// The kind of loan (`扶贫小额信贷`, `助学贷款`).
    pub kind: String,
    /// The amount granted (or the fund's size).
    pub amount: Option<Stated<Money>>,
    /// The part disbursed or lent so far.
    pub drawn: Option<Stated<Money>>,
    /// How the report put the time of `drawn` alone (`累计`, `目前`), when its words are
    /// not the whole row's: `互助资金规模达687万元，累计发放借款571万元`.
    pub drawn_wording: Option<String>,
    /// Households reached.
    pub households: Option<Stated<Count>>,
    /// People reached.
    pub people: Option<Stated<Count>>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
    /// Where `drawn` is written.
    pub drawn_at: Span,
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
    /// Its total investment (`总投资`), if given.
    pub investment: Option<Stated<Money>>,
    /// Where it was published and when true.
    pub prov: Provenance,
}

/// Projects counted by status when only totals are published.
#[derive(Debug, Clone)]
pub struct ProjectBatch {
    /// The batch's name (`第一、二批`).
    pub batch: String,
    /// Its total investment (`总投资`).
    pub investment: Option<Stated<Money>>,
    /// Investment the report says is only planned (`拟投资`).
    pub planned_investment: Option<Stated<Money>>,
    /// Invested so far.
    pub invested_so_far: Option<Stated<Money>>,
    /// The `credit` row (by its `kind`) its investment is spent from: part of that loan,
    /// never money beside it.
    pub financed_by: Option<String>,
    /// Stated number of projects.
    pub total: Option<Count>,
    /// Projects per status (absent statuses are 0).
    pub status: BTreeMap<Status, Count>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
    /// Where `total` is written.
    pub total_at: Span,
    /// Where `financed_by` is written.
    pub financed_by_at: Span,
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

/// Any other figure: a series by year, or one undated value (a stock at a date).
#[derive(Debug, Clone)]
pub struct Indicator {
    /// Its name (`自来水普及率`).
    pub name: String,
    /// Its unit (`%`, `人`).
    pub unit: String,
    /// Values by year, exact.
    pub values: BTreeMap<Year, Stated<Decimal>>,
    /// One value with no year (`value:` with `as_of` or `wording`).
    pub value: Option<Stated<Decimal>>,
    /// The goal, if any.
    pub target: Option<Stated<Decimal>>,
    /// Where it was published and when true.
    pub prov: Provenance,
    /// Where the row is written.
    pub at: Span,
}

impl Indicator {
    /// Writes one of its figures with the unit: `98%`, `8300余人次`.
    pub fn show(&self, v: &Stated<Decimal>) -> String {
        v.with_unit(&self.unit)
    }
}
