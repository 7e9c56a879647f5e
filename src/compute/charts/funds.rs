//! `funds`: money by year or period and source, stacked; or one bar per region.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Segment, StackedBarChart};
use crate::compute::table::{cell, DataTable};
use crate::model::region::Region;
use crate::quantity::{decimal_to_f64, Money, MoneyUnit, Year, YearOrPeriod};
use std::collections::BTreeMap;

/// Bars in time order: by last year, a single year before a period ending the same year.
type BarKey = (Year, u8, YearOrPeriod);

pub(super) fn funds(r: &Region, req: &ChartRequest) -> Result<Parts, String> {
    let rows: Vec<_> = r
        .funds
        .iter()
        .filter(|f| req.when_in_years(f.when) && req.source.as_ref().is_none_or(|s| *s == f.source))
        .collect();
    if rows.is_empty() {
        return Err(match &req.source {
            Some(s) => format!("{} has no fund `{s}` to draw", r.name),
            None => format!(
                "{} has no {} to draw a `funds` chart",
                r.name,
                ChartKind::Funds.needs()
            ),
        });
    }
    let mut sources: Vec<String> = Vec::new();
    let mut by_when: BTreeMap<BarKey, Vec<(&str, Money)>> = BTreeMap::new();
    for f in &rows {
        if !sources.contains(&f.source) {
            sources.push(f.source.clone());
        }
        let order = matches!(f.when, YearOrPeriod::Period(_)) as u8;
        by_when
            .entry((f.when.end_year(), order, f.when))
            .or_default()
            .push((&f.source, f.amount));
    }
    let largest = by_when
        .values()
        .map(|v| v.iter().map(|(_, m)| *m).sum::<Money>())
        .max()
        .unwrap_or_default();
    let unit = MoneyUnit::for_amount(largest);
    let bars = by_when
        .iter()
        .map(|((_, _, when), items)| {
            let total: Money = items.iter().map(|(_, m)| *m).sum();
            let segments = sources
                .iter()
                .map(|s| {
                    let m: Money = items
                        .iter()
                        .filter(|(src, _)| *src == s)
                        .map(|(_, m)| *m)
                        .sum();
                    Segment {
                        value: decimal_to_f64(m.in_unit(unit)),
                        label: if m.is_zero() {
                            String::new()
                        } else {
                            m.to_string()
                        },
                    }
                })
                .collect();
            let (label, note, is_period) = match when {
                YearOrPeriod::Year(y) => (y.to_string(), String::new(), false),
                YearOrPeriod::Period(p) => (p.to_string(), format!("{}年合计", p.years()), true),
            };
            Bar {
                label,
                note,
                is_period,
                segments,
                top_label: total.to_string(),
            }
        })
        .collect();
    let mut table = DataTable::new(
        format!("{}资金投入", r.name),
        &["年份", "资金来源", "金额", "其中用于贫困村", "项目数"],
    );
    for f in &rows {
        table.push(vec![
            f.when.to_string(),
            f.source.clone(),
            f.amount.to_string(),
            cell(f.to_poor_villages),
            cell(f.projects.map(|p| p.with_unit("个"))),
        ]);
    }
    let total: Money = rows.iter().map(|f| f.amount).sum();
    let parts: Vec<String> = rows
        .iter()
        .map(|f| format!("{}{}{}", f.when, f.source, f.amount))
        .collect();
    let description = format!("{}资金投入：{}，合计{}。", r.name, parts.join("，"), total);
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: unit.symbol().into(),
        segment_names: sources,
        bars, reference: None, overlay: None, });
    Ok((format!("{}资金投入", r.name), description, body, table))
}

/// One bar per region, stacked by source; each bar says which years it covers.
pub(super) fn funds_compared(regions: &[&Region], req: &ChartRequest) -> Result<Parts, String> {
    let mut sources: Vec<String> = Vec::new();
    let mut per_region = Vec::new();
    let mut table = DataTable::new("资金投入对比", &["地区", "年份", "资金来源", "金额"]);
    for r in regions {
        let rows: Vec<_> = r
            .funds
            .iter()
            .filter(|f| {
                req.when_in_years(f.when) && req.source.as_ref().is_none_or(|s| *s == f.source)
            })
            .collect();
        if rows.is_empty() {
            return Err(format!(
                "{} has no {} to compare",
                r.name,
                ChartKind::Funds.needs()
            ));
        }
        for f in &rows {
            if !sources.contains(&f.source) {
                sources.push(f.source.clone());
            }
            table.push(vec![
                r.name.clone(),
                f.when.to_string(),
                f.source.clone(),
                f.amount.to_string(),
            ]);
        }
        per_region.push((r, rows));
    }
    let totals: Vec<Money> = per_region
        .iter()
        .map(|(_, rows)| rows.iter().map(|f| f.amount).sum())
        .collect();
    let unit = MoneyUnit::for_amount(totals.iter().copied().max().unwrap_or_default());
    let mut parts = Vec::new();
    let bars = per_region
        .iter()
        .zip(&totals)
        .map(|((r, rows), total)| {
            let first = rows
                .iter()
                .map(|f| match f.when {
                    YearOrPeriod::Year(y) => y,
                    YearOrPeriod::Period(p) => p.start,
                })
                .min();
            let last = rows.iter().map(|f| f.when.end_year()).max();
            let (note, is_period) = match (first, last) {
                (Some(a), Some(b)) if a != b => (format!("{a}—{b}年"), true),
                (Some(a), _) => (format!("{a}年"), false),
                _ => (String::new(), false),
            };
            parts.push(format!("{}{}{}", r.name, note, total));
            let segments = sources
                .iter()
                .map(|s| {
                    let m: Money = rows
                        .iter()
                        .filter(|f| f.source == *s)
                        .map(|f| f.amount)
                        .sum();
                    Segment {
                        value: decimal_to_f64(m.in_unit(unit)),
                        label: if m.is_zero() {
                            String::new()
                        } else {
                            m.to_string()
                        },
                    }
                })
                .collect();
            Bar {
                label: r.name.clone(),
                note,
                is_period,
                segments,
                top_label: total.to_string(),
            }
        })
        .collect();
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: unit.symbol().into(),
        segment_names: sources,
        bars, reference: None, overlay: None, });
    Ok((
        "资金投入对比".into(),
        format!(
            "已公布的资金投入：{}（各地区统计年份不同）。",
            parts.join("，")
        ),
        body,
        table,
    ))
}
