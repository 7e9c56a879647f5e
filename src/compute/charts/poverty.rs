//! `poverty-rate`: incidence rate by year, one line per region.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, LineChart, LinePoint, LineSeries, Segment, StackedBarChart};
use crate::compute::table::{cell, DataTable};
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;
use crate::quantity::decimal_to_f64;

pub(super) fn poverty_rate(regions: &[&Region], req: &ChartRequest) -> Result<Parts, Msg> {
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
            return Err(msg::chart_no_data(
                &r.name,
                ChartKind::PovertyRate.needs(),
                "poverty-rate",
            ));
        }
        let points = rows
            .iter()
            .filter_map(|p| {
                p.rate.map(|rate| LinePoint {
                    year: p.year.get(),
                    value: decimal_to_f64(rate.value.percent()),
                    label: rate.to_string(),
                })
            })
            .collect();
        series.push(LineSeries {
            name: r.name.clone(),
            points,
        });
        for p in &rows {
            table.push_sourced(
                vec![
                    r.name.clone(),
                    p.year.to_string(),
                    cell(p.households.map(|h| h.with_unit("户"))),
                    cell(p.people.map(|n| n.with_unit("人"))),
                    cell(p.rate),
                ],
                r.sourced(&p.prov),
            );
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
            series,
            target: None,
        }),
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
    let change = a.value.change_to(b.value);
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

/// One bar per region: the fall of its poverty rate from its first to its latest year.
pub(super) fn rate_decline(regions: &[&Region], req: &ChartRequest) -> Result<Parts, Msg> {
    let mut rows = Vec::new();
    for r in regions {
        let rated: Vec<_> = r
            .poverty
            .iter()
            .filter(|p| p.rate.is_some() && req.in_years(p.year))
            .collect();
        let (Some(a), Some(b)) = (rated.first(), rated.last()) else {
            continue;
        };
        let (Some(ra), Some(rb)) = (a.rate, b.rate) else {
            continue;
        };
        if rated.len() < 2 {
            continue;
        }
        rows.push((r, *a, *b, ra, rb, ra.value.change_to(rb.value)));
    }
    if rows.is_empty() {
        return Err(msg::no_region_has_for_decline(
            ChartKind::RateDecline.needs(),
        ));
    }
    // Largest fall first: this chart is a ranking.
    rows.sort_by_key(|x| x.5.points());
    req.cut(&mut rows);
    let mut table = DataTable::new("贫困发生率降幅", &["地区", "起始", "最新", "变化"]);
    let mut sentences = Vec::new();
    let bars = rows
        .iter()
        .map(|(r, a, b, ra, rb, ch)| {
            let (ya, yb) = (a.year, b.year);
            let dir = if ch.points().is_sign_negative() {
                "下降"
            } else {
                "上升"
            };
            table.push(vec![
                r.name.clone(),
                format!("{ya}年 {ra}"),
                format!("{yb}年 {rb}"),
                format!("{dir}{}", ch.magnitude()),
            ]);
            table.add_sources([r.sourced(&a.prov), r.sourced(&b.prov)]);
            sentences.push(format!("{}{ya}—{yb}年{dir}{}", r.name, ch.magnitude()));
            Bar {
                label: r.name.clone(),
                note: format!("{ya}—{yb}年"),
                is_period: false,
                segments: vec![Segment {
                    value: decimal_to_f64(ch.points().abs()),
                    label: format!("{ra}→{rb}"),
                }],
                top_label: format!("{dir}{}", ch.magnitude()),
            }
        })
        .collect();
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: "个百分点".into(),
        segment_names: vec!["贫困发生率降幅".into()],
        bars,
        reference: None,
        overlay: None,
    });
    Ok((
        "贫困发生率降幅".into(),
        format!("贫困发生率变化：{}。", sentences.join("；")),
        body,
        table,
    ))
}
