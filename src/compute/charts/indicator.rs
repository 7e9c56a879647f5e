//! `indicator`: any named indicator series, one line per region, against its target.

use super::{ChartRequest, Parts};
use crate::chart::{ChartBody, LineChart, LinePoint, LineSeries, Reference};
use crate::compute::table::{cell, DataTable};
use crate::messages::catalog::figures as msg;
use crate::messages::{choices, Msg};
use crate::model::region::{Indicator, Region};
use crate::quantity::decimal_to_f64;

/// The indicator a request names, or the region's only one.
fn pick<'a>(r: &'a Region, name: Option<&str>) -> Result<&'a Indicator, Msg> {
    let names: Vec<&str> = r.indicators.iter().map(|i| i.name.as_str()).collect();
    match name {
        Some(n) => r.indicators.iter().find(|i| i.name == n).ok_or_else(|| {
            if names.is_empty() {
                msg::no_indicators(&r.name)
            } else {
                msg::no_such_indicator(&r.name, n, choices(&names))
            }
        }),
        None => match r.indicators.as_slice() {
            [only] => Ok(only),
            [] => Err(msg::no_indicators(&r.name)),
            _ => Err(msg::several_indicators(&r.name, choices(&names))),
        },
    }
}

pub(super) fn indicator(regions: &[&Region], req: &ChartRequest) -> Result<Parts, Msg> {
    let mut series = Vec::new();
    let mut sentences = Vec::new();
    let mut table = DataTable::new("", &["地区", "指标", "年份", "数值", "目标"]);
    let mut first: Option<&Indicator> = None;
    for r in regions {
        let ind = pick(r, req.name.as_deref())?;
        if let Some(f) = first {
            if f.unit != ind.unit {
                return Err(msg::indicator_units_differ(&ind.name, &f.unit, &ind.unit));
            }
        }
        first.get_or_insert(ind);
        let values: Vec<_> = ind
            .values
            .iter()
            .filter(|(y, _)| req.in_years(**y))
            .collect();
        if values.is_empty() {
            return Err(msg::indicator_no_values_in_years(&ind.name, &r.name));
        }
        let points = values
            .iter()
            .map(|(y, v)| LinePoint {
                year: y.get(),
                value: decimal_to_f64(v.value),
                label: ind.show(v),
            })
            .collect();
        series.push(LineSeries {
            name: r.name.clone(),
            points,
        });
        for (y, v) in &values {
            table.push_sourced(
                vec![
                    r.name.clone(),
                    ind.name.clone(),
                    y.to_string(),
                    ind.show(v),
                    cell(ind.target.as_ref().map(|t| ind.show(t))),
                ],
                r.sourced(&ind.prov),
            );
        }
        let parts: Vec<String> = values
            .iter()
            .map(|(y, v)| format!("{y}年{}", ind.show(v)))
            .collect();
        let target = ind
            .target
            .as_ref()
            .map(|t| format!("，目标{}", ind.show(t)))
            .unwrap_or_default();
        sentences.push(format!(
            "{}{}：{}{target}",
            r.name,
            ind.name,
            parts.join("、")
        ));
    }
    let Some(ind) = first else {
        return Err(msg::no_region_to_draw());
    };
    table.caption = ind.name.clone();
    let target = match regions {
        [_] => ind.target.as_ref().map(|t| Reference {
            value: decimal_to_f64(t.value),
            label: format!("目标{}", ind.show(t)),
        }),
        _ => None,
    };
    let title = match regions {
        [r] => format!("{}{}", r.name, ind.name),
        _ => format!("{}对比", ind.name),
    };
    let body = ChartBody::Lines(LineChart {
        y_unit: ind.unit.clone(),
        series,
        target,
    });
    Ok((title, format!("{}。", sentences.join("；")), body, table))
}
