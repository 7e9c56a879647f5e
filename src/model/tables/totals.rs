//! A sheet's row of totals (`合计`) checked against the rows it totals: read for the
//! check, never as a region.

use super::{header_of, TableRow};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::catalog::tables as msg;
use crate::quantity::{Money, Stated};
use rust_decimal::Decimal;

/// The exact number a summed cell states; None when qualified (`8300余`) or unreadable,
/// which the row's own reading reports.
fn exact(text: &str) -> Option<Decimal> {
    let t = text.trim_end_matches(['人', '户', '个', '元']);
    let t = if text.ends_with('元') {
        format!("{t}元")
    } else {
        t.to_string()
    };
    let s = Stated::parse(&t, Money::parse).ok()?;
    s.qualifier.is_none().then(|| s.value.yuan())
}

/// Warns at each total that differs from the sum of the rows above it, back to the total
/// before it, of its year (all of them, in a sheet without years).
pub fn check(rows: &[TableRow], totals: &[TableRow], diags: &mut Diagnostics) {
    for total in totals {
        // The rows it totals: those of its year between the total above it (if any) and it.
        let from = totals
            .iter()
            .map(|t| t.sheet_line)
            .filter(|l| *l < total.sheet_line)
            .max()
            .unwrap_or(0);
        let to = total.sheet_line;
        let year = total.get("year").map(|v| v.text.as_str());
        let same_time: Vec<&TableRow> = rows
            .iter()
            .filter(|r| r.sheet_line > from && r.sheet_line < to)
            .filter(|r| r.get("year").map(|v| v.text.as_str()) == year)
            .collect();
        for (key, value) in &total.values {
            if *key == "year" || !super::summed_key(total.section, key) {
                continue;
            }
            let Some(stated) = exact(&value.text) else {
                continue;
            };
            let mut sum = Decimal::ZERO;
            let mut counted = 0;
            let mut readable = true;
            for r in &same_time {
                if let Some(v) = r.get(key) {
                    match exact(&v.text) {
                        Some(n) => {
                            sum += n;
                            counted += 1;
                        }
                        None => readable = false,
                    }
                }
            }
            if !readable || counted == 0 || sum == stated {
                continue;
            }
            let header = header_of(total.section, key);
            diags.push(
                Diagnostic::warning(
                    &total.sheet,
                    total.sheet_span(value.span),
                    msg::total_differs(
                        header,
                        value.text.clone(),
                        sum.normalize().to_string(),
                        counted,
                    ),
                )
                .hint(msg::total_differs_hint()),
            );
        }
    }
}
