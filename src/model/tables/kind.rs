//! Which kind of sheet a sheet is: by its name (`贫困人口`, `2019年资金投入`) unless its
//! header names none of that kind's columns and plainly another's, else by its header (a sheet named `Sheet1` whose columns are `贫困户数`, `贫困发生率` is a
//! `贫困人口` sheet), else by its title (`临夏州建档立卡贫困人口统计表`). A sheet none of
//! them tells is not read, with a note: an office's workbook holds instructions and
//! drafts beside its tables.

use super::header;
use super::schema::{Sheet, SHEETS};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::tables::{Cell, Grid, TableFile};
use crate::messages::catalog::{common, tables as msg};
use crate::messages::choices;

/// Rows above the header a title may stand in.
const TITLE_ROWS: usize = 5;

/// The kind of `grid`, telling in a note when it was not read or read by its header.
pub fn of(table: &TableFile, grid: &Grid, diags: &mut Diagnostics) -> Option<&'static Sheet> {
    let named = Sheet::named(&grid.name);
    // A name says the kind unless the header names none of its columns and plainly
    // another's (`2018年主要指标` whose columns are 年末贫困人口 and 贫困发生率).
    let found = match named {
        Some(sheet) if header::own_columns(grid, sheet) > 0 => return Some(sheet),
        Some(sheet) => match by_header(grid).filter(|h| h.section != sheet.section) {
            Some(other) => Some(other),
            None => return Some(sheet),
        },
        None => by_header(grid).or_else(|| by_title(grid)),
    };
    match found {
        Some(sheet) => diags.push(Diagnostic::file_note(
            &table.path,
            msg::sheet_read_as(grid.name.clone(), sheet.name),
        )),
        None => {
            let names: Vec<&str> = super::schema::sheet_names().collect();
            let guess = SHEETS
                .iter()
                .find_map(|s| super::guess::close_name(&grid.name, std::iter::once(s.name)));
            diags.push(
                Diagnostic::file_note(&table.path, msg::unknown_sheet(grid.name.clone()))
                    .expected(common::one_of(choices(&names)))
                    .hint(guess.map_or_else(msg::unknown_sheet_hint, common::did_you_mean)),
            );
        }
    }
    found
}

/// The one kind whose own figure columns the sheet's header names most.
fn by_header(grid: &Grid) -> Option<&'static Sheet> {
    let mut scored: Vec<(usize, &'static Sheet)> = SHEETS
        .iter()
        .map(|s| (header::own_columns(grid, s), s))
        .filter(|(n, _)| *n > 0)
        .collect();
    scored.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    match scored.as_slice() {
        [(n, s), rest @ ..] if rest.first().is_none_or(|(m, _)| m < n) => Some(s),
        _ => None,
    }
}

/// The kind a title above the table names: a row of one text (a merged cell's counted
/// once) above the first row that could be a header.
fn by_title(grid: &Grid) -> Option<&'static Sheet> {
    for row in grid.rows.iter().take(TITLE_ROWS) {
        let mut texts: Vec<&str> = row
            .iter()
            .filter_map(|c| match c {
                Cell::Text(t) if !t.trim().is_empty() => Some(t.trim()),
                _ => None,
            })
            .collect();
        texts.dedup();
        match texts.as_slice() {
            [] => continue,
            [title] if title.chars().count() >= 4 => return Sheet::named(title),
            _ => return None,
        }
    }
    None
}
