//! Key figures: the few numbers a reader should see first, as cards.

use crate::compute::verdict::TargetOutcome;
use crate::model::region::Region;
use crate::model::Site;
use crate::quantity::{Count, Money, Rate, Status};
use serde::Serialize;

/// One key figure card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyFigure {
    /// What it is (`贫困发生率`).
    pub label: String,
    /// The figure (`11% → 1.23%`).
    pub value: String,
    /// Its time basis or change (`2014—2018年，下降9.77个百分点`).
    pub note: String,
}

fn card(label: &str, value: String, note: String) -> KeyFigure {
    KeyFigure {
        label: label.into(),
        value,
        note,
    }
}

/// The key figures of one region, from its own data only.
pub fn region_figures(r: &Region) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    let rated: Vec<_> = r.poverty.iter().filter(|p| p.rate.is_some()).collect();
    if let (Some(ra), Some(rb)) = (
        rated.first().and_then(|p| p.rate),
        rated.last().and_then(|p| p.rate),
    ) {
        let (a, b) = (rated[0], rated[rated.len() - 1]);
        if rated.len() > 1 {
            let ch = ra.change_to(rb);
            let dir = if ch.points().is_sign_negative() {
                "下降"
            } else {
                "上升"
            };
            out.push(card(
                "贫困发生率",
                format!("{ra} → {rb}"),
                format!("{}—{}年，{dir}{}", a.year, b.year, ch.magnitude()),
            ));
        } else {
            out.push(card("贫困发生率", ra.to_string(), format!("{}年", a.year)));
        }
    }
    let people: Vec<_> = r.poverty.iter().filter(|p| p.people.is_some()).collect();
    if let (Some(a), Some(b)) = (people.first(), people.last()) {
        let fmt = |p: &crate::model::region::PovertyRow| {
            let h = p.households.map(|h| h.with_unit("户")).unwrap_or_default();
            format!(
                "{h}{}",
                p.people.map(|n| n.with_unit("人")).unwrap_or_default()
            )
        };
        if people.len() > 1 {
            out.push(card(
                "建档立卡贫困人口",
                format!("{} → {}", fmt(a), fmt(b)),
                format!("{}年底 → {}年底", a.year, b.year),
            ));
        } else {
            out.push(card("建档立卡贫困人口", fmt(a), format!("{}年", a.year)));
        }
    }
    for l in &r.lifted {
        let h = l.households.map(|h| h.with_unit("户")).unwrap_or_default();
        let p = l.people.map(|p| p.with_unit("人")).unwrap_or_default();
        out.push(card("减贫", format!("{h}{p}"), format!("{}年", l.period)));
    }
    for t in &r.targets {
        if let (Some(target), Some(actual)) = (t.target, t.actual) {
            let verdict = TargetOutcome::of(target, actual).card_word();
            out.push(card(
                &t.name,
                actual.with_unit(&t.unit),
                format!("{}年目标{}，{verdict}", t.year, target.with_unit(&t.unit)),
            ));
        }
    }
    if !r.funds.is_empty() {
        let total: Money = r.funds.iter().map(|f| f.amount).sum();
        // The years the money covers, periods included: 2015—2018年, not just 2018年.
        let first = r.funds.iter().map(|f| f.when.start_year()).min();
        let last = r.funds.iter().map(|f| f.when.end_year()).max();
        let span = match (first, last) {
            (Some(a), Some(b)) if a != b => format!("{}项资金，{a}—{b}年", r.funds.len()),
            (Some(a), _) => format!("{}项资金，{a}年", r.funds.len()),
            _ => String::new(),
        };
        out.push(card("资金投入", total.to_string(), span));
    }
    let (total, done) = project_counts(r);
    if total.get() > 0 {
        let share = Rate::share(done.get(), total.get())
            .map(|s| format!("，完成率{s}"))
            .unwrap_or_default();
        out.push(card(
            "项目",
            total.with_unit("个"),
            format!("已完工{}{share}", done.with_unit("个")),
        ));
    }
    if let Some(p) = r.profile.population {
        out.push(card(
            "总人口",
            p.with_unit("人"),
            r.profile
                .area_km2
                .map(|a| format!("面积{}平方公里", a.normalize()))
                .unwrap_or_default(),
        ));
    }
    out
}

/// Projects counted in a region: all batches and single projects, and how many are completed.
pub fn project_counts(r: &Region) -> (Count, Count) {
    let total: Count = r
        .project_batches
        .iter()
        .map(|b| b.total_or_counted())
        .sum::<Count>()
        + Count::new(r.projects.len() as u64);
    let done: Count = r
        .project_batches
        .iter()
        .map(|b| b.count(Status::Completed))
        .sum::<Count>()
        + Count::new(
            r.projects
                .iter()
                .filter(|p| p.status == Status::Completed)
                .count() as u64,
        );
    (total, done)
}

/// Totals across the site's leaf regions, where adding up is meaningful.
pub fn site_figures(site: &Site) -> Vec<KeyFigure> {
    let leaves: Vec<usize> = site.leaves().collect();
    totals(site, &leaves, "县级地区")
}

/// Totals across the leaf regions under a parent (its counties).
pub fn rollup_figures(site: &Site, i: usize) -> Vec<KeyFigure> {
    let leaves = crate::compute::plan::leaves_with_any(site, i);
    if leaves.is_empty() || leaves == [i] {
        return Vec::new();
    }
    totals(site, &leaves, "下辖县级地区")
}

/// Sums only what adds up: counts and money. Rates are compared in charts, never summed.
fn totals(site: &Site, leaves: &[usize], what: &str) -> Vec<KeyFigure> {
    let leaves: Vec<&Region> = leaves.iter().map(|i| site.region(*i)).collect();
    let mut out = vec![card(
        "地区",
        Count::new(leaves.len() as u64).with_unit("个"),
        what.into(),
    )];
    let people: Count = leaves
        .iter()
        .flat_map(|r| r.lifted.iter())
        .filter_map(|l| l.people)
        .sum();
    if people.get() > 0 {
        let n = leaves
            .iter()
            .filter(|r| r.lifted.iter().any(|l| l.people.is_some()))
            .count();
        out.push(card(
            "减贫人口合计",
            people.with_unit("人"),
            format!("{n}个地区，各按其统计时段"),
        ));
    }
    let funds: Money = leaves
        .iter()
        .flat_map(|r| r.funds.iter())
        .map(|f| f.amount)
        .sum();
    if !funds.is_zero() {
        let n = leaves.iter().filter(|r| !r.funds.is_empty()).count();
        out.push(card(
            "资金投入合计",
            funds.to_string(),
            format!("{n}个地区已公布的资金"),
        ));
    }
    let (total, done) = leaves
        .iter()
        .map(|r| project_counts(r))
        .fold((Count::new(0), Count::new(0)), |(a, b), (c, d)| {
            (a + c, b + d)
        });
    if total.get() > 0 {
        let share = Rate::share(done.get(), total.get())
            .map(|s| format!("，完成率{s}"))
            .unwrap_or_default();
        out.push(card(
            "项目合计",
            total.with_unit("个"),
            format!("已完工{}{share}", done.with_unit("个")),
        ));
    }
    out
}
