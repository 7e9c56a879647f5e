//! Chart specifications and their data tables, built from the exact model.

use super::table::{cell, DataTable};
use crate::chart::{
    Bar, ChartBody, ChartSpec, LineChart, LinePoint, LineSeries, Segment, StackedBarChart,
};
use crate::model::region::Region;
use crate::model::Site;
use crate::quantity::{decimal_to_f64, Count, Money, MoneyUnit, Rate, Status, Year, YearOrPeriod};
use std::collections::BTreeMap;

/// The chart kinds a site can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKind {
    /// Incidence rate by year, one line per region.
    PovertyRate,
    /// Investment by year or period and source.
    Funds,
    /// Projects by status per batch or category.
    Projects,
}

impl ChartKind {
    /// Every kind, in page order.
    pub const ALL: [ChartKind; 3] = [
        ChartKind::PovertyRate,
        ChartKind::Funds,
        ChartKind::Projects,
    ];

    /// The name used in chart blocks and file names.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::PovertyRate => "poverty-rate",
            ChartKind::Funds => "funds",
            ChartKind::Projects => "projects",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Every kind's name, for messages.
    pub fn names() -> Vec<&'static str> {
        ChartKind::ALL.iter().map(|k| k.name()).collect()
    }

    /// The data section a kind draws from, for "no data" messages.
    pub fn needs(self) -> &'static str {
        match self {
            ChartKind::PovertyRate => "`poverty` rows with a `rate`",
            ChartKind::Funds => "`funds` rows",
            ChartKind::Projects => "`project_batches` or `projects`",
        }
    }

    /// Whether any region has data for this kind.
    pub fn has_data(self, r: &Region) -> bool {
        match self {
            ChartKind::PovertyRate => r.poverty.iter().any(|p| p.rate.is_some()),
            ChartKind::Funds => !r.funds.is_empty(),
            ChartKind::Projects => !r.project_batches.is_empty() || !r.projects.is_empty(),
        }
    }
}

/// What a chart block or a page asks to be drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRequest {
    /// Kind.
    pub kind: ChartKind,
    /// Regions (indexes into `Site::regions`).
    pub regions: Vec<usize>,
    /// Title, else a default per kind.
    pub title: Option<String>,
    /// Height in px.
    pub height: Option<u32>,
    /// Only years in this range (inclusive).
    pub years: Option<(Year, Year)>,
    /// Only this fund source (funds).
    pub source: Option<String>,
}

impl ChartRequest {
    /// A request for one region with defaults.
    pub fn simple(kind: ChartKind, regions: Vec<usize>) -> Self {
        ChartRequest {
            kind,
            regions,
            title: None,
            height: None,
            years: None,
            source: None,
        }
    }

    fn in_years(&self, y: Year) -> bool {
        self.years.is_none_or(|(a, b)| a <= y && y <= b)
    }

    fn when_in_years(&self, w: YearOrPeriod) -> bool {
        match w {
            YearOrPeriod::Year(y) => self.in_years(y),
            YearOrPeriod::Period(p) => self.years.is_none_or(|(a, b)| a <= p.start && p.end <= b),
        }
    }
}

/// A chart with the table of its figures.
#[derive(Debug, Clone, PartialEq)]
pub struct BuiltChart {
    /// What to draw.
    pub spec: ChartSpec,
    /// The same figures as a table.
    pub table: DataTable,
    /// Kind.
    pub kind: ChartKind,
}

const DEFAULT_HEIGHT: u32 = 360;

/// Builds a chart, or says why there is nothing to draw.
pub fn build(site: &Site, req: &ChartRequest, id: &str) -> Result<BuiltChart, String> {
    let regions: Vec<&Region> = req.regions.iter().map(|i| &site.regions[*i]).collect();
    let built = match req.kind {
        ChartKind::PovertyRate => poverty_rate(&regions, req),
        ChartKind::Funds => match regions.as_slice() {
            [r] => funds(r, req),
            _ => funds_compared(&regions, req),
        },
        ChartKind::Projects => match regions.as_slice() {
            [r] => projects(r, req),
            _ => {
                Err("a `projects` chart shows one region; write one chart block per region".into())
            }
        },
    }?;
    let (title, description, body, table) = built;
    Ok(BuiltChart {
        spec: ChartSpec {
            id: id.to_string(),
            title: req.title.clone().unwrap_or(title),
            description,
            height: req.height.unwrap_or(DEFAULT_HEIGHT),
            body,
        },
        table,
        kind: req.kind,
    })
}

type Parts = (String, String, ChartBody, DataTable);

/// Bars in time order: by last year, a single year before a period ending the same year.
type BarKey = (Year, u8, YearOrPeriod);

fn names(regions: &[&Region]) -> String {
    regions
        .iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

fn poverty_rate(regions: &[&Region], req: &ChartRequest) -> Result<Parts, String> {
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
            series,
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

fn funds(r: &Region, req: &ChartRequest) -> Result<Parts, String> {
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
        bars,
    });
    Ok((format!("{}资金投入", r.name), description, body, table))
}

/// One bar per region, stacked by source; each bar says which years it covers.
fn funds_compared(regions: &[&Region], req: &ChartRequest) -> Result<Parts, String> {
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
        bars,
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

fn projects(r: &Region, req: &ChartRequest) -> Result<Parts, String> {
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
        bars,
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

/// The kinds a region page shows, in order: those with data.
pub fn kinds_for(r: &Region) -> Vec<ChartKind> {
    ChartKind::ALL
        .into_iter()
        .filter(|k| k.has_data(r))
        .collect()
}

/// Names for a chart block's default title across several regions.
pub fn region_names(site: &Site, idx: &[usize]) -> String {
    names(&idx.iter().map(|i| &site.regions[*i]).collect::<Vec<_>>())
}
