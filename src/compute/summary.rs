//! Key figures: the few numbers a reader should see first, as cards.

use super::adds_up;
use super::provenance::Provenances;
use crate::compute::verdict::TargetOutcome;
use crate::model::region::{FundRow, PovertyRow, Project, Provenance, Region};
use crate::model::Site;
use crate::quantity::{Bound, Count, Money, Period, Rate, Stated, Status, Total, Year};
use serde::Serialize;
use std::collections::BTreeMap;

/// One key figure card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyFigure {
    /// What it is (`贫困发生率`).
    pub label: String,
    /// The figure (`11% → 1.23%`), as written or, for a total, readable (`19.27亿元`).
    pub value: String,
    /// Its time basis or change (`2014—2018年，下降9.77个百分点`).
    pub note: String,
    /// Where it was published and when true: `数据来源：…；截至…`.
    pub source: String,
    /// The exact figure when `value` is rounded for reading (`192749.33万元`), for the tooltip.
    pub exact: Option<String>,
}

/// A card; `source` is its line from [`Provenances::line`] (or, for a roll-up, which
/// has little room, [`Provenances::rollup_line`]).
fn card(label: &str, value: String, note: String, source: String) -> KeyFigure {
    KeyFigure {
        label: label.into(),
        value,
        note,
        source,
        exact: None,
    }
}

/// A note with the reason a total is marked, if it is.
fn with_reason(note: String, bound: Bound) -> String {
    match bound.reason() {
        Some(why) => format!("{note}；{why}"),
        None => note,
    }
}

/// The source line of some rows of one region.
fn sources<'a>(r: &'a Region, rows: impl IntoIterator<Item = &'a Provenance>) -> String {
    Provenances::of(rows.into_iter().map(|p| (r, p))).line()
}

/// A money total as a card: readable, the exact sum in the tooltip, the bound explained.
fn money_card(label: &str, total: Total<Money>, note: String, source: String) -> KeyFigure {
    let note = with_reason(note, total.bound);
    let mut c = card(label, total.readable(), note, source);
    let exact = total.exact_text();
    if exact != c.value {
        c.exact = Some(exact);
    }
    c
}

/// `1804户5900人`, as written.
fn households_people(h: Option<Stated<Count>>, p: Option<Stated<Count>>) -> String {
    let h = h.map(|h| h.with_unit("户")).unwrap_or_default();
    format!("{h}{}", p.map(|n| n.with_unit("人")).unwrap_or_default())
}

/// The key figures of one region, from its own data only.
pub fn region_figures(r: &Region) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    let rated: Vec<(&PovertyRow, Stated<Rate>)> = r
        .poverty
        .iter()
        .filter_map(|p| p.rate.map(|x| (p, x)))
        .collect();
    if let (Some((a, ra)), Some((b, rb))) = (rated.first(), rated.last()) {
        let src = sources(r, [&a.prov, &b.prov]);
        if rated.len() > 1 {
            let ch = ra.value.change_to(rb.value);
            let dir = if ch.points().is_sign_negative() {
                "下降"
            } else {
                "上升"
            };
            out.push(card(
                "贫困发生率",
                format!("{ra} → {rb}"),
                format!("{}—{}年，{dir}{}", a.year, b.year, ch.magnitude()),
                src,
            ));
        } else {
            out.push(card(
                "贫困发生率",
                ra.to_string(),
                format!("{}年", a.year),
                src,
            ));
        }
    }
    let people: Vec<&PovertyRow> = r.poverty.iter().filter(|p| p.people.is_some()).collect();
    if let (Some(a), Some(b)) = (people.first(), people.last()) {
        let src = sources(r, [&a.prov, &b.prov]);
        if people.len() > 1 {
            out.push(card(
                "建档立卡贫困人口",
                format!(
                    "{} → {}",
                    households_people(a.households, a.people),
                    households_people(b.households, b.people)
                ),
                format!("{}年底 → {}年底", a.year, b.year),
                src,
            ));
        } else {
            out.push(card(
                "建档立卡贫困人口",
                households_people(a.households, a.people),
                format!("{}年", a.year),
                src,
            ));
        }
    }
    if let Some(c) = lifted_card(r) {
        out.push(c);
    }
    for t in &r.targets {
        if let (Some(target), Some(actual)) = (t.target, t.actual) {
            let verdict = TargetOutcome::of(target.value, actual.value).card_word();
            let when = r.time_label(t.year.map(|y| format!("{y}年")), &t.prov);
            out.push(card(
                &t.name,
                actual.with_unit(&t.unit),
                format!("{when}目标{}，{verdict}", target.with_unit(&t.unit)),
                sources(r, [&t.prov]),
            ));
        }
    }
    if let Some(c) = funds_card(r) {
        out.push(c);
    }
    if let Some(c) = credit_card(r) {
        out.push(c);
    }
    let (total, done) = project_counts(r);
    let src = sources(r, r.project_provenances());
    if let Some(p) = only_project(r) {
        // One project is where it stands, not a share of one (完成率0%).
        let when = match (p.prov.wording(), p.prov.as_of().or(r.as_of)) {
            (None, None) => String::new(),
            _ => p.prov.undated_label(r.as_of),
        };
        let note = format!("{when}{}", p.name);
        out.push(card("项目", p.status.label().into(), note, src));
    } else if total.get() > 0 {
        out.push(card(
            "项目",
            total.with_unit("个"),
            done_note(total, done),
            src,
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
            sources(r, [&Provenance::default()]),
        ));
    }
    out
}

/// People lifted out: one card, of the latest row when there are several (five years
/// are five cards with one source line; the chart shows the series).
fn lifted_card(r: &Region) -> Option<KeyFigure> {
    // Latest end first; of two ending together, the longer period covers more.
    let latest = r
        .lifted
        .iter()
        .filter_map(|l| l.when.map(|p| (l, p)))
        .max_by_key(|(_, p)| (p.end, std::cmp::Reverse(p.start)))
        .map(|(l, _)| l);
    let shown = latest.or(r.lifted.last())?;
    let mut note = r.time_label(shown.when.map(|p| format!("{p}年")), &shown.prov);
    let dated: Vec<Period> = r.lifted.iter().filter_map(|l| l.when).collect();
    if r.lifted.len() > 1 {
        let first = dated.iter().map(|p| p.start).min();
        let last = dated.iter().map(|p| p.end).max();
        let each = if dated.iter().all(|p| p.years() == 1) {
            "逐年"
        } else {
            "各期"
        };
        note.push_str(&match (first, last) {
            (Some(a), Some(b)) if dated.len() > 1 => format!("；{a}—{b}年{each}数字见图表"),
            // Undated rows are off the time axis: the chart's table has them.
            _ => format!("；共{}项，见数据表", r.lifted.len()),
        });
    }
    Some(card(
        "减贫",
        households_people(shown.households, shown.people),
        note,
        sources(r, [&shown.prov]),
    ))
}

/// The money a region put in: its total where its rows add up, else its largest fund
/// as written, with the others said to be left apart.
fn funds_card(r: &Region) -> Option<KeyFigure> {
    let src = sources(r, r.funds.iter().map(|f| &f.prov));
    let sum = adds_up::funds(r);
    let Some(total) = sum.total else {
        let (largest, amount) = adds_up::largest(&r.funds)?;
        let when = largest.when.map(|w| w.to_string());
        let note = format!(
            "{}；{}",
            when_and_name(r, when, &largest.prov, &largest.source),
            sum.left_out_note().unwrap_or_default()
        );
        return Some(card("资金投入", amount.to_string(), note, src));
    };
    let mut note = funds_span(&sum.rows);
    if let Some(left) = sum.left_out_note() {
        note = format!("{note}；{left}");
    }
    Some(money_card("资金投入", total, note, src))
}

/// The years the summed money covers (`3项资金，2015—2018年`).
fn funds_span(rows: &[&FundRow]) -> String {
    let dated: Vec<_> = rows.iter().filter_map(|f| f.when).collect();
    let first = dated.iter().map(|w| w.start_year()).min();
    let last = dated.iter().map(|w| w.end_year()).max();
    let mut note = format!("{}项资金", rows.len());
    match (first, last) {
        (Some(a), Some(b)) if a != b => note.push_str(&format!("，{a}—{b}年")),
        (Some(a), _) => note.push_str(&format!("，{a}年")),
        _ => {}
    }
    note
}

/// A row's time and name in a card's note: `近三年来扶贫开发专项资金`. A row with no time
/// at all is named first, so that 未注明时间 does not read as part of its name.
fn when_and_name(r: &Region, when: Option<String>, prov: &Provenance, name: &str) -> String {
    let no_time = r.says_no_time(when.is_some(), prov);
    let label = r.time_label(when, prov);
    match no_time {
        true => format!("{name}，{label}"),
        false => format!("{label}{name}"),
    }
}

/// Loans and mutual-aid funds: a card of their own, never added into 资金投入, summed
/// by the same rule as funds.
fn credit_card(r: &Region) -> Option<KeyFigure> {
    let src = sources(r, r.credit.iter().map(|c| &c.prov));
    let sum = adds_up::credit(r);
    let kinds: Vec<&str> = r.credit.iter().map(|c| c.kind.as_str()).collect();
    let mut note = format!("{}，不计入资金投入", kinds.join("、"));
    if let Some(left) = sum.left_out_note() {
        note = format!("{note}；{left}");
    }
    match sum.total {
        Some(total) => Some(money_card("金融信贷", total, note, src)),
        None => {
            let (largest, amount) = adds_up::largest(&r.credit)?;
            let when = largest.when.map(|w| w.to_string());
            let named = when_and_name(r, when, &largest.prov, &largest.kind);
            let note = format!("{named}；{note}");
            Some(card("金融信贷", amount.to_string(), note, src))
        }
    }
}

/// A region's one project, when it has one single project and no batches.
fn only_project(r: &Region) -> Option<&Project> {
    match (r.projects.as_slice(), r.project_batches.is_empty()) {
        ([p], true) => Some(p),
        _ => None,
    }
}

/// `已完工27个，完成率35.5%`.
fn done_note(total: Count, done: Count) -> String {
    let share = Rate::share(done.get(), total.get())
        .map(|s| format!("，完成率{s}"))
        .unwrap_or_default();
    format!("已完工{}{share}", done.with_unit("个"))
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

/// Poor households and people summed over regions by year, for the years every region
/// reports (a stock adds up only at one date).
pub struct StockYear {
    /// The year end.
    pub year: Year,
    /// Households summed, when every region reporting people also reports households.
    pub households: Option<Total<Count>>,
    /// People summed.
    pub people: Total<Count>,
    /// How many of the regions the sum covers.
    pub covered: usize,
}

/// The poor-population stock of `regions` by year: complete years (every region with
/// poverty figures reports people that year), or else the best-covered year as a partial sum.
pub fn poor_stock(regions: &[&Region]) -> Vec<StockYear> {
    let reporting: Vec<&&Region> = regions
        .iter()
        .filter(|r| r.poverty.iter().any(|p| p.people.is_some()))
        .collect();
    let mut by_year: BTreeMap<Year, Vec<&PovertyRow>> = BTreeMap::new();
    for r in &reporting {
        for p in r.poverty.iter().filter(|p| p.people.is_some()) {
            by_year.entry(p.year).or_default().push(p);
        }
    }
    let sum = |year: Year, rows: &[&PovertyRow]| StockYear {
        year,
        households: rows
            .iter()
            .map(|p| p.households)
            .collect::<Option<Vec<_>>>()
            .map(|hs| Total::of(hs.iter())),
        people: Total::of(rows.iter().filter_map(|p| p.people.as_ref())),
        covered: rows.len(),
    };
    let complete: Vec<StockYear> = by_year
        .iter()
        .filter(|(_, rows)| rows.len() == reporting.len())
        .map(|(y, rows)| sum(*y, rows))
        .collect();
    if !complete.is_empty() {
        return complete;
    }
    let best = by_year
        .iter()
        .max_by_key(|(y, rows)| (rows.len(), **y))
        .map(|(y, rows)| sum(*y, rows));
    best.into_iter().collect()
}

/// Sums only what adds up: counts and money. Rates are compared in charts, never summed.
fn totals(site: &Site, leaves: &[usize], what: &str) -> Vec<KeyFigure> {
    let leaves: Vec<&Region> = leaves.iter().map(|i| site.region(*i)).collect();
    let all = {
        let mut p = Provenances::default();
        leaves.iter().for_each(|r| p.add_region(r));
        p
    };
    let mut out = vec![card(
        "地区",
        Count::new(leaves.len() as u64).with_unit("个"),
        what.into(),
        all.rollup_line(),
    )];
    let stock = poor_stock(&leaves);
    if let Some(last) = stock.last() {
        let src = Provenances::of(leaves.iter().flat_map(|r| {
            r.poverty
                .iter()
                .filter(|p| p.year == last.year && p.people.is_some())
                .map(move |p| (*r, &p.prov))
        }));
        let value = match &last.households {
            Some(h) => format!("{}{}", h.with_unit("户"), last.people.with_unit("人")),
            None => last.people.with_unit("人"),
        };
        let covered = if last.covered == leaves.len() {
            format!("{}年底，{}个地区合计", last.year, last.covered)
        } else {
            format!(
                "{}年底，{}个地区中{}个已公布，为部分合计",
                last.year,
                leaves.len(),
                last.covered
            )
        };
        let note = with_reason(covered, last.people.bound);
        out.push(card("建档立卡贫困人口", value, note, src.rollup_line()));
    }
    let lifted: Vec<(&Region, &crate::model::region::LiftedRow)> = leaves
        .iter()
        .flat_map(|r| r.lifted.iter().map(move |l| (*r, l)))
        .filter(|(_, l)| l.people.is_some())
        .collect();
    if !lifted.is_empty() {
        let total = Total::of(lifted.iter().filter_map(|(_, l)| l.people.as_ref()));
        let n = leaves
            .iter()
            .filter(|r| r.lifted.iter().any(|l| l.people.is_some()))
            .count();
        let note = with_reason(format!("{n}个地区，各按其统计时段"), total.bound);
        let src = Provenances::of(lifted.iter().map(|(r, l)| (*r, &l.prov)));
        out.push(card(
            "减贫人口合计",
            total.with_unit("人"),
            note,
            src.rollup_line(),
        ));
    }
    let sums: Vec<(&Region, adds_up::Sum<FundRow>)> = leaves
        .iter()
        .filter(|r| !r.funds.is_empty())
        .map(|r| (*r, adds_up::funds(r)))
        .collect();
    let summed: Vec<(&Region, &FundRow)> = sums
        .iter()
        .flat_map(|(r, s)| s.rows.iter().map(move |f| (*r, *f)))
        .collect();
    if !summed.is_empty() {
        let total = Total::of(summed.iter().map(|(_, f)| &f.amount));
        let n = sums.iter().filter(|(_, s)| s.total.is_some()).count();
        let left_out: usize = sums.iter().map(|(_, s)| s.left_out).sum();
        let mut note = format!("{n}个地区已公布的资金，不含贷款");
        if left_out > 0 {
            note.push_str(&format!("；未注明年份的{left_out}项资金未计入"));
        }
        let src = Provenances::of(summed.iter().map(|(r, f)| (*r, &f.prov)));
        out.push(money_card("资金投入合计", total, note, src.rollup_line()));
    }
    let (total, done) = leaves
        .iter()
        .map(|r| project_counts(r))
        .fold((Count::new(0), Count::new(0)), |(a, b), (c, d)| {
            (a + c, b + d)
        });
    let with_projects: Vec<&&Region> = leaves
        .iter()
        .filter(|r| project_counts(r).0.get() > 0)
        .collect();
    let only = match with_projects.as_slice() {
        [r] => only_project(r).map(|p| (r, p)),
        _ => None,
    };
    if let Some((r, p)) = only {
        let note = format!("{}{}，{}", r.name, p.name, p.status.label());
        out.push(card(
            "项目合计",
            total.with_unit("个"),
            note,
            all.rollup_line(),
        ));
    } else if total.get() > 0 {
        let note = done_note(total, done);
        out.push(card(
            "项目合计",
            total.with_unit("个"),
            note,
            all.rollup_line(),
        ));
    }
    out
}
