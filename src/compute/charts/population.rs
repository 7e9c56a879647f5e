//! `poor-population`: poor households and people by year, and the lifted-out totals.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{ChartBody, Group, GroupedBarChart, Segment};
use crate::compute::table::{cell, DataTable};
use crate::model::region::Region;
use crate::quantity::Count;

fn value(c: Option<Count>, unit: &str) -> Segment {
    match c {
        Some(c) => Segment {
            value: c.get() as f64,
            label: c.with_unit(unit),
        },
        // Not published: an empty slot, not a zero.
        None => Segment {
            value: 0.0,
            label: String::new(),
        },
    }
}

pub(super) fn poor_population(r: &Region, req: &ChartRequest) -> Result<Parts, String> {
    let rows: Vec<_> = r
        .poverty
        .iter()
        .filter(|p| (p.households.is_some() || p.people.is_some()) && req.in_years(p.year))
        .collect();
    let lifted: Vec<_> = r
        .lifted
        .iter()
        .filter(|l| {
            req.years
                .is_none_or(|(a, b)| a <= l.period.start && l.period.end <= b)
        })
        .collect();
    if rows.is_empty() && lifted.is_empty() {
        return Err(format!(
            "{} has no {} to draw a `poor-population` chart",
            r.name,
            ChartKind::PoorPopulation.needs()
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
        table.push(vec![
            format!("{}年底", p.year),
            "建档立卡贫困人口".into(),
            cell(p.households.map(|c| c.with_unit("户"))),
            cell(p.people.map(|c| c.with_unit("人"))),
        ]);
        sentences.push(format!(
            "{}年底贫困{}{}",
            p.year,
            p.households.map(|c| c.with_unit("户")).unwrap_or_default(),
            p.people.map(|c| c.with_unit("人")).unwrap_or_default()
        ));
    }
    for l in &lifted {
        groups.push(Group {
            label: l.period.to_string(),
            note: "减贫".into(),
            is_period: l.period.years() > 1,
            values: vec![value(l.households, "户"), value(l.people, "人")],
        });
        table.push(vec![
            format!("{}年", l.period),
            "减贫".into(),
            cell(l.households.map(|c| c.with_unit("户"))),
            cell(l.people.map(|c| c.with_unit("人"))),
        ]);
        sentences.push(format!(
            "{}年减贫{}{}",
            l.period,
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
