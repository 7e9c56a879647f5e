//! Decoding each section's rows from `region.yaml`.

use super::rows::{
    CreditRow, FundRow, Indicator, LiftedRow, PovertyRow, Profile, Project, ProjectBatch,
    Provenance, TargetRow, NO_TIME,
};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::data;
use crate::messages::Msg;
use crate::model::decode::{Decoder, Fields};
use crate::model::kinds::{key, Section, Sheet};
use crate::quantity::{Count, Money, Period, QuantityError, Rate, Stated, Status, YearOrPeriod};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A key as messages name it: `` `drawn` ``.
pub(super) fn q(key: &str) -> String {
    format!("`{key}`")
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
    let items = d.seq(list, q(key));
    items.iter().filter_map(|n| one(d, n)).collect()
}

fn provenance(d: &mut Decoder<'_>, f: &Fields<'_>) -> Provenance {
    let as_of = f.get(key::AS_OF);
    let no_time = as_of
        .and_then(|n| n.as_scalar())
        .is_some_and(|t| t.trim() == NO_TIME);
    let prov = Provenance::new(
        f.get(key::CITE).and_then(|n| d.text(n, q(key::CITE))),
        as_of
            .filter(|_| !no_time)
            .and_then(|n| d.as_of(n, q(key::AS_OF))),
        f.get(key::WORDING).and_then(|n| d.text(n, q(key::WORDING))),
    )
    .with_note(f.get(key::NOTE).and_then(|n| d.text(n, q(key::NOTE))));
    match no_time {
        true => prov.with_no_time(),
        false => prov,
    }
}

pub(super) fn profile(d: &mut Decoder<'_>, n: &Node) -> Profile {
    let Some(f) = d.fields(n, q(key::PROFILE), Sheet::of(Section::Regions).figures()) else {
        return Profile::default();
    };
    Profile {
        area_km2: f
            .get(key::AREA_KM2)
            .and_then(|n| d.decimal(n, q(key::AREA_KM2))),
        population: f
            .get(key::POPULATION)
            .and_then(|n| d.stated_count(n, q(key::POPULATION), key::count_unit(key::POPULATION))),
    }
}

/// A row's `households` (in 户) and `people` (in 人).
type Reach = (Option<Stated<Count>>, Option<Stated<Count>>);

fn households_people(d: &mut Decoder<'_>, f: &Fields<'_>) -> Reach {
    let households = f
        .get(key::HOUSEHOLDS)
        .and_then(|n| d.stated_count(n, q(key::HOUSEHOLDS), key::count_unit(key::HOUSEHOLDS)));
    let people = f
        .get(key::PEOPLE)
        .and_then(|n| d.stated_count(n, q(key::PEOPLE), key::count_unit(key::PEOPLE)));
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
        Some(n) => d.text(n, q(key)),
        None => {
            d.missing(f.span, key, what, example);
            None
        }
    }
}

/// A row's `year` or `period`: Ok(None) when it has neither (an undated row, checked
/// once the region's `as_of` is known), Err(()) when what is written is refused.
fn when(d: &mut Decoder<'_>, f: &Fields<'_>, what: Msg) -> Result<Option<YearOrPeriod>, ()> {
    match (f.get(key::YEAR), f.get(key::PERIOD)) {
        (Some(y), None) => d
            .year(y, q(key::YEAR))
            .map(YearOrPeriod::Year)
            .map(Some)
            .ok_or(()),
        (None, Some(p)) => d
            .period(p, q(key::PERIOD))
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
        data::in_row(Section::Poverty.key()),
        Sheet::of(Section::Poverty).yaml_keys(),
    )?;
    let year = match f.get(key::YEAR) {
        Some(n) => d.year(n, q(key::YEAR)),
        None => {
            d.missing(
                f.span,
                key::YEAR,
                data::this_row(Section::Poverty.key()),
                "year: 2014",
            );
            None
        }
    };
    let (households, people) = households_people(d, &f);
    let rate = f
        .get(key::RATE)
        .and_then(|n| d.stated(n, q(key::RATE), Rate::parse));
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
        data::in_row(Section::Lifted.key()),
        Sheet::of(Section::Lifted).yaml_keys(),
    )?;
    let when = when(d, &f, data::in_row(Section::Lifted.key()))
        .ok()?
        .map(|w| match w {
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
        data::in_row(Section::Targets.key()),
        Sheet::of(Section::Targets).yaml_keys(),
    )?;
    let year = match f.get(key::YEAR) {
        Some(n) => Some(d.year(n, q(key::YEAR))?),
        None => None,
    };
    let name = required_text(
        d,
        &f,
        key::NAME,
        data::this_row(Section::Targets.key()),
        "name: 减贫人口",
    );
    let unit = f
        .get(key::UNIT)
        .and_then(|n| d.text(n, q(key::UNIT)))
        .unwrap_or_default();
    let unit_word = (!unit.is_empty()).then_some(unit.as_str());
    let target = f
        .get(key::TARGET)
        .and_then(|n| d.stated_count(n, q(key::TARGET), unit_word));
    let actual = f
        .get(key::ACTUAL)
        .and_then(|n| d.stated_count(n, q(key::ACTUAL), unit_word));
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
        data::in_row(Section::Funds.key()),
        Sheet::of(Section::Funds).yaml_keys(),
    )?;
    let when = when(d, &f, data::in_row(Section::Funds.key()));
    let source = required_text(
        d,
        &f,
        key::SOURCE,
        data::this_row(Section::Funds.key()),
        "source: 财政扶贫资金",
    );
    let amount = match f.get(key::AMOUNT) {
        Some(n) => d.stated(n, q(key::AMOUNT), Money::parse),
        None => {
            d.missing(
                f.span,
                key::AMOUNT,
                data::this_row(Section::Funds.key()),
                "amount: 4.34亿元",
            );
            None
        }
    };
    let to_poor_villages = f
        .get(key::TO_POOR_VILLAGES)
        .and_then(|n| d.stated(n, q(key::TO_POOR_VILLAGES), Money::parse));
    let projects = f
        .get(key::PROJECTS)
        .and_then(|n| d.stated_count(n, q(key::PROJECTS), key::count_unit(key::PROJECTS)));
    Some(FundRow {
        when: when.ok()?,
        source: source?,
        amount: amount?,
        to_poor_villages,
        projects,
        prov: provenance(d, &f),
        at: f.span,
        to_poor_villages_at: f.span_of(key::TO_POOR_VILLAGES),
    })
}

pub(super) fn credit_row(d: &mut Decoder<'_>, n: &Node) -> Option<CreditRow> {
    let f = d.fields(
        n,
        data::in_row(Section::Credit.key()),
        Sheet::of(Section::Credit).yaml_keys(),
    )?;
    let when = when(d, &f, data::in_row(Section::Credit.key()));
    let kind = required_text(
        d,
        &f,
        key::KIND,
        data::this_row(Section::Credit.key()),
        "kind: 扶贫小额信贷",
    );
    let amount = f
        .get(key::AMOUNT)
        .and_then(|n| d.stated(n, q(key::AMOUNT), Money::parse));
    let drawn = f
        .get(key::DRAWN)
        .and_then(|n| d.stated(n, q(key::DRAWN), Money::parse));
    let drawn_wording = f
        .get(key::DRAWN_WORDING)
        .and_then(|n| d.text(n, q(key::DRAWN_WORDING)));
    let (households, people) = households_people(d, &f);
    let row = CreditRow {
        when: when.ok()?,
        kind: kind?,
        amount,
        drawn,
        drawn_wording,
        households,
        people,
        prov: provenance(d, &f),
        at: f.span,
        drawn_at: f.span_of(key::DRAWN),
    };
    // Every figure of the row is optional; a row needs one of them.
    let nothing = Sheet::of(Section::Credit)
        .figures()
        .iter()
        .all(|k| f.get(k).is_none());
    if nothing {
        d.missing_with(
            f.span,
            key::AMOUNT,
            data::this_row(Section::Credit.key()),
            data::add_it_like_or("amount: 2.62亿元", "households: 6219"),
        );
        return None;
    }
    Some(row)
}

pub(super) fn project(d: &mut Decoder<'_>, n: &Node) -> Option<Project> {
    let f = d.fields(
        n,
        data::in_row(Section::Projects.key()),
        Sheet::of(Section::Projects).yaml_keys(),
    )?;
    let name = required_text(d, &f, key::NAME, data::this_project(), "name: 村级光伏电站");
    let category = f
        .get(key::CATEGORY)
        .and_then(|n| d.text(n, q(key::CATEGORY)));
    let investment = f
        .get(key::INVESTMENT)
        .and_then(|n| d.stated(n, q(key::INVESTMENT), Money::parse));
    let status = match f.get(key::STATUS) {
        Some(n) => d.status(n, q(key::STATUS)),
        None => {
            d.missing(
                f.span,
                key::STATUS,
                data::this_project(),
                "status: completed",
            );
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
        data::in_row(Section::ProjectBatches.key()),
        Sheet::of(Section::ProjectBatches).yaml_keys(),
    )?;
    let name = required_text(
        d,
        &f,
        key::BATCH,
        data::this_project_batch(),
        "batch: 第一批",
    );
    let investment = f
        .get(key::INVESTMENT)
        .and_then(|n| d.stated(n, q(key::INVESTMENT), Money::parse));
    let planned_investment = f
        .get(key::PLANNED_INVESTMENT)
        .and_then(|n| d.stated(n, q(key::PLANNED_INVESTMENT), Money::parse));
    let invested_so_far = f
        .get(key::INVESTED_SO_FAR)
        .and_then(|n| d.stated(n, q(key::INVESTED_SO_FAR), Money::parse));
    let financed_by = f
        .get(key::FINANCED_BY)
        .and_then(|n| d.text(n, q(key::FINANCED_BY)));
    let total = f
        .get(key::TOTAL)
        .and_then(|n| d.count(n, q(key::TOTAL), key::count_unit(key::TOTAL)));
    let mut status = BTreeMap::new();
    if let Some(sn) = f.get(key::STATUS) {
        let keys: &'static [&'static str] = &["completed", "in_progress", "tendering", "planning"];
        if let Some(sf) = d.fields(sn, data::batch_status(), keys) {
            for s in Status::ALL {
                if let Some(v) = sf
                    .get(s.key())
                    .and_then(|n| d.count(n, format!("`{}`", s.key()), key::count_unit(key::TOTAL)))
                {
                    status.insert(s, v);
                }
            }
        }
    }
    Some(ProjectBatch {
        batch: name?,
        investment,
        planned_investment,
        invested_so_far,
        financed_by,
        total,
        status,
        prov: provenance(d, &f),
        at: f.span,
        total_at: f.span_of(key::TOTAL),
        financed_by_at: f.span_of(key::FINANCED_BY),
    })
}

pub(super) fn indicator(d: &mut Decoder<'_>, n: &Node) -> Option<Indicator> {
    let f = d.fields(
        n,
        data::in_indicators_row(),
        Sheet::of(Section::Indicators).yaml_keys(),
    )?;
    let name = required_text(
        d,
        &f,
        key::NAME,
        data::this_indicator(),
        "name: 自来水普及率",
    );
    let unit = f
        .get(key::UNIT)
        .and_then(|n| d.text(n, q(key::UNIT)))
        .unwrap_or_default();
    let mut values = BTreeMap::new();
    let value = f.get(key::VALUE).and_then(|n| indicator_value(d, n, &unit));
    match (f.get(key::VALUES), f.get(key::VALUE)) {
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
                if f.get(key::VALUE).is_some() {
                    d.error(f.span_of(key::VALUE), data::values_and_value());
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
        (None, None) => d.missing_with(
            f.span,
            key::VALUES,
            data::this_indicator(),
            data::add_values_like("values: { 2015: 98 }", "value: 98"),
        ),
    }
    let target = f
        .get(key::TARGET)
        .and_then(|n| indicator_value(d, n, &unit));
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
