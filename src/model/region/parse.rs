//! Decoding each section's rows from `region.yaml`.

use super::rows::{
    CreditRow, FundRow, Indicator, LiftedRow, PovertyRow, Profile, Project, ProjectBatch,
    Provenance, TargetRow,
};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::data;
use crate::messages::Msg;
use crate::model::decode::{Decoder, Fields};
use crate::quantity::{Count, Money, Period, QuantityError, Rate, Stated, Status, YearOrPeriod};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A row's own keys followed by the keys every row may carry: where it was published
/// (`cite`), when it was true (`as_of`, `wording`) and a remark on it (`note`).
macro_rules! row_keys {
    ($($k:literal),* $(,)?) => {
        &[$($k,)* "cite", "as_of", "wording", "note"]
    };
}

/// The rows of one section, each decoded by `one`.
pub(super) fn rows<T>(
    d: &mut Decoder<'_>,
    f: &Fields<'_>,
    key: &str,
    one: fn(&mut Decoder<'_>, &Node) -> Option<T>,
) -> Vec<T> {
    let Some(list) = f.get(key) else {
        return Vec::new();
    };
    let items = d.seq(list, format!("`{key}`"));
    items.iter().filter_map(|n| one(d, n)).collect()
}

fn provenance(d: &mut Decoder<'_>, f: &Fields<'_>) -> Provenance {
    Provenance::new(
        f.get("cite").and_then(|n| d.text(n, "`cite`")),
        f.get("as_of").and_then(|n| d.as_of(n, "`as_of`")),
        f.get("wording").and_then(|n| d.text(n, "`wording`")),
    )
    .with_note(f.get("note").and_then(|n| d.text(n, "`note`")))
}

pub(super) fn profile(d: &mut Decoder<'_>, n: &Node) -> Profile {
    let Some(f) = d.fields(n, "`profile`", &["area_km2", "population"]) else {
        return Profile::default();
    };
    Profile {
        area_km2: f.get("area_km2").and_then(|n| d.decimal(n, "`area_km2`")),
        population: f
            .get("population")
            .and_then(|n| d.stated_count(n, "`population`", Some("人"))),
    }
}

/// A row's `households` (in 户) and `people` (in 人).
type Reach = (Option<Stated<Count>>, Option<Stated<Count>>);

fn households_people(d: &mut Decoder<'_>, f: &Fields<'_>) -> Reach {
    let households = f
        .get("households")
        .and_then(|n| d.stated_count(n, "`households`", Some("户")));
    let people = f
        .get("people")
        .and_then(|n| d.stated_count(n, "`people`", Some("人")));
    (households, people)
}

fn required_text(
    d: &mut Decoder<'_>,
    f: &Fields<'_>,
    key: &str,
    what: Msg,
    example: &str,
) -> Option<String> {
    match f.get(key) {
        Some(n) => d.text(n, format!("`{key}`")),
        None => {
            d.missing(f.span, key, what, example);
            None
        }
    }
}

/// A row's `year` or `period`: Ok(None) when it has neither (an undated row, checked
/// once the region's `as_of` is known), Err(()) when what is written is refused.
fn when(d: &mut Decoder<'_>, f: &Fields<'_>, what: Msg) -> Result<Option<YearOrPeriod>, ()> {
    match (f.get("year"), f.get("period")) {
        (Some(y), None) => d
            .year(y, "`year`")
            .map(YearOrPeriod::Year)
            .map(Some)
            .ok_or(()),
        (None, Some(p)) => d
            .period(p, "`period`")
            .map(YearOrPeriod::Period)
            .map(Some)
            .ok_or(()),
        (Some(_), Some(p)) => {
            d.error(p.span, data::year_and_period(what));
            if let Some(last) = d.diags.last_mut() {
                last.hint = Some(data::year_or_period_hint());
            }
            Err(())
        }
        (None, None) => Ok(None),
    }
}

pub(super) fn poverty_row(d: &mut Decoder<'_>, n: &Node) -> Option<PovertyRow> {
    let f = d.fields(
        n,
        data::in_row("poverty"),
        row_keys!["year", "households", "people", "rate"],
    )?;
    let year = match f.get("year") {
        Some(n) => d.year(n, "`year`"),
        None => {
            d.missing(f.span, "year", data::this_row("poverty"), "year: 2014");
            None
        }
    };
    let (households, people) = households_people(d, &f);
    let rate = f
        .get("rate")
        .and_then(|n| d.stated(n, "`rate`", Rate::parse));
    Some(PovertyRow {
        year: year?,
        households,
        people,
        rate,
        prov: provenance(d, &f),
        at: f.span,
    })
}

pub(super) fn lifted_row(d: &mut Decoder<'_>, n: &Node) -> Option<LiftedRow> {
    let f = d.fields(
        n,
        data::in_row("lifted"),
        row_keys!["period", "year", "households", "people"],
    )?;
    let when = when(d, &f, data::in_row("lifted")).ok()?.map(|w| match w {
        YearOrPeriod::Year(y) => Period { start: y, end: y },
        YearOrPeriod::Period(p) => p,
    });
    let (households, people) = households_people(d, &f);
    Some(LiftedRow {
        when,
        households,
        people,
        prov: provenance(d, &f),
        at: f.span,
    })
}

pub(super) fn target_row(d: &mut Decoder<'_>, n: &Node) -> Option<TargetRow> {
    let f = d.fields(
        n,
        data::in_row("targets"),
        row_keys!["year", "name", "unit", "target", "actual"],
    )?;
    let year = match f.get("year") {
        Some(n) => Some(d.year(n, "`year`")?),
        None => None,
    };
    let name = required_text(d, &f, "name", data::this_row("targets"), "name: 减贫人口");
    let unit = f
        .get("unit")
        .and_then(|n| d.text(n, "`unit`"))
        .unwrap_or_default();
    let unit_word = (!unit.is_empty()).then_some(unit.as_str());
    let target = f
        .get("target")
        .and_then(|n| d.stated_count(n, "`target`", unit_word));
    let actual = f
        .get("actual")
        .and_then(|n| d.stated_count(n, "`actual`", unit_word));
    Some(TargetRow {
        year,
        name: name?,
        unit,
        target,
        actual,
        prov: provenance(d, &f),
        at: f.span,
    })
}

pub(super) fn fund_row(d: &mut Decoder<'_>, n: &Node) -> Option<FundRow> {
    let f = d.fields(
        n,
        data::in_row("funds"),
        row_keys![
            "year",
            "period",
            "source",
            "amount",
            "to_poor_villages",
            "projects",
        ],
    )?;
    let when = when(d, &f, data::in_row("funds"));
    let source = required_text(
        d,
        &f,
        "source",
        data::this_row("funds"),
        "source: 财政扶贫资金",
    );
    let amount = match f.get("amount") {
        Some(n) => d.stated(n, "`amount`", Money::parse),
        None => {
            d.missing(
                f.span,
                "amount",
                data::this_row("funds"),
                "amount: 4.34亿元",
            );
            None
        }
    };
    let to_poor_villages = f
        .get("to_poor_villages")
        .and_then(|n| d.stated(n, "`to_poor_villages`", Money::parse));
    let projects = f
        .get("projects")
        .and_then(|n| d.stated_count(n, "`projects`", Some("个")));
    Some(FundRow {
        when: when.ok()?,
        source: source?,
        amount: amount?,
        to_poor_villages,
        projects,
        prov: provenance(d, &f),
        at: f.span,
        to_poor_villages_at: f.span_of("to_poor_villages"),
    })
}

pub(super) fn credit_row(d: &mut Decoder<'_>, n: &Node) -> Option<CreditRow> {
    let f = d.fields(
        n,
        data::in_row("credit"),
        row_keys![
            "year",
            "period",
            "kind",
            "amount",
            "drawn",
            "households",
            "people",
        ],
    )?;
    let when = when(d, &f, data::in_row("credit"));
    let kind = required_text(
        d,
        &f,
        "kind",
        data::this_row("credit"),
        "kind: 扶贫小额信贷",
    );
    let amount = f
        .get("amount")
        .and_then(|n| d.stated(n, "`amount`", Money::parse));
    let drawn = f
        .get("drawn")
        .and_then(|n| d.stated(n, "`drawn`", Money::parse));
    let (households, people) = households_people(d, &f);
    let row = CreditRow {
        when: when.ok()?,
        kind: kind?,
        amount,
        drawn,
        households,
        people,
        prov: provenance(d, &f),
        at: f.span,
        drawn_at: f.span_of("drawn"),
    };
    let nothing = ["amount", "drawn", "households", "people"]
        .iter()
        .all(|k| f.get(k).is_none());
    if nothing {
        d.missing(
            f.span,
            "amount",
            data::this_row("credit"),
            "amount: 2.62亿元` (or `households: 6219",
        );
        return None;
    }
    Some(row)
}

pub(super) fn project(d: &mut Decoder<'_>, n: &Node) -> Option<Project> {
    let f = d.fields(
        n,
        data::in_row("projects"),
        row_keys!["name", "category", "status", "investment"],
    )?;
    let name = required_text(d, &f, "name", data::this_project(), "name: 村级光伏电站");
    let category = f.get("category").and_then(|n| d.text(n, "`category`"));
    let investment = f
        .get("investment")
        .and_then(|n| d.stated(n, "`investment`", Money::parse));
    let status = match f.get("status") {
        Some(n) => d.status(n, "`status`"),
        None => {
            d.missing(f.span, "status", data::this_project(), "status: completed");
            None
        }
    };
    Some(Project {
        name: name?,
        category,
        status: status?,
        investment,
        prov: provenance(d, &f),
    })
}

pub(super) fn batch(d: &mut Decoder<'_>, n: &Node) -> Option<ProjectBatch> {
    let f = d.fields(
        n,
        data::in_row("project_batches"),
        row_keys!["batch", "investment", "invested_so_far", "total", "status"],
    )?;
    let name = required_text(d, &f, "batch", data::this_project_batch(), "batch: 第一批");
    let investment = f
        .get("investment")
        .and_then(|n| d.stated(n, "`investment`", Money::parse));
    let invested_so_far = f
        .get("invested_so_far")
        .and_then(|n| d.stated(n, "`invested_so_far`", Money::parse));
    let total = f
        .get("total")
        .and_then(|n| d.count(n, "`total`", Some("个")));
    let mut status = BTreeMap::new();
    if let Some(sn) = f.get("status") {
        let keys: &'static [&'static str] = &["completed", "in_progress", "tendering", "planning"];
        if let Some(sf) = d.fields(sn, data::batch_status(), keys) {
            for s in Status::ALL {
                if let Some(v) = sf
                    .get(s.key())
                    .and_then(|n| d.count(n, format!("`{}`", s.key()), Some("个")))
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
        prov: provenance(d, &f),
        at: f.span,
        total_at: f.span_of("total"),
    })
}

pub(super) fn indicator(d: &mut Decoder<'_>, n: &Node) -> Option<Indicator> {
    let f = d.fields(
        n,
        data::in_indicators_row(),
        row_keys!["name", "unit", "values", "value", "target"],
    )?;
    let name = required_text(d, &f, "name", data::this_indicator(), "name: 自来水普及率");
    let unit = f
        .get("unit")
        .and_then(|n| d.text(n, "`unit`"))
        .unwrap_or_default();
    let mut values = BTreeMap::new();
    let value = f.get("value").and_then(|n| indicator_value(d, n, &unit));
    match (f.get("values"), f.get("value")) {
        (Some(vn), _) => match &vn.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    let year = d.year(k, data::year_in_values());
                    let value = indicator_value(d, v, &unit);
                    if let (Some(y), Some(v)) = (year, value) {
                        if values.insert(y, v).is_some() {
                            d.error(k.span, data::year_twice_in_values(y.to_string()));
                        }
                    }
                }
                if f.get("value").is_some() {
                    d.error(f.span_of("value"), data::values_and_value());
                    if let Some(last) = d.diags.last_mut() {
                        last.hint = Some(data::values_or_value_hint());
                    }
                }
            }
            _ => {
                let found = vn.kind_name();
                d.error(vn.span, data::values_not_by_year(found));
                if let Some(last) = d.diags.last_mut() {
                    last.hint = Some(data::values_by_year_hint());
                }
            }
        },
        (None, Some(_)) => {}
        (None, None) => d.missing(
            f.span,
            "values",
            data::this_indicator(),
            "values: { 2015: 98 }` (or, with no year, `value: 98",
        ),
    }
    let target = f.get("target").and_then(|n| indicator_value(d, n, &unit));
    Some(Indicator {
        name: name?,
        unit,
        values,
        value,
        target,
        prov: provenance(d, &f),
        at: f.span,
    })
}

/// An indicator figure: a percentage when the unit is `%`, else a plain exact number.
fn indicator_value(d: &mut Decoder<'_>, n: &Node, unit: &str) -> Option<Stated<Decimal>> {
    if unit == "%" {
        d.stated(n, data::indicator_value(), Rate::parse)
            .map(|r| Stated {
                value: r.value.percent(),
                qualifier: r.qualifier,
                scale: 0,
            })
    } else {
        d.stated(n, data::indicator_value(), |t| {
            let t = t.trim();
            let body = t
                .strip_suffix(unit)
                .filter(|_| !unit.is_empty())
                .unwrap_or(t);
            Money::parse(body)
                .map(|m| m.yuan())
                .map_err(|_| QuantityError {
                    message: data::not_a_number(t),
                    expected: data::indicator_expected(if unit.is_empty() {
                        crate::messages::Arg::from(String::new())
                    } else {
                        data::in_unit(unit.to_string()).into()
                    }),
                    hint: None,
                })
        })
    }
}
