//! A cell's value as the text a `region.yaml` would hold: the same quantity parsers then
//! read table cells and YAML alike.
//!
//! Text is read as typed, once the habits of spreadsheets are undone: spaces around it
//! (full-width too), full-width digits, thousands separators. A number the file stores
//! as a binary float is read as the shortest decimal that is the same float; when that
//! has more places than its column's unit allows (fen for money, one for a count) and
//! lies within a billionth of a number that does not, the rest is the float's noise and
//! is rounded away (`4.3399999999999999` is `4.34`, a formula's `0.30000000000000004`
//! yuan is `0.3`). A unit in the header applies to a cell that states none.
//!
//! A number cell whose format is one quoted text (`"近5000万元"`, as `data/all.xlsx`
//! writes a figure whose written form is not its plain number) is read as that text, so
//! the figure keeps its qualifier and scale; only while the text states the cell's number,
//! since Excel keeps showing the text over whatever number is typed in later.

use super::schema::Kind;
use crate::load::tables::{serial_date, Cell};
use crate::messages::catalog::tables as msg;
use crate::messages::Msg;
use crate::quantity::Qualifier;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Why a cell cannot be read as its column's kind.
#[derive(Debug, Clone)]
pub struct Problem {
    /// What is wrong.
    pub message: Msg,
    /// What would have been accepted.
    pub expected: Option<Msg>,
    /// How to fix it.
    pub hint: Option<Msg>,
}

/// The cell as shown on a message's quoted line: text as typed, a number as the sheet
/// shows it (`14.53%`, `70919.91`), without the binary float's noise.
pub fn shown(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.replace(['\n', '\r'], " "),
        Cell::Number {
            literal: Some(l), ..
        } => l.to_string(),
        Cell::Number { value, percent, .. } if *percent => {
            format!("{}%", exact_decimal(value * 100.0, SHOWN_PLACES))
        }
        Cell::Number { value, .. } => exact_decimal(*value, SHOWN_PLACES),
        Cell::Date(y, m, d) => format!("{y}-{m:02}-{d:02}"),
        Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Cell::Error(e) => e.clone(),
    }
}

/// Decimal places past which a number on a quoted line is float noise.
const SHOWN_PLACES: u32 = 6;

/// The cell's value as `region.yaml` text for a column of `kind` whose header states
/// `unit`; None for a blank cell.
pub fn read(
    cell: &Cell,
    kind: Kind,
    unit: Option<&str>,
    date_1904: bool,
) -> Result<Option<String>, Problem> {
    let text = match cell {
        Cell::Empty => return Ok(None),
        Cell::Text(t) => {
            let t = trim(t);
            if t.is_empty() {
                return Ok(None);
            }
            if FORMULA_ERRORS.contains(&t) {
                // A workbook saved by some programs keeps a formula's error as its text.
                return Err(Problem {
                    message: msg::formula_error(t.to_string()),
                    expected: None,
                    hint: Some(msg::formula_error_hint()),
                });
            }
            if kind == Kind::Text || kind == Kind::Status {
                return Ok(Some(t.to_string()));
            }
            normalise_number(t)
        }
        Cell::Number {
            value,
            literal: Some(l),
            ..
        } => return literal(l, *value, kind, unit, date_1904),
        Cell::Number { value, percent, .. } => number(*value, *percent, kind, unit, date_1904)?,
        Cell::Date(y, m, d) => match kind {
            Kind::Date | Kind::Text => return Ok(Some(format!("{y}-{m:02}-{d:02}"))),
            _ => {
                return Err(Problem {
                    message: msg::date_where_number(format!("{y}-{m:02}-{d:02}")),
                    expected: None,
                    hint: Some(msg::date_where_number_hint()),
                })
            }
        },
        Cell::Bool(b) => {
            return Err(Problem {
                message: msg::cell_is_bool(if *b { "TRUE" } else { "FALSE" }),
                expected: None,
                hint: None,
            })
        }
        Cell::Error(e) => {
            return Err(Problem {
                message: msg::formula_error(e.clone()),
                expected: None,
                hint: Some(msg::formula_error_hint()),
            })
        }
    };
    Ok(Some(with_unit(text, kind, unit)))
}

/// A number cell shown as the text `shown`: read as that text when it states the number
/// in the column's unit (`近5000万元` over 5000 under `金额（万元）`). Else the cell shows
/// one figure and holds another (a number typed over a copied cell): which one is meant
/// is for the clerk to say.
fn literal(
    shown: &str,
    value: f64,
    kind: Kind,
    unit: Option<&str>,
    date_1904: bool,
) -> Result<Option<String>, Problem> {
    let text = read(&Cell::Text(shown.to_string()), kind, unit, date_1904)?;
    let states = text
        .as_deref()
        .and_then(stated_number)
        .and_then(|n| in_unit(n, unit));
    if states == Some(value) {
        return Ok(text);
    }
    Err(Problem {
        message: msg::shows_other_number(shown.to_string(), exact_decimal(value, SHOWN_PLACES)),
        expected: None,
        hint: Some(msg::shows_other_number_hint(shown.to_string())),
    })
}

/// The number a figure's text states, in base units, qualifier and unit words aside:
/// `近5000万元` is 50000000, `8300余人` 8300, `15.62%` 15.62.
pub fn stated_number(text: &str) -> Option<Decimal> {
    let (rest, _) = Qualifier::split(text).ok()?;
    let rest = rest.trim_end_matches(|c: char| !c.is_ascii_digit() && c != '万' && c != '亿');
    let (digits, scale) = match (rest.strip_suffix('亿'), rest.strip_suffix('万')) {
        (Some(d), _) => (d, 8),
        (_, Some(d)) => (d, 4),
        _ => (rest, 0),
    };
    let n = Decimal::from_str_exact(digits).ok()?;
    n.checked_mul(Decimal::from(10u64.pow(scale)))
}

/// A number in base units as the float a cell holds in a column of `unit` (4.34亿 yuan is
/// 43400 under `万元`): the one conversion the writer and the reader of `all.xlsx` share,
/// so a written form is matched to its number exactly.
pub fn in_unit(base: Decimal, unit: Option<&str>) -> Option<f64> {
    let n = base.checked_div(Decimal::from(10u64.pow(unit_scale(unit.unwrap_or("")))))?;
    n.normalize().to_string().parse().ok()
}

/// The error values a spreadsheet formula can give.
const FORMULA_ERRORS: &[&str] = &[
    "#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
];

/// Spaces around a cell's text, full-width and non-breaking ones included.
pub fn trim(t: &str) -> &str {
    t.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}')
}

/// Full-width digits and signs as ASCII, and thousands separators dropped
/// (`１２，３４５．６` is `12345.6`); other text is left as typed for the parsers.
pub fn normalise_number(t: &str) -> String {
    let ascii: String = t
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '％' => '%',
            '－' => '-',
            '，' => ',',
            c => c,
        })
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    // A comma between digits, followed by exactly three digits, separates thousands.
    let chars: Vec<char> = ascii.chars().collect();
    let mut out = String::with_capacity(ascii.len());
    for (i, c) in chars.iter().enumerate() {
        let thousands = *c == ','
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.len() > i + 3
            && chars[i + 1..=i + 3].iter().all(char::is_ascii_digit)
            && chars.get(i + 4).is_none_or(|n| !n.is_ascii_digit());
        if !thousands {
            out.push(*c);
        }
    }
    out
}

/// The header's unit appended to a cell that states a bare number: `4.34` under
/// `金额（亿元）` is `4.34亿元`, `1.41万` under `贫困人口（人）` is `1.41万人`. A cell
/// that states its own unit keeps it; a rate takes only `%` (`15.62` under `贫困发生率（%）`
/// is `15.62%`: a rate is a percentage either way), indicator figures none (an
/// indicator's unit is its row's `单位`).
fn with_unit(text: String, kind: Kind, unit: Option<&str>) -> String {
    let Some(unit) = unit.filter(|u| !u.is_empty()) else {
        return text;
    };
    let percent = kind == Kind::Rate && matches!(unit, "%" | "％");
    if !matches!(kind, Kind::Money | Kind::Count | Kind::Decimal) && !percent {
        return text;
    }
    let scaled = unit_scale(unit) > 0;
    let bare = text.chars().all(|c| {
        c.is_ascii_digit()
            || matches!(c, '.' | '余' | '多' | '近' | '约' | '逾')
            || (!scaled && matches!(c, '万' | '亿'))
    });
    if bare && text.chars().any(|c| c.is_ascii_digit()) {
        format!("{text}{unit}")
    } else {
        text
    }
}

/// Powers of ten a unit's scale word stands for: 8 for 亿, 4 for 万.
pub fn unit_scale(unit: &str) -> u32 {
    if unit.starts_with('亿') {
        8
    } else if unit.starts_with('万') {
        4
    } else {
        0
    }
}

/// Decimal places a column's numbers are exact to, in the unit they are written in.
pub fn places(kind: Kind, unit: Option<&str>) -> u32 {
    let unit = unit.unwrap_or("");
    let scale = unit_scale(unit);
    match kind {
        Kind::Money => 2 + scale,
        Kind::Count | Kind::Year | Kind::Code => scale,
        Kind::Rate => 4,
        Kind::Figure if unit.ends_with('元') => 2 + scale,
        Kind::Figure if unit == "%" => 4,
        _ => 6,
    }
}

fn number(
    value: f64,
    percent: bool,
    kind: Kind,
    unit: Option<&str>,
    date_1904: bool,
) -> Result<String, Problem> {
    if kind == Kind::Date && value >= 10_000.0 {
        // A date typed into a cell formatted as a number: Excel stores its serial.
        return serial_date(value, date_1904)
            .map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
            .ok_or_else(|| Problem {
                message: msg::not_a_serial_date(format!("{value}")),
                expected: None,
                hint: Some(msg::date_as_text_hint()),
            });
    }
    let value = if percent { value * 100.0 } else { value };
    let text = exact_decimal(value, places(kind, unit));
    Ok(match (percent, kind) {
        (true, Kind::Rate | Kind::Figure) => format!("{text}%"),
        _ => text,
    })
}

/// A stored float as the decimal it was typed as: its shortest form, with the float's
/// noise past `places` decimal places rounded away.
pub fn exact_decimal(value: f64, places: u32) -> String {
    let shortest = format!("{value}");
    let Ok(d) = Decimal::from_str(&shortest) else {
        return shortest;
    };
    let rounded = d.round_dp(places);
    let tolerance = Decimal::new(1, 9) * d.abs().max(Decimal::ONE);
    let kept = if (d - rounded).abs() <= tolerance {
        rounded
    } else {
        d
    };
    kept.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(v: f64) -> Cell {
        Cell::Number {
            value: v,
            percent: false,
            literal: None,
        }
    }

    #[test]
    fn floats_lose_their_noise_and_keep_their_figures() {
        assert_eq!(
            exact_decimal(f64::from_bits(0x4011_5C28_F5C2_8F5C), 2),
            "4.34"
        );
        assert_eq!(exact_decimal(0.1 + 0.2, 2), "0.3");
        assert_eq!(exact_decimal(34261.0 + 1e-11, 0), "34261");
        // A real figure finer than the unit is kept, for its parser to judge.
        assert_eq!(exact_decimal(2.5, 0), "2.5");
        assert_eq!(exact_decimal(820.384, 6), "820.384");
    }

    #[test]
    fn header_units_apply_where_the_cell_has_none() {
        let r = |c: &Cell, k, u| read(c, k, u, false).unwrap().unwrap();
        assert_eq!(r(&num(4.34), Kind::Money, Some("亿元")), "4.34亿元");
        assert_eq!(
            r(&Cell::Text("4.34亿元".into()), Kind::Money, Some("万元")),
            "4.34亿元"
        );
        assert_eq!(
            r(&Cell::Text("8231".into()), Kind::Money, Some("万元")),
            "8231万元"
        );
        assert_eq!(
            r(&Cell::Text("1.41万".into()), Kind::Count, Some("人")),
            "1.41万人"
        );
        assert_eq!(r(&num(3700.0), Kind::Money, None), "3700");
    }

    #[test]
    fn cells_are_quoted_as_the_sheet_shows_them() {
        let pct = Cell::Number {
            value: 0.1453,
            percent: true,
            literal: None,
        };
        assert_eq!(shown(&pct), "14.53%");
        assert_eq!(shown(&num(70919.90999999999)), "70919.91");
        assert_eq!(shown(&num(5630.0)), "5630");
    }

    #[test]
    fn typed_habits_are_undone() {
        assert_eq!(normalise_number(" １２，３４５．６ "), "12345.6");
        assert_eq!(normalise_number("8,231万元"), "8231万元");
        assert_eq!(normalise_number("1,2"), "1,2");
        assert_eq!(trim("碌曲县\u{3000} "), "碌曲县");
    }

    #[test]
    fn percentages_and_dates() {
        let pct = Cell::Number {
            value: 0.0123,
            percent: true,
            literal: None,
        };
        assert_eq!(
            read(&pct, Kind::Rate, None, false).unwrap().unwrap(),
            "1.23%"
        );
        assert_eq!(
            read(&num(43646.0), Kind::Date, None, false)
                .unwrap()
                .unwrap(),
            "2019-06-30"
        );
        assert_eq!(
            read(&num(2019.0), Kind::Date, None, false)
                .unwrap()
                .unwrap(),
            "2019"
        );
        assert!(read(&Cell::Date(2019, 6, 30), Kind::Money, None, false).is_err());
    }
}
