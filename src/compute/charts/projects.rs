//! `projects`: projects by status per batch or category, with the completion share.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Segment, StackedBarChart};
use crate::compute::table::{cell, DataTable};
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;
use crate::quantity::{Count, Rate, Status};
use std::collections::BTreeMap;

/// Projects per status.
type Counts = BTreeMap<Status, Count>;

const HEADERS: [&str; 6] = ["项目总数", "已完工", "在建", "招投标", "前期", "完成率"];

fn table(caption: String, first: &str) -> DataTable {
    let headers: Vec<&str> = std::iter::once(first).chain(HEADERS).collect();
    DataTable::new(caption, &headers)
}

fn get(counts: &Counts, s: Status) -> Count {
    counts.get(&s).copied().unwrap_or_default()
}

/// One stacked bar of projects by status, and its row in the table; returns the bar and
/// the completion share.
fn status_bar(
    label: &str,
    counts: &Counts,
    total: Count,
    table: &mut DataTable,
) -> (Bar, Option<Rate>) {
    let share = Rate::share(get(counts, Status::Completed).get(), total.get());
    let mut row = vec![label.to_string(), total.with_unit("个")];
    row.extend(Status::ALL.iter().map(|s| get(counts, *s).with_unit("个")));
    row.push(cell(share));
    table.push(row);
    let segments = Status::ALL
        .iter()
        .map(|s| {
            let c = get(counts, *s);
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
    // One project is where it stands (在建), not a share of one (完成0%).
    let only = Status::ALL
        .iter()
        .find(|s| total.get() == 1 && get(counts, **s).get() == 1);
    let top_label = match only {
        Some(s) => s.label().to_string(),
        None => share.map(|s| format!("完成{s}")).unwrap_or_default(),
    };
    let bar = Bar {
        label: label.to_string(),
        note: String::new(),
        is_period: false,
        segments,
        top_label,
    };
    (bar, share)
}

fn body(bars: Vec<Bar>) -> ChartBody {
    ChartBody::StackedBars(StackedBarChart {
        y_unit: "个".into(),
        segment_names: Status::ALL.iter().map(|s| s.label().to_string()).collect(),
        bars,
        reference: None,
        overlay: None,
    })
}

/// One bar per batch, then one per category of single projects.
pub(super) fn projects(r: &Region, _req: &ChartRequest) -> Result<Parts, Msg> {
    let mut groups: Vec<(String, Counts, Count)> = r
        .project_batches
        .iter()
        .map(|b| (b.batch.clone(), b.status.clone(), b.total_or_counted()))
        .collect();
    let mut by_category: BTreeMap<String, Counts> = BTreeMap::new();
    for p in &r.projects {
        let cat = p.category.clone().unwrap_or_else(|| "其他".to_string());
        let c = by_category
            .entry(cat)
            .or_default()
            .entry(p.status)
            .or_default();
        *c = *c + Count::new(1);
    }
    for (cat, counts) in by_category {
        let total = counts.values().copied().sum();
        groups.push((cat, counts, total));
    }
    if groups.is_empty() {
        return Err(msg::chart_no_data(
            &r.name,
            ChartKind::Projects.needs(),
            "projects",
        ));
    }
    let mut t = table(format!("{}项目进展", r.name), "批次/类别");
    t.add_sources(project_sources(r));
    let mut sentences = Vec::new();
    let bars = groups
        .iter()
        .map(|(label, counts, total)| {
            let (bar, share) = status_bar(label, counts, *total, &mut t);
            sentences.push(match total.get() {
                // One project: its status, which heads its bar.
                1 => format!("{label}1个，{}", bar.top_label),
                _ => format!(
                    "{label}共{}，已完工{}，完成率{}",
                    total.with_unit("个"),
                    get(counts, Status::Completed).with_unit("个"),
                    cell(share)
                ),
            });
            bar
        })
        .collect();
    Ok((
        format!("{}项目进展", r.name),
        format!("{}项目：{}。", r.name, sentences.join("；")),
        body(bars),
        t,
    ))
}

/// Where a region's project figures were published and when.
fn project_sources(r: &Region) -> impl Iterator<Item = crate::model::region::Sourced<'_>> {
    r.project_provenances().map(|p| r.sourced(p))
}

/// One bar per region, stacked by status over all its batches and projects.
pub(super) fn projects_compared(regions: &[&Region], req: &ChartRequest) -> Result<Parts, Msg> {
    let mut rows = Vec::new();
    for r in regions {
        if !ChartKind::Projects.has_data(r) {
            return Err(msg::chart_nothing_to_compare(
                &r.name,
                ChartKind::Projects.needs(),
            ));
        }
        let mut counts = Counts::new();
        for s in Status::ALL {
            let batches: Count = r.project_batches.iter().map(|b| b.count(s)).sum();
            let single = Count::new(r.projects.iter().filter(|p| p.status == s).count() as u64);
            counts.insert(s, batches + single);
        }
        let (total, _) = crate::compute::summary::project_counts(r);
        rows.push((r, counts, total));
    }
    if req.ranked {
        rows.sort_by_key(|(_, c, t)| {
            std::cmp::Reverse(Rate::share(get(c, Status::Completed).get(), t.get()))
        });
        req.cut(&mut rows);
    }
    let mut t = table("项目进展对比".into(), "地区");
    t.add_sources(rows.iter().flat_map(|(r, _, _)| project_sources(r)));
    let mut sentences = Vec::new();
    let bars = rows
        .iter()
        .map(|(r, counts, total)| {
            let (bar, share) = status_bar(&r.name, counts, *total, &mut t);
            sentences.push(format!(
                "{}共{}，完成率{}",
                r.name,
                total.with_unit("个"),
                cell(share)
            ));
            bar
        })
        .collect();
    Ok((
        "项目进展对比".into(),
        format!("{}。", sentences.join("；")),
        body(bars),
        t,
    ))
}
