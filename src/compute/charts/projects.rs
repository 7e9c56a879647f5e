//! `projects`: projects by status per batch or category, with the completion share.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Segment, StackedBarChart};
use crate::compute::table::{cell, DataTable};
use crate::model::region::Region;
use crate::quantity::{Count, Rate, Status};
use std::collections::BTreeMap;

pub(super) fn projects(r: &Region, _req: &ChartRequest) -> Result<Parts, String> {
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
        bars,
        reference: None,
        overlay: None,
    });
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

/// One bar per region, stacked by status over all its batches and projects.
pub(super) fn projects_compared(regions: &[&Region], req: &ChartRequest) -> Result<Parts, String> {
    let mut table = DataTable::new(
        "项目进展对比",
        &[
            "地区",
            "项目总数",
            "已完工",
            "在建",
            "招投标",
            "前期",
            "完成率",
        ],
    );
    let mut rows = Vec::new();
    for r in regions {
        if !ChartKind::Projects.has_data(r) {
            return Err(format!(
                "{} has no {} to compare",
                r.name,
                ChartKind::Projects.needs()
            ));
        }
        let mut counts: BTreeMap<Status, Count> = BTreeMap::new();
        for b in &r.project_batches {
            for s in Status::ALL {
                *counts.entry(s).or_default() =
                    counts.get(&s).copied().unwrap_or_default() + b.count(s);
            }
        }
        for p in &r.projects {
            *counts.entry(p.status).or_default() =
                counts.get(&p.status).copied().unwrap_or_default() + Count::new(1);
        }
        let total: Count = r
            .project_batches
            .iter()
            .map(|b| b.total_or_counted())
            .sum::<Count>()
            + Count::new(r.projects.len() as u64);
        rows.push((r, counts, total));
    }
    if req.ranked {
        rows.sort_by_key(|(_, c, t)| {
            std::cmp::Reverse(Rate::share(
                c.get(&Status::Completed).map_or(0, |c| c.get()),
                t.get(),
            ))
        });
    }
    let mut sentences = Vec::new();
    let bars = rows
        .iter()
        .map(|(r, counts, total)| {
            let done = counts.get(&Status::Completed).copied().unwrap_or_default();
            let share = Rate::share(done.get(), total.get());
            let mut row = vec![r.name.clone(), total.with_unit("个")];
            row.extend(
                Status::ALL
                    .iter()
                    .map(|s| counts.get(s).copied().unwrap_or_default().with_unit("个")),
            );
            row.push(cell(share));
            table.push(row);
            sentences.push(format!(
                "{}共{}，完成率{}",
                r.name,
                total.with_unit("个"),
                cell(share)
            ));
            Bar {
                label: r.name.clone(),
                note: String::new(),
                is_period: false,
                segments: Status::ALL
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
                    .collect(),
                top_label: share.map(|s| format!("完成{s}")).unwrap_or_default(),
            }
        })
        .collect();
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: "个".into(),
        segment_names: Status::ALL.iter().map(|s| s.label().to_string()).collect(),
        bars,
        reference: None,
        overlay: None,
    });
    Ok((
        "项目进展对比".into(),
        format!("{}。", sentences.join("；")),
        body,
        table,
    ))
}
