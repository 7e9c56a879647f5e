//! Consistency checks across a region's figures: impossible data is an error,
//! suspicious data a warning. Each finding names the file and line.

use crate::diagnostics::Span;
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use crate::messages::catalog::{common, data};
use crate::messages::{choices, Arg, Msg};
use crate::model::region::{time_key, PovertyRow, Region};
use crate::model::Site;
use crate::quantity::{Count, Stated};
use rust_decimal::Decimal;
use std::collections::HashMap;

mod levels;
pub mod words;

/// Runs every check on every region.
pub fn check(site: &Site, diags: &mut Diagnostics) {
    // A region whose file had errors lacks the values refused there: checks across its
    // figures would report what those errors already say.
    for r in site.regions().iter().filter(|r| !r.has_errors) {
        batches_add_up(r, diags);
        batches_financed_by_a_loan(r, diags);
        lifted_matches_poverty(r, diags);
        villages_within_amount(r, diags);
        drawn_within_amount(r, diags);
        poverty_rows_plausible(r, diags);
        no_duplicates(r, diags);
        figures_have_a_source(r, diags);
    }
    levels::check(site, diags);
    booklet_regions_exist(site, diags);
    issue_regions_exist(site, diags);
    words::check(site, diags);
}

/// Every region `booklet.regions` in site.yaml names is a region of the site.
fn booklet_regions_exist(site: &Site, diags: &mut Diagnostics) {
    use crate::model::site_config::RegionSelection;
    let cfg = &site.config.booklet;
    let named: Vec<(&String, crate::diagnostics::Span)> = match &cfg.regions {
        RegionSelection::All => Vec::new(),
        RegionSelection::Subtree(id, span) => vec![(id, *span)],
        RegionSelection::List(ids) => ids.iter().map(|(id, span)| (id, *span)).collect(),
    };
    for (id, span) in named {
        if site.region_index(id).is_some() {
            continue;
        }
        let ids: Vec<&str> = site.regions().iter().map(|r| r.id.as_str()).collect();
        let msg = data::booklet_region_unknown(id);
        let d = match &cfg.source {
            Some(file) => Diagnostic::error(file, span, msg),
            None => Diagnostic::general(msg),
        };
        diags.push(
            d.expected(data::booklet_regions_expected())
                .maybe_hint(did_you_mean(id, ids.iter().copied()).map(common::did_you_mean)),
        );
    }
}

/// Every region `booklet.jianbao.issues` gives a 期号 is a region of the site.
fn issue_regions_exist(site: &Site, diags: &mut Diagnostics) {
    use crate::messages::catalog::jianbao;
    let cfg = &site.config.booklet;
    for (id, _, span) in &cfg.jianbao.issues {
        if site.region_index(id).is_some() {
            continue;
        }
        let ids: Vec<&str> = site.regions().iter().map(|r| r.id.as_str()).collect();
        let msg = jianbao::issues_region_unknown(id);
        let d = match &cfg.source {
            Some(file) => Diagnostic::error(file, *span, msg),
            None => Diagnostic::general(msg),
        };
        diags.push(
            d.expected(jianbao::issues_region_expected())
                .maybe_hint(did_you_mean(id, ids.iter().copied()).map(common::did_you_mean)),
        );
    }
}

fn batches_add_up(r: &Region, diags: &mut Diagnostics) {
    for b in &r.project_batches {
        let Some(total) = b.total else { continue };
        let counted = b.counted();
        if !b.status.is_empty() && counted != total {
            let parts: Vec<String> = b
                .status
                .iter()
                .map(|(s, c)| format!("{} {}", s.key(), c.get()))
                .collect();
            diags.push(
                Diagnostic::error(
                    &r.file,
                    b.total_at,
                    data::batch_counts_disagree(&b.batch, total.get(), counted.get()),
                )
                .expected(data::batch_counts_expected(parts.join(" + ")))
                .hint(data::batch_counts_hint()),
            );
        }
    }
}

/// A batch's `financed_by` names one of its region's loans by its `credit` row's `kind`:
/// the batch's money is that loan's, and a name that matches none would float free.
fn batches_financed_by_a_loan(r: &Region, diags: &mut Diagnostics) {
    let kinds: Vec<&str> = r.credit.iter().map(|c| c.kind.as_str()).collect();
    for b in &r.project_batches {
        let Some(name) = &b.financed_by else { continue };
        if kinds.contains(&name.as_str()) {
            continue;
        }
        let expected = match kinds.is_empty() {
            true => data::financed_by_needs_a_loan(name),
            false => data::financed_by_expected(choices(&kinds)),
        };
        let hint = match did_you_mean(name, kinds.iter().copied()) {
            Some(m) => common::did_you_mean(m),
            None => data::financed_by_hint(),
        };
        diags.push(
            Diagnostic::error(
                &r.file,
                b.financed_by_at,
                data::financed_by_unknown(&b.batch, name),
            )
            .expected(expected)
            .hint(hint),
        );
    }
}

/// The poverty row of a year, or of the year before (a period's baseline is the previous year end).
fn row_at(rows: &[PovertyRow], year: i32) -> Option<&PovertyRow> {
    rows.iter().find(|p| p.year.get() == year)
}

/// (field, unit, lifted, poverty at the start, poverty at the end).
type Comparison<'a> = (
    &'a str,
    &'a str,
    Option<Stated<Count>>,
    Option<Stated<Count>>,
    Option<Stated<Count>>,
);

fn lifted_matches_poverty(r: &Region, diags: &mut Diagnostics) {
    for l in &r.lifted {
        let Some(period) = l.when else { continue };
        // A one-year period's baseline is the year before; a longer one's is its first
        // year when given (as reports count 2014—2018 from the 2014 register).
        let start = if period.start == period.end {
            row_at(&r.poverty, period.start.get() - 1)
        } else {
            row_at(&r.poverty, period.start.get())
                .or_else(|| row_at(&r.poverty, period.start.get() - 1))
        };
        let end = row_at(&r.poverty, period.end.get());
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        let pairs: [Comparison; 2] = [
            (
                "households",
                "户",
                l.households,
                start.households,
                end.households,
            ),
            ("people", "人", l.people, start.people, end.people),
        ];
        for (key, unit, lifted, before, after) in pairs {
            let (Some(lifted), Some(before), Some(after)) = (lifted, before, after) else {
                continue;
            };
            // Qualified figures bound the difference instead of fixing it: warn only when
            // no values the qualifiers allow could agree.
            let (b_lo, b_hi) = before.range();
            let (a_lo, a_hi) = after.range();
            let (l_lo, l_hi) = lifted.range();
            let diff_lo = a_hi.map(|hi| b_lo - hi);
            let diff_hi = b_hi.map(|hi| hi - a_lo);
            let below = matches!((l_hi, diff_lo), (Some(h), Some(d)) if h < d);
            let above = matches!(diff_hi, Some(d) if l_lo > d);
            if below || above {
                let diff: Arg = match (diff_lo, diff_hi) {
                    (Some(a), Some(b)) if a == b => a.to_string().into(),
                    (Some(a), _) => data::at_least(a.to_string()).into(),
                    (_, Some(b)) => data::at_most(b.to_string()).into(),
                    _ => Decimal::ZERO.to_string().into(),
                };
                diags.push(
                    Diagnostic::warning(
                        &r.file,
                        l.at,
                        data::lifted_disagrees(
                            key,
                            period.key(),
                            lifted.with_unit(unit).to_string(),
                            start.year.to_string(),
                            end.year.to_string(),
                            diff,
                            unit,
                        ),
                    )
                    .hint(data::lifted_disagrees_hint()),
                );
            }
        }
    }
}

fn drawn_within_amount(r: &Region, diags: &mut Diagnostics) {
    for c in &r.credit {
        if let (Some(drawn), Some(amount)) = (c.drawn, c.amount) {
            if drawn.surely_exceeds(&amount) {
                diags.push(
                    Diagnostic::error(
                        &r.file,
                        c.drawn_at,
                        data::drawn_above_amount(drawn.to_string(), amount.to_string()),
                    )
                    .hint(data::drawn_above_amount_hint()),
                );
            }
        }
    }
}

fn villages_within_amount(r: &Region, diags: &mut Diagnostics) {
    for f in &r.funds {
        if let Some(v) = f.to_poor_villages {
            if v.surely_exceeds(&f.amount) {
                diags.push(
                    Diagnostic::error(
                        &r.file,
                        f.to_poor_villages_at,
                        data::villages_above_amount(v.to_string(), f.amount.to_string()),
                    )
                    .hint(data::villages_above_amount_hint()),
                );
            }
        }
    }
}

fn poverty_rows_plausible(r: &Region, diags: &mut Diagnostics) {
    for p in &r.poverty {
        if let (Some(h), Some(n)) = (p.households, p.people) {
            if h.surely_exceeds(&n) {
                diags.push(
                    Diagnostic::error(
                        &r.file,
                        p.at,
                        data::more_households_than_people(
                            p.year.to_string(),
                            h.to_string(),
                            n.to_string(),
                        ),
                    )
                    .hint(data::households_people_swapped()),
                );
            }
        }
    }
}

/// A figure with no source anywhere (no `cite` on its row, no `source` for its region)
/// cannot be published: one warning per file, at the first such row.
fn figures_have_a_source(r: &Region, diags: &mut Diagnostics) {
    if r.source.is_some() {
        return;
    }
    // Single projects record no place to point at; the rows that do are counted.
    let unsourced: Vec<(&str, crate::diagnostics::Span)> = r
        .rows()
        .filter(|row| row.prov.cite().is_none())
        .filter_map(|row| row.at.map(|at| (row.kind.key, at)))
        .collect();
    let Some((section, at)) = unsourced.first() else {
        return;
    };
    let others: Arg = match unsourced.len() - 1 {
        0 => String::new().into(),
        n => data::and_more_rows(n).into(),
    };
    // A table's row is given its source in the table, not in region.yaml.
    let hint = match r.file.sheet_row(at.line) {
        Some(_) => data::no_source_table_hint(),
        None => data::no_source_hint(),
    };
    diags.push(Diagnostic::warning(&r.file, *at, data::no_source(*section, others)).hint(hint));
}

fn no_duplicates(r: &Region, diags: &mut Diagnostics) {
    // Both places are named: one row may be in region.yaml and the other in a table. The
    // hint says what tells such rows apart: their year, their name and time, or their name.
    let mut dup =
        |seen: &mut HashMap<String, Span>, key: String, at: Span, what: Msg, hint: Msg| {
            if let Some(first) = seen.get(&key) {
                let place = r.file.place(*first);
                diags.push(
                    Diagnostic::error(&r.file, at, data::given_twice(what, key, place)).hint(hint),
                );
            } else {
                seen.insert(key, at);
            }
        };
    let by_year = data::one_row_per_year;
    let by_name_and_time = data::one_row_per_name_and_time;
    let by_name = data::one_row_per_name;
    let mut seen = HashMap::new();
    for p in &r.poverty {
        let what = data::dup_poverty_year();
        dup(&mut seen, p.year.to_string(), p.at, what, by_year());
    }
    let mut seen = HashMap::new();
    for l in &r.lifted {
        let key = time_key(l.when.map(|p| p.key()), &l.prov);
        dup(&mut seen, key, l.at, data::dup_lifted_period(), by_year());
    }
    let mut seen = HashMap::new();
    for t in &r.targets {
        let key = format!(
            "{} {}",
            time_key(t.year.map(|y| y.to_string()), &t.prov),
            t.name
        );
        dup(&mut seen, key, t.at, data::dup_target(), by_name_and_time());
    }
    let mut seen = HashMap::new();
    for f in &r.funds {
        let key = format!(
            "{} {}",
            time_key(f.when.map(|w| w.key()), &f.prov),
            f.source
        );
        dup(&mut seen, key, f.at, data::dup_fund(), by_name_and_time());
    }
    let mut seen = HashMap::new();
    for c in &r.credit {
        let key = format!("{} {}", time_key(c.when.map(|w| w.key()), &c.prov), c.kind);
        dup(&mut seen, key, c.at, data::dup_credit(), by_name_and_time());
    }
    let mut seen = HashMap::new();
    for b in &r.project_batches {
        dup(
            &mut seen,
            b.batch.clone(),
            b.at,
            data::dup_batch(),
            by_name(),
        );
    }
    let mut seen = HashMap::new();
    for i in &r.indicators {
        dup(
            &mut seen,
            i.name.clone(),
            i.at,
            data::dup_indicator(),
            by_name(),
        );
    }
}
