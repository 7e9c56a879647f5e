//! `funds`: money by year or period and source, stacked; or one bar per region.
//!
//! Undated rows (`wording`, `as_of`) never stand on the time axis: beside dated rows they
//! are left to the table; a region with only undated money gets one bar per fund instead.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Overlay, Segment, StackedBarChart};
use crate::compute::adds_up;
use crate::compute::table::DataTable;
use crate::compute::tables::funds_table;
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::{FundRow, Region};
use crate::quantity::{decimal_to_f64, Money, MoneyUnit, Stated, Total, Year, YearOrPeriod};
use std::collections::BTreeMap;

/// Bars in time order: by last year, a single year before a period ending the same year.
type BarKey = (Year, u8, YearOrPeriod);

/// The funds rows a request selects.
fn selected<'a>(r: &'a Region, req: &ChartRequest) -> Vec<&'a FundRow> {
    r.funds
        .iter()
        .filter(|f| req.admits(f.when))
        .filter(|f| req.source.as_ref().is_none_or(|s| *s == f.source))
        .collect()
}

pub(super) fn funds(r: &Region, req: &ChartRequest) -> Result<Parts, Msg> {
    let rows = selected(r, req);
    if rows.is_empty() {
        return Err(match &req.source {
            Some(s) => msg::no_fund_to_draw(&r.name, s),
            None => msg::chart_no_data(&r.name, ChartKind::Funds.needs(), "funds"),
        });
    }
    let table = funds_table(format!("{}资金投入", r.name), "年份", r, &rows);
    let sum = adds_up::of(&rows);
    let parts: Vec<String> = rows
        .iter()
        .map(|f| {
            let when = r.time_label(f.when.map(|w| w.to_string()), &f.prov);
            format!("{when}{}{}", f.source, f.amount)
        })
        .collect();
    let total = match (&sum.total, sum.left_out_note()) {
        (Some(t), None) => format!("，合计{}", t.exact_text()),
        (Some(t), Some(left)) => format!("，已注明年份的合计{}（{left}）", t.exact_text()),
        (None, Some(left)) => format!("（{left}）"),
        (None, None) => String::new(),
    };
    let description = format!("{}资金投入：{}{total}。", r.name, parts.join("，"));
    let dated: Vec<&FundRow> = rows.iter().copied().filter(|f| f.when.is_some()).collect();
    let body = if dated.is_empty() {
        by_fund(r, &rows)
    } else {
        by_time(&dated)
    };
    Ok((format!("{}资金投入", r.name), description, body, table))
}

/// Undated money: one bar per fund, named by its source and the report's time words.
fn by_fund(r: &Region, rows: &[&FundRow]) -> ChartBody {
    let unit = MoneyUnit::for_axis(
        rows.iter()
            .map(|f| f.amount.value)
            .max()
            .unwrap_or_default(),
    );
    let bars = rows
        .iter()
        .map(|f| Bar {
            label: f.source.clone(),
            note: f.prov.undated_label(r.as_of),
            is_period: false,
            segments: vec![Segment {
                value: decimal_to_f64(f.amount.value.in_unit(unit)),
                label: String::new(),
            }],
            top_label: f.amount.to_string(),
        })
        .collect();
    ChartBody::StackedBars(StackedBarChart {
        y_unit: unit.symbol().into(),
        segment_names: vec!["资金投入".into()],
        bars,
        reference: None,
        overlay: None,
    })
}

/// Dated money on a time axis, stacked by source, with the cumulative total.
fn by_time(rows: &[&FundRow]) -> ChartBody {
    let mut sources: Vec<String> = Vec::new();
    let mut by_when: BTreeMap<BarKey, Vec<(&str, &Stated<Money>)>> = BTreeMap::new();
    for f in rows {
        let Some(when) = f.when else { continue };
        if !sources.contains(&f.source) {
            sources.push(f.source.clone());
        }
        let order = matches!(when, YearOrPeriod::Period(_)) as u8;
        by_when
            .entry((when.end_year(), order, when))
            .or_default()
            .push((&f.source, &f.amount));
    }
    let bar_total = |items: &[(&str, &Stated<Money>)]| Total::of(items.iter().map(|(_, m)| *m));
    // With a cumulative line the axis must reach the grand total.
    let largest = if by_when.len() > 1 {
        Total::of(by_when.values().flatten().map(|(_, m)| *m)).value
    } else {
        by_when
            .values()
            .map(|v| bar_total(v).value)
            .max()
            .unwrap_or_default()
    };
    let unit = MoneyUnit::for_axis(largest);
    let mut running: Vec<&Stated<Money>> = Vec::new();
    let cumulative: Vec<Segment> = by_when
        .values()
        .map(|items| {
            running.extend(items.iter().map(|(_, m)| *m));
            let sum = Total::of(running.iter().copied());
            Segment {
                value: decimal_to_f64(sum.value.in_unit(unit)),
                label: sum.readable(),
            }
        })
        .collect();
    let bars = by_when
        .iter()
        .map(|((_, _, when), items)| {
            let segments = sources
                .iter()
                .map(|s| {
                    let mine: Vec<&Stated<Money>> = items
                        .iter()
                        .filter(|(src, _)| *src == s)
                        .map(|(_, m)| *m)
                        .collect();
                    segment(&mine, unit)
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
                top_label: top_label(items.iter().map(|(_, m)| *m).collect()),
            }
        })
        .collect();
    ChartBody::StackedBars(StackedBarChart {
        y_unit: unit.symbol().into(),
        segment_names: sources,
        bars,
        reference: None,
        // A cumulative line says something only across two bars or more.
        overlay: (cumulative.len() > 1).then(|| Overlay {
            name: "累计投入".into(),
            points: cumulative,
            // It equals the first bar's total, printed above that bar.
            first_unlabelled: true,
        }),
    })
}

/// A bar's figure: one fund as written (`3700余万元`), a sum readable and marked.
fn top_label(items: Vec<&Stated<Money>>) -> String {
    match items.as_slice() {
        [one] => one.to_string(),
        _ => Total::of(items).readable(),
    }
}

/// One bar per region, stacked by source; each bar says which years it covers.
pub(super) fn funds_compared(regions: &[&Region], req: &ChartRequest) -> Result<Parts, Msg> {
    let mut sources: Vec<String> = Vec::new();
    let mut per_region = Vec::new();
    let mut table = DataTable::new("资金投入对比", &["地区", "年份", "资金来源", "金额"]);
    let mut apart = Vec::new();
    for r in regions {
        let rows = selected(r, req);
        if rows.is_empty() {
            return Err(msg::chart_nothing_to_compare(
                &r.name,
                ChartKind::Funds.needs(),
            ));
        }
        // Compared by what adds up: a region whose funds have no total stands apart.
        let sum = adds_up::of(&rows);
        if sum.total.is_none() {
            apart.push(r.name.clone());
            continue;
        }
        per_region.push((r, sum.rows));
    }
    if per_region.is_empty() {
        return Err(msg::funds_no_totals_to_compare(apart.join("、")));
    }
    if req.ranked {
        per_region.sort_by_key(|(_, rows)| {
            std::cmp::Reverse(Total::of(rows.iter().map(|f| &f.amount)).value)
        });
        req.cut(&mut per_region);
    }
    for (r, rows) in &per_region {
        for f in rows {
            if !sources.contains(&f.source) {
                sources.push(f.source.clone());
            }
            table.push_sourced(
                vec![
                    r.name.clone(),
                    r.time_label(f.when.map(|w| w.to_string()), &f.prov),
                    f.source.clone(),
                    f.amount.to_string(),
                ],
                r.sourced(&f.prov),
            );
        }
    }
    let totals: Vec<Total<Money>> = per_region
        .iter()
        .map(|(_, rows)| Total::of(rows.iter().map(|f| &f.amount)))
        .collect();
    let unit = MoneyUnit::for_axis(totals.iter().map(|t| t.value).max().unwrap_or_default());
    let mut parts = Vec::new();
    let bars = per_region
        .iter()
        .zip(&totals)
        .map(|((r, rows), total)| {
            let first = rows
                .iter()
                .filter_map(|f| f.when)
                .map(|w| w.start_year())
                .min();
            let last = rows
                .iter()
                .filter_map(|f| f.when)
                .map(|w| w.end_year())
                .max();
            let undated = rows.iter().any(|f| f.when.is_none());
            let (mut note, is_period) = match (first, last) {
                (Some(a), Some(b)) if a != b => (format!("{a}—{b}年"), true),
                (Some(a), _) => (format!("{a}年"), false),
                _ => (String::new(), false),
            };
            if undated {
                note = if note.is_empty() {
                    "未注明年份".into()
                } else {
                    format!("{note}，含未注明年份")
                };
            }
            parts.push(format!("{}{}{}", r.name, note, total.exact_text()));
            let segments = sources
                .iter()
                .map(|s| {
                    let mine: Vec<&Stated<Money>> = rows
                        .iter()
                        .filter(|f| f.source == *s)
                        .map(|f| &f.amount)
                        .collect();
                    segment(&mine, unit)
                })
                .collect();
            Bar {
                label: r.name.clone(),
                note,
                is_period,
                segments: single_label_once(segments),
                top_label: total.readable(),
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
            "已公布的资金投入：{}（各地区统计年份不同）{}。",
            parts.join("，"),
            if apart.is_empty() {
                String::new()
            } else {
                format!("；{}的资金时间口径不同，未列入", apart.join("、"))
            }
        ),
        body,
        table,
    ))
}

/// A stacked segment: its height in the axis unit, labelled as its one figure is written
/// (`3700余万元`) or, for several, as their readable total.
fn segment(items: &[&Stated<Money>], unit: MoneyUnit) -> Segment {
    let total = Total::of(items.iter().copied());
    Segment {
        value: decimal_to_f64(total.value.in_unit(unit)),
        label: if total.value.is_zero() {
            String::new()
        } else {
            top_label(items.to_vec())
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
