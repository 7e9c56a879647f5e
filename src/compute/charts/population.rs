//! `poor-population`: poor households and people by year, and the lifted-out totals;
//! for several regions, their summed stock in the years all of them report.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{ChartBody, Group, GroupedBarChart, Segment};
use crate::compute::summary::poor_stock;
use crate::compute::table::{cell, DataTable};
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;
use crate::quantity::{Count, Stated, YearOrPeriod};

fn value(c: Option<Stated<Count>>, unit: &str) -> Segment {
    match c {
        Some(c) => Segment {
            value: c.value.get() as f64,
            label: c.with_unit(unit),
        },
        // Not published: an empty slot, not a zero.
        None => Segment {
            value: 0.0,
            label: String::new(),
        },
    }
}

pub(super) fn poor_population(r: &Region, req: &ChartRequest) -> Result<Parts, Msg> {
    let rows: Vec<_> = r
        .poverty
        .iter()
        .filter(|p| (p.households.is_some() || p.people.is_some()) && req.in_years(p.year))
        .collect();
    let lifted: Vec<_> = r
        .lifted
        .iter()
        .filter(|l| req.admits(l.when.map(YearOrPeriod::Period)))
        .collect();
    if rows.is_empty() && lifted.is_empty() {
        return Err(msg::chart_no_data(
            &r.name,
            ChartKind::PoorPopulation.needs(),
            "poor-population",
        ));
    }
    let mut table = DataTable::new(
        format!("{}贫困人口与减贫", r.name),
        &["年份/时期", "类别", "户数", "人数"],
    );
    let mut groups = Vec::new();
    let mut sentences = Vec::new();
    for p in &rows {
        groups.push(Group {
            label: p.year.to_string(),
            note: "年底".into(),
            is_period: false,
            values: vec![value(p.households, "户"), value(p.people, "人")],
        });
        table.push_sourced(
            vec![
                format!("{}年底", p.year),
                "建档立卡贫困人口".into(),
                cell(p.households.map(|c| c.with_unit("户"))),
                cell(p.people.map(|c| c.with_unit("人"))),
            ],
            r.sourced(&p.prov),
        );
        sentences.push(format!(
            "{}年底贫困{}{}",
            p.year,
            p.households.map(|c| c.with_unit("户")).unwrap_or_default(),
            p.people.map(|c| c.with_unit("人")).unwrap_or_default()
        ));
    }
    for l in &lifted {
        // An undated row is in the table and the description, never on the time axis.
        if let Some(period) = l.when {
            groups.push(Group {
                label: period.to_string(),
                note: "减贫".into(),
                is_period: period.years() > 1,
                values: vec![value(l.households, "户"), value(l.people, "人")],
            });
        }
        let when = r.time_label(l.when.map(|p| format!("{p}年")), &l.prov);
        table.push_sourced(
            vec![
                when.clone(),
                "减贫".into(),
                cell(l.households.map(|c| c.with_unit("户"))),
                cell(l.people.map(|c| c.with_unit("人"))),
            ],
            r.sourced(&l.prov),
        );
        sentences.push(format!(
            "{when}减贫{}{}",
            l.households.map(|c| c.with_unit("户")).unwrap_or_default(),
            l.people.map(|c| c.with_unit("人")).unwrap_or_default()
        ));
    }
    let body = ChartBody::GroupedBars(GroupedBarChart {
        y_unit: "户、人".into(),
        series_names: vec!["贫困户（户）".into(), "贫困人口（人）".into()],
        groups,
    });
    Ok((
        format!("{}贫困人口与减贫", r.name),
        format!("{}：{}。", r.name, sentences.join("；")),
        body,
        table,
    ))
}

/// The poor households and people of several regions summed by year end, for the years
/// every one of them that reports poverty figures reports (a stock adds up only at one
/// date); when no year is common, the best-covered year, said to be a partial sum.
pub(super) fn poor_population_summed(
    regions: &[&Region],
    req: &ChartRequest,
) -> Result<Parts, Msg> {
    let stock: Vec<_> = poor_stock(regions)
        .into_iter()
        .filter(|s| req.in_years(s.year))
        .collect();
    if stock.is_empty() {
        return Err(msg::none_has_for_summed(ChartKind::PoorPopulation.needs()));
    }
    let reporting = regions
        .iter()
        .filter(|r| r.poverty.iter().any(|p| p.people.is_some()))
        .count();
    let mut table = DataTable::new("贫困人口合计", &["年份", "地区数", "户数", "人数"]);
    for r in regions {
        let years: Vec<_> = stock.iter().map(|s| s.year).collect();
        table.add_sources(
            r.poverty
                .iter()
                .filter(|p| years.contains(&p.year))
                .map(|p| r.sourced(&p.prov)),
        );
    }
    let mut groups = Vec::new();
    let mut sentences = Vec::new();
    for s in &stock {
        let households = s.households.map(|h| h.with_unit("户"));
        let people = s.people.with_unit("人");
        groups.push(Group {
            label: s.year.to_string(),
            note: format!("{}个地区", s.covered),
            is_period: false,
            values: vec![
                Segment {
                    value: s.households.map_or(0.0, |h| h.value.get() as f64),
                    label: households.clone().unwrap_or_default(),
                },
                Segment {
                    value: s.people.value.get() as f64,
                    label: people.clone(),
                },
            ],
        });
        table.push(vec![
            format!("{}年底", s.year),
            Count::new(s.covered as u64).with_unit("个"),
            cell(households.clone()),
            people.clone(),
        ]);
        sentences.push(format!(
            "{}年底{}个地区合计{}{people}",
            s.year,
            s.covered,
            households.unwrap_or_default()
        ));
    }
    let partial = stock.iter().any(|s| s.covered < regions.len());
    let note = if reporting < regions.len() || partial {
        format!(
            "（{}个地区中{}个公布了贫困人口，为部分合计）",
            regions.len(),
            reporting
        )
    } else {
        String::new()
    };
    let body = ChartBody::GroupedBars(GroupedBarChart {
        y_unit: "户、人".into(),
        series_names: vec!["贫困户（户）".into(), "贫困人口（人）".into()],
        groups,
    });
    Ok((
        "贫困人口合计".into(),
        format!("{}{note}。", sentences.join("；")),
        body,
        table,
    ))
}
