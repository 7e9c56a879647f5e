//! `projects`: projects by status per batch or category, with the completion share.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Segment, StackedBarChart};
use crate::compute::table::{cell, DataTable};
use crate::model::region::Region;
use crate::quantity::{Count, Rate, Status};
use std::collections::BTreeMap;

pub(super) fn projects(r: &Region, req: &ChartRequest) -> Result<Parts, String> {
    let mut groups: Vec<(String, BTreeMap<Status, Count>, Option<Count>)> = Vec::new();
    for b in &r.project_batches {
        groups.push((b.batch.clone(), b.status.clone(), b.total));
    }
    let mut by_category: BTreeMap<String, BTreeMap<Status, Count>> = BTreeMap::new();
    for p in &r.projects {
        let cat = p.category.clone().unwrap_or_else(|| "其他".to_string());
        *by_category
            .entry(cat)
            .or_default()
            .entry(p.status)
            .or_default() = by_category_count(&r.projects, p.category.as_deref(), p.status);
    }
    for (cat, counts) in by_category {
        groups.push((cat, counts, None));
    }
    if groups.is_empty() {
        return Err(format!(
            "{} has no {} to draw a `projects` chart",
            r.name,
            ChartKind::Projects.needs()
        ));
    }
    let _ = req;
    let mut table = DataTable::new(
        format!("{}项目进展", r.name),
        &[
            "批次/类别",
            "项目总数",
            "已完工",
            "在建",
            "招投标",
            "前期",
            "完成率",
        ],
    );
    let mut sentences = Vec::new();
    let bars = groups
        .iter()
        .map(|(label, counts, total)| {
            let counted: Count = counts.values().copied().sum();
            let total = total.unwrap_or(counted);
            let done = counts.get(&Status::Completed).copied().unwrap_or_default();
            let share = Rate::share(done.get(), total.get());
            let segments = Status::ALL
                .iter()
                .map(|s| {
                    let c = counts.get(s).copied().unwrap_or_default();
                    Segment {
                        value: c.get() as f64,
                        label: if c.get() == 0 {
                            String::new()
                        } else {
                            c.with_unit("个")
                        },
                    }
                })
                .collect();
            let mut row = vec![label.clone(), total.with_unit("个")];
            row.extend(
                Status::ALL
                    .iter()
                    .map(|s| counts.get(s).copied().unwrap_or_default().with_unit("个")),
            );
            row.push(cell(share));
            table.push(row);
            sentences.push(format!(
                "{label}共{}，已完工{}，完成率{}",
                total.with_unit("个"),
                done.with_unit("个"),
                cell(share)
            ));
            Bar {
                label: label.clone(),
                note: String::new(),
                is_period: false,
                segments,
                top_label: share.map(|s| format!("完成{s}")).unwrap_or_default(),
            }
        })
        .collect();
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: "个".into(),
        segment_names: Status::ALL.iter().map(|s| s.label().to_string()).collect(),
        bars, reference: None, overlay: None, });
    Ok((
        format!("{}项目进展", r.name),
        format!("{}项目：{}。", r.name, sentences.join("；")),
        body,
        table,
    ))
}

fn by_category_count(
    projects: &[crate::model::region::Project],
    cat: Option<&str>,
    s: Status,
) -> Count {
    Count::new(
        projects
            .iter()
            .filter(|p| p.category.as_deref() == cat && p.status == s)
            .count() as u64,
    )
}
