//! `poverty-rate`: incidence rate by year, one line per region.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{ChartBody, LineChart, LinePoint, LineSeries};
use crate::compute::table::{cell, DataTable};
use crate::model::region::Region;
use crate::quantity::decimal_to_f64;

pub(super) fn poverty_rate(regions: &[&Region], req: &ChartRequest) -> Result<Parts, String> {
    let mut series = Vec::new();
    let mut sentences = Vec::new();
    let mut table = DataTable::new(
        "贫困发生率",
        &["地区", "年份", "贫困户", "贫困人口", "贫困发生率"],
    );
    for r in regions {
        let rows: Vec<_> = r
            .poverty
            .iter()
            .filter(|p| p.rate.is_some() && req.in_years(p.year))
            .collect();
        if rows.is_empty() {
            return Err(format!(
                "{} has no {} to draw a `poverty-rate` chart",
                r.name,
                ChartKind::PovertyRate.needs()
            ));
        }
        let points = rows
            .iter()
            .filter_map(|p| {
                p.rate.map(|rate| LinePoint {
                    year: p.year.get(),
                    value: decimal_to_f64(rate.percent()),
                    label: rate.to_string(),
                })
            })
            .collect();
        series.push(LineSeries {
            name: r.name.clone(),
            points,
        });
        for p in &rows {
            table.push(vec![
                r.name.clone(),
                p.year.to_string(),
                cell(p.households.map(|h| h.with_unit("户"))),
                cell(p.people.map(|n| n.with_unit("人"))),
                cell(p.rate),
            ]);
        }
        sentences.push(rate_sentence(r, &rows));
    }
    let title = if regions.len() == 1 {
        format!("{}贫困发生率", regions[0].name)
    } else {
        "贫困发生率对比".to_string()
    };
    let description = format!("{}。", sentences.join("；"));
    Ok((
        title,
        description,
        ChartBody::Lines(LineChart {
            y_unit: "%".into(),
            series, target: None, }),
        table,
    ))
}

/// "科左后旗贫困发生率由2014年的11%降至2018年的1.23%，下降9.77个百分点".
pub fn rate_sentence(r: &Region, rows: &[&crate::model::region::PovertyRow]) -> String {
    let (first, last) = (rows[0], rows[rows.len() - 1]);
    let (Some(a), Some(b)) = (first.rate, last.rate) else {
        return String::new();
    };
    if rows.len() == 1 {
        return format!("{}{}年贫困发生率为{}", r.name, first.year, a);
    }
    let change = a.change_to(b);
    let verb = if change.points().is_sign_negative() {
        "降至"
    } else {
        "升至"
    };
    let dir = if change.points().is_sign_negative() {
        "下降"
    } else {
        "上升"
    };
    format!(
        "{}贫困发生率由{}年的{}{}{}年的{}，{}{}",
        r.name,
        first.year,
        a,
        verb,
        last.year,
        b,
        dir,
        change.magnitude()
    )
}
