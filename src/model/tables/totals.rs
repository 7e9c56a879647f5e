//! A sheet's rows of totals (`合计`, `小计`, `全州`), first or last, checked against the
//! rows they total; and a `合计` column checked against its row's years.
//!
//! A total that differs is a warning in the total's own words and unit, naming the cells
//! stored as text when they explain it (Excel's SUM skips them). A total row is never a
//! region; it keeps the regions it totals, so where they share a parent it can give that
//! parent the figures it has none of (`model::assemble`).

use super::{cells, CellText, TableRow};
use crate::diagnostics::Diagnostics;
use crate::messages::catalog::tables as msg;
use crate::messages::Msg;
use crate::quantity::Qualifier;
use rust_decimal::Decimal;

/// The exact number a summed cell states, in base units (yuan, people); None when
/// qualified (`8300余`) or unreadable, which the row's own reading reports.
fn exact(text: &str) -> Option<Decimal> {
    let (_, qualifier) = Qualifier::split(text).ok()?;
    qualifier
        .is_none()
        .then(|| cells::stated_number(text))
        .flatten()
}

/// `sum` written in the unit `total` is written in: `20865.06万元` beside `20981.38万元`,
/// not `209813800`.
fn in_unit_of(total: &str, sum: Decimal) -> String {
    let unit: String = total
        .chars()
        .skip_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    let scale = match unit.chars().next() {
        Some('亿') => 8,
        Some('万') => 4,
        _ => 0,
    };
    let value = sum / Decimal::from(10_i64.pow(scale));
    format!("{}{unit}", value.normalize())
}

/// A total that differs from its parts: both as the sheet would write them, and why.
pub struct Differs {
    /// The total, as written.
    pub total: String,
    /// The parts' sum, in the total's unit.
    pub sum: String,
    /// The cells stored as text when leaving them out gives the total, else the usual.
    pub hint: Msg,
}

/// Compares a stated total with its parts (each with its cell's name); None when they
/// agree or a part or the total is not an exact number. The hint names the parts stored
/// as text when they explain the difference, else is `usual`.
pub fn differs(total: &str, parts: &[(&CellText, String)], usual: Msg) -> Option<Differs> {
    let stated = exact(total)?;
    let mut sum = Decimal::ZERO;
    let mut as_text = Decimal::ZERO;
    let mut text_cells = Vec::new();
    for (p, cell) in parts {
        let n = exact(&p.text)?;
        sum += n;
        if p.as_text {
            as_text += n;
            text_cells.push(cell.clone());
        }
    }
    if parts.is_empty() || sum == stated {
        return None;
    }
    let hint = if !text_cells.is_empty() && sum - as_text == stated {
        msg::total_skips_text_hint(text_cells.join("、"))
    } else {
        usual
    };
    Some(Differs {
        total: total.to_string(),
        sum: in_unit_of(total, sum),
        hint,
    })
}

/// The cell a value is in, as a spreadsheet names it (`D7`).
fn cell_name(row: &TableRow, v: &CellText) -> String {
    row.line.row.cell_at(v.span.column).a1()
}

/// Checks each total against the rows it totals and returns the rows followed by the
/// totals of every row of their year, each knowing the regions it totals. A total totals the rows of its year
/// between the total before it and itself; a total first (`全州` over its counties)
/// those after it, to the next total; a grand `合计` over `小计`s every row.
pub fn check(
    rows: &mut Vec<TableRow>,
    mut totals: Vec<TableRow>,
    diags: &mut Diagnostics,
) -> Vec<TableRow> {
    let lines: Vec<usize> = {
        let mut l: Vec<usize> = totals.iter().map(|t| t.sheet_line).collect();
        l.dedup();
        l
    };
    let subtotals = totals.iter().any(|t| word(t).contains("小计"));
    for total in &mut totals {
        let line = total.sheet_line;
        let before = lines
            .iter()
            .copied()
            .filter(|l| *l < line)
            .max()
            .unwrap_or(0);
        let after = lines
            .iter()
            .copied()
            .find(|l| *l > line)
            .unwrap_or(usize::MAX);
        let year = total.get("year").map(|v| v.text.clone());
        let same_year = |r: &&TableRow| r.get("year").map(|v| &v.text) == year.as_ref();
        let between = |from: usize, to: usize| -> Vec<&TableRow> {
            rows.iter()
                .filter(|r| r.sheet_line > from && r.sheet_line < to)
                .filter(same_year)
                .collect()
        };
        let grand = subtotals && !word(total).contains("小计");
        let mut group = if grand {
            rows.iter().filter(same_year).collect()
        } else {
            between(before, line)
        };
        if group.is_empty() {
            group = between(line, after);
        }
        let mut differing: Vec<&'static str> = Vec::new();
        for (key, value) in &total.values {
            if *key == "year" || !super::summed_key(total.section, key) {
                continue;
            }
            let parts: Vec<(&CellText, String)> = group
                .iter()
                .filter_map(|r| r.get(key).map(|v| (v, cell_name(r, v))))
                .collect();
            let Some(d) = differs(&value.text, &parts, msg::total_differs_hint()) else {
                continue;
            };
            differing.push(key);
            let header = total.header(key);
            diags.push(
                crate::diagnostics::Diagnostic::warning(
                    &total.sheet,
                    total.sheet_span(value.span),
                    msg::total_differs(word(total), header, d.total, d.sum, parts.len()),
                )
                .hint(d.hint),
            );
        }
        // A total that disagrees with its rows is told once, here: it is no one's figure.
        total.values.retain(|(k, _)| !differing.contains(k));
        // Only a total of every row of its year is a parent's figure: a 小计 is a group's.
        if group.len() != rows.iter().filter(same_year).count() {
            continue;
        }
        total.totals = Some(group.iter().map(|r| r.who.clone()).collect());
    }
    let mut out = std::mem::take(rows);
    out.extend(totals.into_iter().filter(|t| t.totals.is_some()));
    out
}

/// The word a total row is marked by (`合计`, `小计`, `全州`).
fn word(total: &TableRow) -> String {
    let w = &total.who;
    w.name
        .as_ref()
        .filter(|v| super::is_total(&v.text))
        .or(w.code.as_ref())
        .map_or_else(|| "合计".to_string(), |v| v.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_written_in_the_totals_unit() {
        let sum = Decimal::from(209_813_800);
        assert_eq!(in_unit_of("20865.06万元", sum), "20981.38万元");
        assert_eq!(in_unit_of("5630", Decimal::from(5640)), "5640");
        assert_eq!(in_unit_of("2.1亿元", sum), "2.098138亿元");
    }
}
