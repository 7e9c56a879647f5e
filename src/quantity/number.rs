//! The numeric core shared by every quantity: digits, a decimal point, 万/亿 scales.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A number as written: its exact value after applying 万 (10⁴) or 亿 (10⁸).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scaled {
    pub value: Decimal,
}

/// Why a number did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NumberError {
    /// Nothing that looks like a number.
    NotANumber,
    /// A minus sign: figures here are never negative.
    Negative,
    /// More digits than an exact decimal holds.
    TooLarge,
}

/// Parses `1.41万`, `4.34亿`, `18,858`, `43400000` (the unit suffix already removed).
///
/// Accepts ASCII or full-width digits and `,` thousands separators as pasted from
/// spreadsheets; rejects exponents and anything else so a typo never becomes a figure.
pub(crate) fn parse_scaled(text: &str) -> Result<Scaled, NumberError> {
    let text = text.trim();
    let (digits, scale) = if let Some(d) = text.strip_suffix('亿') {
        (d.trim_end(), 8)
    } else if let Some(d) = text.strip_suffix('万') {
        (d.trim_end(), 4)
    } else {
        (text, 0)
    };
    let value = parse_plain(digits)?;
    let factor = Decimal::from(10u64.pow(scale));
    let value = value.checked_mul(factor).ok_or(NumberError::TooLarge)?;
    Ok(Scaled {
        value: value.normalize(),
    })
}

/// Parses a plain decimal number with no scale: `8231`, `820.384`, `18,858`.
pub(crate) fn parse_plain(text: &str) -> Result<Decimal, NumberError> {
    let normalized: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            c => c,
        })
        .collect();
    let s = normalized.as_str();
    if s.starts_with('-') || s.starts_with('−') {
        return Err(NumberError::Negative);
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    if !valid_digits(s) {
        return Err(NumberError::NotANumber);
    }
    let plain: String = s.chars().filter(|c| *c != ',').collect();
    Decimal::from_str_exact(&plain).map_err(|_| NumberError::TooLarge)
}

/// Digits with at most one decimal point; commas only between groups of three.
fn valid_digits(s: &str) -> bool {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int.is_empty() || !int.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return false;
    }
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return false;
        }
    }
    true
}

/// Converts for drawing only (chart geometry); never used for a printed figure.
pub fn decimal_to_f64(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// Writes a decimal with no trailing zeros and no exponent: `4.34`, `8231`, `0`.
pub(crate) fn plain(d: Decimal) -> String {
    let n = d.normalize();
    if n.is_zero() {
        "0".to_string()
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn scales_exactly() {
        assert_eq!(parse_scaled("1.41万").unwrap().value, dec("14100"));
        assert_eq!(parse_scaled("820.384万").unwrap().value, dec("8203840"));
        assert_eq!(parse_scaled("4.34亿").unwrap().value, dec("434000000"));
        assert_eq!(parse_scaled("43,400,000").unwrap().value, dec("43400000"));
        assert_eq!(parse_scaled("１２３").unwrap().value, dec("123"));
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        for bad in ["", "abc", "1.2.3", "1e5", "12,34", ".5", "5.", "万", "1 2"] {
            assert_eq!(parse_scaled(bad), Err(NumberError::NotANumber), "{bad}");
        }
        assert_eq!(parse_scaled("-3"), Err(NumberError::Negative));
    }

    #[test]
    fn plain_has_no_trailing_zeros() {
        assert_eq!(plain(dec("10000.00")), "10000");
        assert_eq!(plain(dec("4.340")), "4.34");
        assert_eq!(plain(dec("0.000")), "0");
    }
}
