//! One row of a sheet read by its header's plan: the region it names and its values as
//! `region.yaml` text, a row of the wide form as one row a year; a total row kept to be
//! checked; a row's `合计` column checked against its years.

use super::header::{Plan, Slot};
use super::lines::{is_heading_row, is_note_row, is_one_text, is_total};
use super::schema::{Kind, Sheet};
use super::sheet::SheetText;
use super::{cells, code_shape, totals, CellText, TableRow, Who};
use crate::diagnostics::Diagnostics;
use crate::load::tables::{Cell, Grid};
use crate::messages::catalog::tables as msg;

/// What a sheet's row is.
pub enum Read {
    /// Figures of a region (several for a row of the wide form).
    Rows(Vec<TableRow>),
    /// A row of totals, to check against the rows it totals.
    Total(Vec<TableRow>),
    /// Notes or signatures under the table: what follows is notes too.
    Notes,
    /// A row of several texts and no number below the notes (a legend, a second
    /// signature line), taken as notes too: told once, in case it was meant as data.
    BelowNotes,
    /// Blank, or a heading between rows.
    Skip,
}

/// Reads row `i` of the sheet by `plan`; `in_notes` once a note or signature line has
/// been met below the data.
pub fn sheet_row(
    grid: &Grid,
    i: usize,
    sheet: &'static Sheet,
    plan: &Plan,
    text: &SheetText,
    in_notes: bool,
    diags: &mut Diagnostics,
) -> Read {
    let cells = &grid.rows[i];
    let filled: Vec<&Cell> = cells.iter().filter(|c| !c.is_blank()).collect();
    if filled.is_empty() {
        return Read::Skip;
    }
    if is_note_row(&filled) {
        return Read::Notes;
    }
    // Below a note, a line of one text (a merged cell's counted once) continues it
    // (`2. 康乐县含动态调整`), and a row of texts with no number is more of the notes.
    let text_only = filled.iter().all(|c| matches!(c, Cell::Text(_)));
    if (in_notes && is_one_text(&filled)) || is_heading_row(&filled) {
        return Read::Skip;
    }
    if in_notes && text_only {
        return Read::BelowNotes;
    }
    let line = &text.lines[i];
    let blank = Cell::Empty;
    let mut who = Who::default();
    let mut shared: Vec<(&'static str, CellText)> = Vec::new();
    let mut years: Vec<(&Slot, CellText)> = Vec::new();
    let mut ok = true;
    let mut total = false;
    for slot in &plan.slots {
        let cell = cells.get(slot.col as usize).unwrap_or(&blank);
        let value = match read_cell(cell, slot.column.kind, slot.unit.as_deref(), grid) {
            Ok(Some(t)) => CellText {
                text: t,
                span: line.span(slot.col),
                as_text: is_text_number(cell, slot.column.kind),
            },
            Ok(None) => continue,
            Err(p) => {
                ok = false;
                let what = msg::cell_of_column(slot.header.clone());
                diags.push(
                    text.error(i, slot.col, msg::bad_cell(what, p.message))
                        .maybe_hint(p.hint)
                        .maybe_expected(p.expected),
                );
                continue;
            }
        };
        match slot.column.key {
            "code" => {
                if is_total(&value.text) {
                    total = true;
                } else if let Err(problem) = code_shape(&value.text) {
                    ok = false;
                    diags.push(
                        text.error(i, slot.col, msg::bad_code(value.text.clone(), problem))
                            .expected(msg::code_expected())
                            .hint(msg::code_hint()),
                    );
                }
                who.code = Some(value);
            }
            "region" => {
                total |= is_total(&value.text);
                who.name = Some(value);
            }
            "id" => who.id = Some(value),
            _ if slot.year.is_some() => years.push((slot, value)),
            key => shared.push((key, value)),
        }
    }
    if !ok {
        return Read::Skip;
    }
    // A total written where no region is (`合计` under 项目名称) is a total all the same.
    let placed = who.code.is_some() || who.id.is_some() || who.name.is_some();
    total |= !placed
        && filled
            .iter()
            .any(|c| matches!(c, Cell::Text(t) if is_total(t)));
    if !placed && !total {
        let col = plan
            .slots
            .iter()
            .find(|s| ["code", "region", "id"].contains(&s.column.key))
            .map_or(0, |s| s.col);
        diags.push(
            text.error(i, col, msg::row_without_region())
                .hint(msg::row_without_region_hint()),
        );
        return Read::Skip;
    }
    row_totals(grid, i, plan, &years, text, diags);
    let make = |values: Vec<(&'static str, CellText)>, wide: bool| TableRow {
        section: sheet.section,
        who: who.clone(),
        line: line.clone(),
        sheet: text.file.clone(),
        sheet_line: i + 1,
        values,
        wide,
        totals: None,
    };
    let mut out = Vec::new();
    if years.is_empty() {
        out.push(make(shared, false));
    } else {
        for (slot, value) in years {
            let year = CellText {
                text: slot.year.unwrap_or_default().to_string(),
                span: value.span,
                as_text: false,
            };
            let mut values = vec![("year", year)];
            values.extend(shared.iter().cloned());
            values.push((slot.column.key, value));
            out.push(make(values, true));
        }
    }
    if total {
        Read::Total(out)
    } else {
        Read::Rows(out)
    }
}

/// A cell read as `region.yaml` text for its column.
fn read_cell(
    cell: &Cell,
    kind: Kind,
    unit: Option<&str>,
    grid: &Grid,
) -> Result<Option<String>, cells::Problem> {
    cells::read(cell, kind, unit, grid.date_1904)
}

/// True for a number typed or pasted as text into a figure column: Excel's SUM skips it.
fn is_text_number(cell: &Cell, kind: Kind) -> bool {
    let figure = matches!(kind, Kind::Money | Kind::Count | Kind::Decimal);
    let Cell::Text(t) = cell else { return false };
    let t = cells::normalise_number(cells::trim(t));
    figure && !t.is_empty() && t.parse::<f64>().is_ok()
}

/// Checks each `合计` column of a row against the sum of the row's years of its figure.
fn row_totals(
    grid: &Grid,
    i: usize,
    plan: &Plan,
    years: &[(&Slot, CellText)],
    text: &SheetText,
    diags: &mut Diagnostics,
) {
    for t in &plan.totals {
        if !matches!(t.column.kind, Kind::Money | Kind::Count) {
            continue;
        }
        let Some(cell) = grid.rows[i].get(t.col as usize) else {
            continue;
        };
        let Ok(Some(stated)) = read_cell(cell, t.column.kind, t.unit.as_deref(), grid) else {
            continue;
        };
        let row = &text.lines[i].row;
        let parts: Vec<(&CellText, String)> = years
            .iter()
            .filter(|(s, _)| s.column.key == t.column.key)
            .map(|(_, v)| (v, row.cell_at(v.span.column).a1()))
            .collect();
        if let Some(d) = totals::differs(&stated, &parts, msg::row_total_differs_hint()) {
            diags.push(
                text.warning(
                    i,
                    t.col,
                    msg::row_total_differs(t.header.clone(), d.total, d.sum, parts.len()),
                )
                .hint(d.hint),
            );
        }
    }
}
