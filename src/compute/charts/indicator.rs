//! `indicator`: any named indicator series, one line per region, against its target.

use super::{ChartRequest, Parts};
use crate::chart::{ChartBody, LineChart, LinePoint, LineSeries, Reference};
use crate::compute::table::{cell, DataTable};
use crate::diagnostics::one_of;
use crate::model::region::{Indicator, Region};
use crate::quantity::decimal_to_f64;

/// The indicator a request names, or the region's only one.
fn pick<'a>(r: &'a Region, name: Option<&str>) -> Result<&'a Indicator, String> {
    let names: Vec<&str> = r.indicators.iter().map(|i| i.name.as_str()).collect();
    match name {
        Some(n) => r.indicators.iter().find(|i| i.name == n).ok_or_else(|| {
            if names.is_empty() {
                format!("{} has no `indicators`", r.name)
            } else {
                format!(
                    "{} has no indicator `{n}`; it has {}",
                    r.name,
                    one_of(&names)
                )
            }
        }),
        None => match r.indicators.as_slice() {
            [only] => Ok(only),
            [] => Err(format!("{} has no `indicators`", r.name)),
            _ => Err(format!(
                "{} has several indicators; say which with `name:` ({})",
                r.name,
                one_of(&names)
            )),
        },
    }
}

pub(super) fn indicator(regions: &[&Region], req: &ChartRequest) -> Result<Parts, String> {
    let mut series = Vec::new();
    let mut sentences = Vec::new();
    let mut table = DataTable::new("", &["地区", "指标", "年份", "数值", "目标"]);
    let mut first: Option<&Indicator> = None;
    for r in regions {
        let ind = pick(r, req.name.as_deref())?;
        if let Some(f) = first {
            if f.unit != ind.unit {
                return Err(format!("`{}` is counted in `{}` in one region and `{}` in another; they cannot share an axis", ind.name, f.unit, ind.unit));
            }
        }
        first.get_or_insert(ind);
        let values: Vec<_> = ind
            .values
            .iter()
            .filter(|(y, _)| req.in_years(**y))
            .collect();
        if values.is_empty() {
            return Err(format!(
                "indicator `{}` of {} has no values in the chosen years",
                ind.name, r.name
            ));
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
        return Err("no region to draw".into());
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
