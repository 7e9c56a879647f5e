//! Percentages (0–100) and their changes in percentage points.

use super::number::{parse_plain, plain, NumberError};
use super::QuantityError;
use rust_decimal::Decimal;
use std::fmt;

use crate::messages::catalog::data;

fn expected() -> crate::messages::Msg {
    data::rate_expected()
}

/// A percentage from 0 to 100, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(Decimal);

impl Rate {
    /// Parses `11%`, `1.23%`, `11` (also full-width `％`); rejects values outside 0–100.
    pub fn parse(text: &str) -> Result<Rate, QuantityError> {
        let t = text.trim();
        let body = t
            .strip_suffix('%')
            .or_else(|| t.strip_suffix('％'))
            .unwrap_or(t)
            .trim_end();
        let value = match parse_plain(body) {
            Ok(v) => v,
            Err(NumberError::Negative) => {
                return Err(QuantityError::new(data::rate_negative(t), expected()))
            }
            Err(_) => {
                let mut e = QuantityError::new(data::not_a_rate(t), expected());
                if t.contains('‰') {
                    e = e.with_hint(data::rate_per_mille());
                } else if t.contains('万') || t.ends_with('人') || t.ends_with('户') {
                    e = e.with_hint(data::rate_looks_like_count());
                }
                return Err(e);
            }
        };
        Self::from_percent(value).ok_or_else(|| {
            QuantityError::new(data::rate_above_100(t), expected())
                .with_hint(data::rate_share_of_100())
        })
    }

    /// A rate from its percentage, if it lies in 0–100.
    pub fn from_percent(p: Decimal) -> Option<Rate> {
        (p >= Decimal::ZERO && p <= Decimal::ONE_HUNDRED).then(|| Rate(p.normalize()))
    }

    /// The share `part / whole` as a rate rounded to one decimal (`35.5%`); None for an empty whole.
    pub fn share(part: u64, whole: u64) -> Option<Rate> {
        if whole == 0 || part > whole {
            return None;
        }
        let p = Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole);
        Rate::from_percent(p.round_dp(1))
    }

    /// The exact percentage.
    pub fn percent(self) -> Decimal {
        self.0
    }

    /// The change from `self` to `later`, in percentage points.
    pub fn change_to(self, later: Rate) -> RateChange {
        RateChange((later.0 - self.0).normalize())
    }
}

impl fmt::Display for Rate {
    /// `11%`, `1.23%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", plain(self.0))
    }
}

/// A difference of two rates, in percentage points (个百分点), signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RateChange(Decimal);

impl RateChange {
    /// Signed points: negative for a decline.
    pub fn points(self) -> Decimal {
        self.0
    }

    /// The size of the change, written `9.77个百分点` (direction is said in words around it).
    pub fn magnitude(self) -> String {
        format!("{}个百分点", plain(self.0.abs()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_with_and_without_percent_sign() {
        assert_eq!(Rate::parse("11%").unwrap().to_string(), "11%");
        assert_eq!(Rate::parse("1.23%").unwrap().to_string(), "1.23%");
        assert_eq!(Rate::parse("11").unwrap().to_string(), "11%");
        assert_eq!(Rate::parse("8.61 ％").unwrap().to_string(), "8.61%");
        assert_eq!(Rate::parse("0%").unwrap().to_string(), "0%");
        assert_eq!(Rate::parse("100%").unwrap().to_string(), "100%");
    }

    #[test]
    fn rejects_out_of_range_and_garbage() {
        assert!(Rate::parse("120%")
            .unwrap_err()
            .message
            .to_string()
            .contains("above 100%"));
        assert!(Rate::parse("-1%")
            .unwrap_err()
            .message
            .to_string()
            .contains("negative"));
        assert!(Rate::parse("abc")
            .unwrap_err()
            .message
            .to_string()
            .contains("not a percentage"));
        assert!(Rate::parse("5‰").unwrap_err().hint.is_some());
    }

    #[test]
    fn changes_are_percentage_points() {
        let drop = Rate::parse("11%")
            .unwrap()
            .change_to(Rate::parse("1.23%").unwrap());
        assert_eq!(drop.magnitude(), "9.77个百分点");
        assert!(drop.points().is_sign_negative());
    }

    #[test]
    fn shares_round_to_one_decimal() {
        assert_eq!(Rate::share(27, 76).unwrap().to_string(), "35.5%");
        assert_eq!(Rate::share(7, 7).unwrap().to_string(), "100%");
        assert_eq!(Rate::share(0, 7).unwrap().to_string(), "0%");
        assert_eq!(Rate::share(1, 0), None);
    }
}
