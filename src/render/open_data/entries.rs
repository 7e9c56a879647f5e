//! Each row kind's rows as open data entries: the keys that name a row and its figures,
//! each figure under its key in the row kind's description ([`crate::model::kinds`]).

use super::{Entry, Exact, Figure, Prov};
use crate::model::kinds::{key, Section};
use crate::model::region::{
    CreditRow, FundRow, Indicator, LiftedRow, PovertyRow, Project, ProjectBatch, Region, TargetRow,
};
use crate::quantity::Status;
use serde_json::json;

/// The JSON key of a fund's or loan's time, which may be either a year or a period.
const YEAR_OR_PERIOD: &str = "year_or_period";

/// Region `r`'s rows of one row kind (none for the regions themselves: their figures are
/// the file's top level).
pub(super) fn of(r: &Region, kind: Section) -> Vec<Entry> {
    match kind {
        Section::Regions => Vec::new(),
        Section::Poverty => poverty(r),
        Section::Lifted => lifted(r),
        Section::Targets => targets(r),
        Section::Funds => funds(r),
        Section::Credit => credit(r),
        Section::Projects => projects(r),
        Section::ProjectBatches => batches(r),
        Section::Indicators => indicators(r),
    }
}

fn poverty(r: &Region) -> Vec<Entry> {
    let entry = |p: &PovertyRow| Entry {
        keys: vec![(key::YEAR, json!(p.year.get()))],
        when: p.year.to_string(),
        name: String::new(),
        prov: Prov::of(r, &p.prov),
        figures: vec![
            Figure::counted(key::HOUSEHOLDS, p.households.as_ref()),
            Figure::counted(key::PEOPLE, p.people.as_ref()),
            Figure::rate(key::RATE, p.rate.as_ref()),
        ],
    };
    r.poverty.iter().map(entry).collect()
}

fn lifted(r: &Region) -> Vec<Entry> {
    let entry = |l: &LiftedRow| Entry {
        keys: vec![(key::PERIOD, json!(l.when.map(|p| p.key())))],
        when: l.when.map(|p| p.key()).unwrap_or_default(),
        name: String::new(),
        prov: Prov::of(r, &l.prov),
        figures: vec![
            Figure::counted(key::HOUSEHOLDS, l.households.as_ref()),
            Figure::counted(key::PEOPLE, l.people.as_ref()),
        ],
    };
    r.lifted.iter().map(entry).collect()
}

fn targets(r: &Region) -> Vec<Entry> {
    let entry = |t: &TargetRow| Entry {
        keys: vec![
            (key::YEAR, json!(t.year.map(|y| y.get()))),
            (key::NAME, json!(t.name)),
            (key::UNIT, json!(t.unit)),
        ],
        when: t.year.map(|y| y.to_string()).unwrap_or_default(),
        name: t.name.clone(),
        prov: Prov::of(r, &t.prov),
        figures: vec![
            Figure::count(key::TARGET, t.target.as_ref(), &t.unit),
            Figure::count(key::ACTUAL, t.actual.as_ref(), &t.unit),
        ],
    };
    r.targets.iter().map(entry).collect()
}

fn funds(r: &Region) -> Vec<Entry> {
    let entry = |f: &FundRow| Entry {
        keys: vec![
            (YEAR_OR_PERIOD, json!(f.when.map(|w| w.key()))),
            (key::SOURCE, json!(f.source)),
        ],
        when: f.when.map(|w| w.key()).unwrap_or_default(),
        name: f.source.clone(),
        prov: Prov::of(r, &f.prov),
        figures: vec![
            Figure::money(key::AMOUNT, Some(&f.amount)),
            Figure::money(key::TO_POOR_VILLAGES, f.to_poor_villages.as_ref()),
            Figure::counted(key::PROJECTS, f.projects.as_ref()),
        ],
    };
    r.funds.iter().map(entry).collect()
}

fn credit(r: &Region) -> Vec<Entry> {
    let entry = |c: &CreditRow| {
        let mut keys = vec![
            (YEAR_OR_PERIOD, json!(c.when.map(|w| w.key()))),
            (key::KIND, json!(c.kind)),
        ];
        // Only where given, as region.yaml has it: most loans' words are the row's.
        if let Some(w) = &c.drawn_wording {
            keys.push((key::DRAWN_WORDING, json!(w)));
        }
        Entry {
            keys,
            when: c.when.map(|w| w.key()).unwrap_or_default(),
            name: c.kind.clone(),
            prov: Prov::of(r, &c.prov),
            figures: vec![
                Figure::money(key::AMOUNT, c.amount.as_ref()),
                Figure::money(key::DRAWN, c.drawn.as_ref()).worded(c.drawn_wording.as_deref()),
                Figure::counted(key::HOUSEHOLDS, c.households.as_ref()),
                Figure::counted(key::PEOPLE, c.people.as_ref()),
            ],
        }
    };
    r.credit.iter().map(entry).collect()
}

fn projects(r: &Region) -> Vec<Entry> {
    let entry = |p: &Project| Entry {
        keys: vec![
            (key::NAME, json!(p.name)),
            (key::CATEGORY, json!(p.category)),
        ],
        when: String::new(),
        name: p.name.clone(),
        prov: Prov::of(r, &p.prov),
        figures: vec![
            Figure::new(
                key::STATUS,
                Some(Exact::Key(p.status.key().into())),
                "",
                Some(p.status.label().into()),
            ),
            Figure::money(key::INVESTMENT, p.investment.as_ref()),
        ],
    };
    r.projects.iter().map(entry).collect()
}

fn batches(r: &Region) -> Vec<Entry> {
    let entry = |b: &ProjectBatch| {
        // The loan it is spent from, by name: a row of the CSV as a project's status is.
        let loan = b.financed_by.as_ref();
        let mut figures = vec![
            Figure::money(key::INVESTMENT, b.investment.as_ref()),
            Figure::money(key::PLANNED_INVESTMENT, b.planned_investment.as_ref()),
            Figure::money(key::INVESTED_SO_FAR, b.invested_so_far.as_ref()),
            Figure::new(
                key::FINANCED_BY,
                loan.map(|l| Exact::Key(l.clone())),
                "",
                loan.cloned(),
            ),
            Figure::plain_count(key::TOTAL, b.total, key::TOTAL),
        ];
        figures.extend(Status::ALL.iter().map(|s| {
            Figure::plain_count(s.key(), Some(b.count(*s)), key::TOTAL)
                .within(key::STATUS, s.key().into())
        }));
        Entry {
            keys: vec![(key::BATCH, json!(b.batch))],
            when: String::new(),
            name: b.batch.clone(),
            prov: Prov::of(r, &b.prov),
            figures,
        }
    };
    r.project_batches.iter().map(entry).collect()
}

fn indicators(r: &Region) -> Vec<Entry> {
    let entry = |i: &Indicator| {
        let mut figures: Vec<Figure> = i
            .values
            .iter()
            .map(|(y, v)| {
                let mut f = Figure::decimal(key::VALUE, Some(v), &i.unit)
                    .within(key::VALUES, y.to_string());
                f.when = Some(y.to_string());
                f
            })
            .collect();
        // The undated value: no year; the row's wording or date says when.
        figures.push(Figure::decimal(key::VALUE, i.value.as_ref(), &i.unit));
        figures.push(Figure::decimal(key::TARGET, i.target.as_ref(), &i.unit));
        Entry {
            // The value figures fill `values`; an indicator without any still has it.
            keys: vec![
                (key::NAME, json!(i.name)),
                (key::UNIT, json!(i.unit)),
                (key::VALUES, json!({})),
            ],
            when: String::new(),
            name: i.name.clone(),
            prov: Prov::of(r, &i.prov),
            figures,
        }
    };
    r.indicators.iter().map(entry).collect()
}
