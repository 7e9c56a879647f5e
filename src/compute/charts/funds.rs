//! `funds`: money by year or period and source, stacked; or one bar per region.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Overlay, Segment, StackedBarChart};
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
    // With a cumulative line the axis must reach the grand total.
    let largest = if by_when.len() > 1 {
        by_when.values().flatten().map(|(_, m)| *m).sum::<Money>()
    } else {
        by_when
            .values()
            .map(|v| v.iter().map(|(_, m)| *m).sum::<Money>())
            .max()
            .unwrap_or_default()
    };
    let unit = MoneyUnit::for_axis(largest);
    let mut running = Money::default();
    let cumulative: Vec<Segment> = by_when
        .values()
        .enumerate()
        .map(|(n, items)| {
            running = running + items.iter().map(|(_, m)| *m).sum::<Money>();
            // The first cumulative point equals the first bar's total, already printed above it.
            let label = if n == 0 {
                String::new()
            } else {
                running.format_in(unit)
            };
            Segment {
                value: decimal_to_f64(running.in_unit(unit)),
                label,
            }
        })
        .collect();
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
                    segment(m, unit)
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
                segments: single_label_once(segments),
                top_label: total.format_in(unit),
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
        bars,
        reference: None,
        // A cumulative line says something only across two bars or more.
        overlay: (cumulative.len() > 1).then(|| Overlay {
            name: "累计投入".into(),
            points: cumulative,
        }),
    });
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
        per_region.push((r, rows));
    }
    if req.ranked {
        per_region.sort_by_key(|(_, rows)| {
            std::cmp::Reverse(rows.iter().map(|f| f.amount).sum::<Money>())
        });
        req.cut(&mut per_region);
    }
    for (r, rows) in &per_region {
        for f in rows {
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
    }
    let totals: Vec<Money> = per_region
        .iter()
        .map(|(_, rows)| rows.iter().map(|f| f.amount).sum())
        .collect();
    let unit = MoneyUnit::for_axis(totals.iter().copied().max().unwrap_or_default());
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
                    segment(m, unit)
                })
                .collect();
            Bar {
                label: r.name.clone(),
                note,
                is_period,
                segments: single_label_once(segments),
                top_label: total.format_in(unit),
            }
        })
        .collect();
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: unit.symbol().into(),
        segment_names: sources,
        bars,
        reference: None,
        overlay: None,
    });
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

/// A stacked segment: its height in the axis unit, its exact figure as written elsewhere.
fn segment(m: Money, unit: MoneyUnit) -> Segment {
    Segment {
        value: decimal_to_f64(m.in_unit(unit)),
        label: if m.is_zero() {
            String::new()
        } else {
            m.to_string()
        },
    }
}

/// A bar with one segment says its figure once, above the bar, not again inside it.
fn single_label_once(mut segments: Vec<Segment>) -> Vec<Segment> {
    if segments.iter().filter(|s| !s.label.is_empty()).count() == 1 {
        for s in &mut segments {
            s.label.clear();
        }
    }
    segments
}
