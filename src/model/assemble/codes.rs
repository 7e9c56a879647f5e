//! Codes are checked, never invented: a data row's code must be a region the site has
//! (where the `地区` sheet or region folders say which it has), its name must be that
//! region's, and where only data rows name regions, one name with two codes is a slip in
//! the rarer one. Each finding is at the cell, with the nearest real code and its name.

use super::Entity;
use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::messages::catalog::tables as msg;
use crate::model::tables::TableRow;
use std::collections::{HashMap, HashSet};

/// Endings of region names by kind: a short name may write one for another of its kind
/// (`临夏州` is `临夏回族自治州`, `东乡县` is `东乡族自治县`), never of another kind
/// (`临夏市` is not `临夏县`). Longest first.
const ENDINGS: &[(&str, &str)] = &[
    ("自治州", "州"),
    ("自治县", "县"),
    ("自治旗", "旗"),
    ("地区", "地区"),
    ("州", "州"),
    ("县", "县"),
    ("市", "市"),
    ("区", "区"),
    ("旗", "旗"),
    ("盟", "盟"),
];

/// A name split: its stem, the kind of its ending, and whether it is an autonomous
/// region's full name (`临夏回族`, `州`, true).
fn stem(name: &str) -> (&str, Option<&'static str>, bool) {
    for (ending, kind) in ENDINGS {
        if let Some(t) = name.strip_suffix(ending).filter(|t| t.chars().count() >= 2) {
            return (t, Some(kind), ending.starts_with("自治"));
        }
    }
    (name, None, false)
}

/// True when two names are one place's: the same stem with endings of one kind (or one
/// without an ending: `康乐` and `康乐县`), or a short name whose stem begins an
/// autonomous region's full name (`临夏州`, `临夏回族自治州`; `东乡县`, `东乡族自治县`).
pub fn same_place(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let (a, b) = (norm(a), norm(b));
    if a == b {
        return true;
    }
    let ((sa, ka, fa), (sb, kb, fb)) = (stem(&a), stem(&b));
    let kinds = ka.is_none() || kb.is_none() || ka == kb;
    let begins = |full: &str, short: &str| short.chars().count() >= 2 && full.starts_with(short);
    kinds && (sa == sb || (fa && begins(sa, sb)) || (fb && begins(sb, sa)))
}

/// The region a mistyped code most likely meant: the one of the row's name, else the
/// code a typing slip or two away.
fn nearest<'a>(code: &str, name: Option<&str>, ents: &'a [Entity]) -> Option<&'a Entity> {
    name.and_then(|n| named(n, ents)).or_else(|| {
        coded(ents)
            .map(|e| {
                let c = e.code.as_deref().unwrap_or_default();
                (strsim::damerau_levenshtein(code, c), e)
            })
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d)
            .map(|(_, e)| e)
    })
}

/// The regions with a code that stand (a slip left out is no region to point to).
fn coded(ents: &[Entity]) -> impl Iterator<Item = &Entity> {
    ents.iter().filter(|e| e.code.is_some() && !e.dropped)
}

/// The region with a code that is called `name`.
fn named<'a>(name: &str, ents: &'a [Entity]) -> Option<&'a Entity> {
    coded(ents).find(|e| e.name.as_deref().is_some_and(|m| same_place(m, name)))
}

/// The hint naming a region by its code and name: `是不是 `622922`（康乐县）？`.
fn hint_for(e: &Entity) -> crate::messages::Msg {
    msg::nearest_region_hint(
        e.code.clone().unwrap_or_default(),
        e.name.clone().unwrap_or_default(),
    )
}

/// A sheet row: its file, sheet and line. The rows one sheet row of the wide form makes
/// share it, and a finding about them is told once.
type Place<'a> = (&'a std::path::Path, Option<&'a str>, usize);

fn place(r: &TableRow) -> Place<'_> {
    (
        r.sheet.path.as_path(),
        r.line.row.sheet.as_deref(),
        r.sheet_line,
    )
}

/// True when a data row's code may be a region: the site declares no regions (the
/// `地区` sheet and region folders give no codes), or it is one of them, or one of them
/// is above it in the tree of codes (a county under the site's prefecture).
pub fn in_tree(code: &str, declared: &HashSet<String>) -> bool {
    declared.is_empty()
        || declared.contains(code)
        || crate::model::tables::code_ancestors(code)
            .iter()
            .any(|a| declared.contains(a))
}

/// Data rows whose code is no region of the site: an error at each row's code (once
/// for the rows one sheet row of the wide form makes).
pub fn not_regions(rows: &[TableRow], ents: &[Entity], diags: &mut Diagnostics) {
    let mut told: Vec<Place> = Vec::new();
    for row in rows {
        let at = place(row);
        if told.contains(&at) {
            continue;
        }
        told.push(at);
        not_a_region(row, ents, diags);
    }
}

/// A data row whose code is no region of the site: an error at its code.
fn not_a_region(row: &TableRow, ents: &[Entity], diags: &mut Diagnostics) {
    let Some(code) = &row.who.code else { return };
    let name = row.who.name.as_ref().map(|v| v.text.as_str());
    diags.push(
        Diagnostic::error(
            &row.sheet,
            row.sheet_span(code.span),
            msg::code_not_a_region(code.text.clone()),
        )
        .hint(nearest(&code.text, name, ents).map_or_else(msg::region_not_declared_hint, hint_for)),
    );
}

/// Names each region its data rows name most often (where no folder or `地区` row names
/// it), and reports every row whose name is another region's. A region made by data rows
/// whose name another region near its code has is a slip in the code: its rows are
/// reported and it is left out.
pub fn settle_names(ents: &mut [Entity], diags: &mut Diagnostics) {
    // Each name the rows of each region give, with the sheet rows giving it.
    let given: Vec<Vec<(String, usize)>> = ents.iter().map(row_names).collect();
    for (e, ent) in ents.iter_mut().enumerate() {
        if ent.declared_name {
            continue;
        }
        // A name another region's rows give too is a slip here where they disagree.
        let elsewhere = |n: &str| {
            given
                .iter()
                .enumerate()
                .any(|(o, names)| o != e && names.iter().any(|(m, _)| same_place(m, n)))
        };
        // Rows that agree on one name need no look at the others (a national table's).
        let best = match given[e].as_slice() {
            [(one, _)] => Some(one.clone()),
            names => names
                .iter()
                .rev()
                .max_by_key(|(n, count)| (!elsewhere(n), *count))
                .map(|(n, _)| n.clone()),
        };
        if best.is_some() {
            ent.name = best;
        }
    }
    drop_slips(ents, diags);
    for ent in ents.iter() {
        let (Some(code), Some(name)) = (&ent.code, &ent.name) else {
            continue;
        };
        let mut told: Vec<Place> = Vec::new();
        for row in ent.rows.iter().chain(&ent.parent_ref) {
            let Some(written) = &row.who.name else {
                continue;
            };
            if same_place(&written.text, name) || told.contains(&place(row)) {
                continue;
            }
            told.push(place(row));
            diags.push(
                Diagnostic::error(
                    &row.sheet,
                    row.sheet_span(written.span),
                    msg::code_name_disagree(code.clone(), name.clone(), written.text.clone()),
                )
                .hint(
                    named(&written.text, ents).map_or_else(msg::code_name_disagree_hint, hint_for),
                ),
            );
        }
    }
}

/// The names a region's rows give, each with how many sheet rows give it (a row of the
/// wide form counts once), in the order first met.
fn row_names(ent: &Entity) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    // The rows one sheet row makes are given to their region one after another.
    let mut last: Option<Place> = None;
    for r in &ent.rows {
        let Some(n) = &r.who.name else { continue };
        let at = place(r);
        if last == Some(at) {
            continue;
        }
        last = Some(at);
        match out.iter_mut().find(|(m, _)| *m == n.text) {
            Some((_, c)) => *c += 1,
            None => out.push((n.text.clone(), 1)),
        }
    }
    out
}

/// Regions made by data rows alone that share a name with another region whose code is
/// a slip or two away (`622292` beside `622922`, both `康乐县`): the declared one (of a
/// folder or the `地区` sheet), else the one of more rows, stands; the others are
/// reported at each row's code and left out.
fn drop_slips(ents: &mut [Entity], diags: &mut Diagnostics) {
    let made_by_rows = |e: &Entity| e.folder.is_none() && e.parent_ref.is_none();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (e, ent) in ents.iter().enumerate() {
        if let (Some(_), Some(n)) = (&ent.code, &ent.name) {
            by_name.entry(n.clone()).or_default().push(e);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_name.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for group in groups {
        // Declared first, then the code that sits among the others' (`622922` beside
        // `622901`, `622921`; not `622292`), then the most rows.
        let siblings = |e: usize| {
            let code = ents[e].code.as_deref().unwrap_or_default();
            ents.iter()
                .filter(|o| {
                    o.code
                        .as_deref()
                        .is_some_and(|c| c != code && c.get(..4) == code.get(..4))
                })
                .count()
        };
        let weight = |e: &usize| (!made_by_rows(&ents[*e]), siblings(*e), ents[*e].rows.len());
        let keep = *group
            .iter()
            .rev()
            .max_by_key(|e| weight(e))
            .expect("a group has members");
        let kept_code = ents[keep].code.clone().unwrap_or_default();
        for e in group.into_iter().filter(|e| *e != keep) {
            let ent = &mut ents[e];
            let code = ent.code.clone().unwrap_or_default();
            if !made_by_rows(ent) || strsim::damerau_levenshtein(&code, &kept_code) > 2 {
                continue;
            }
            ent.dropped = true;
            let name = ent.name.clone().unwrap_or_default();
            let mut told: Vec<Place> = Vec::new();
            for row in &ent.rows {
                if told.contains(&place(row)) {
                    continue;
                }
                told.push(place(row));
                let at = row.who.code.as_ref().map_or(Span::new(1, 1, 1), |v| v.span);
                diags.push(
                    Diagnostic::error(
                        &row.sheet,
                        row.sheet_span(at),
                        msg::name_has_other_code(name.clone(), code.clone(), kept_code.clone()),
                    )
                    .hint(msg::nearest_region_hint(kept_code.clone(), name.clone())),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_full_names_are_one_place() {
        assert!(same_place("康乐县", "康乐县"));
        assert!(same_place("康乐", "康乐县"));
        assert!(same_place("临夏州", "临夏回族自治州"));
        assert!(same_place("东乡县", "东乡族自治县"));
        assert!(!same_place("康乐县", "和政县"));
        assert!(!same_place("临夏市", "临夏县"));
        assert!(same_place("甘南州", "甘南藏族自治州"));
    }
}
