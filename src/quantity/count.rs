//! Counts of people, households, projects: whole numbers, with 万/亿 allowed.

use super::number::{parse_scaled, plain, NumberError};
use super::QuantityError;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt;

use crate::messages::catalog::data;

fn expected() -> crate::messages::Msg {
    data::count_expected()
}

/// Unit words a count may be written with; longest first so `人次` wins over `次`.
const UNITS: &[&str] = &[
    "人次", "人", "户", "个", "项", "家", "所", "次", "名", "村", "座", "处", "头", "套", "间",
];

/// A whole count (people, households, projects).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Count(u64);

impl Count {
    /// A count of `n`.
    pub fn new(n: u64) -> Self {
        Count(n)
    }

    /// Parses `18858`, `1.41万`, `7.65万人`, `14.12亿`, `1375户`.
    ///
    /// When `unit` is given (`人` for people, `户` for households) a different written
    /// unit is an error: `households: 1375人` is almost always a column mix-up.
    pub fn parse(text: &str, unit: Option<&str>) -> Result<Count, QuantityError> {
        let t = text.trim();
        let (body, written_unit) = split_unit(t);
        if let (Some(want), Some(got)) = (unit, written_unit) {
            if want != got {
                return Err(
                    QuantityError::new(data::count_wrong_unit(t, got, want), expected())
                        .with_hint(data::count_wrong_unit_hint(body, want)),
                );
            }
        }
        let value = match parse_scaled(body) {
            Ok(s) => s.value,
            Err(NumberError::Negative) => {
                return Err(QuantityError::new(data::is_negative(t), expected()))
            }
            Err(NumberError::TooLarge) => {
                return Err(QuantityError::new(data::is_too_large(t), expected()))
            }
            Err(NumberError::NotANumber) => {
                let mut e = QuantityError::new(data::not_a_count(t), expected());
                if t.ends_with('元') {
                    e = e.with_hint(data::count_looks_like_money());
                } else if t.ends_with('%') {
                    e = e.with_hint(data::count_looks_like_rate());
                } else if t.ends_with("余") || t.ends_with("多") || t.contains("余人") {
                    e = e.with_hint(data::count_without_approx());
                }
                return Err(e);
            }
        };
        if value.fract() != Decimal::ZERO {
            return Err(
                QuantityError::new(data::count_not_whole(t, plain(value)), expected())
                    .with_hint(data::count_must_be_whole()),
            );
        }
        value
            .to_u64()
            .map(Count)
            .ok_or_else(|| QuantityError::new(data::is_too_large(t), expected()))
    }

    /// The number.
    pub fn get(self) -> u64 {
        self.0
    }

    /// Formats with a unit word: `34261人`, `40.18万人` (万 only for round figures from 10万 up).
    pub fn with_unit(self, unit: &str) -> String {
        format!("{self}{unit}")
    }
}

/// Splits a trailing unit word off: `1375户` → (`1375`, Some(`户`)).
fn split_unit(t: &str) -> (&str, Option<&'static str>) {
    for u in UNITS {
        if let Some(body) = t.strip_suffix(u) {
            return (body.trim_end(), Some(u));
        }
    }
    (t, None)
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 >= 100_000 && self.0.is_multiple_of(100) {
            write!(
                f,
                "{}万",
                plain(Decimal::from(self.0) / Decimal::from(10_000u64))
            )
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl std::ops::Add for Count {
    type Output = Count;
    fn add(self, rhs: Count) -> Count {
        Count(self.0.saturating_add(rhs.0))
    }
}

impl std::iter::Sum for Count {
    fn sum<I: Iterator<Item = Count>>(iter: I) -> Count {
        iter.fold(Count(0), |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_written_form() {
        let cases = [
            ("1.41万", 14_100),
            ("7.65万人", 76_500),
            ("14.12亿", 1_412_000_000),
            ("18858", 18_858),
            ("18858人", 18_858),
            ("1375户", 1_375),
            ("40.18万", 401_800),
            ("13,065", 13_065),
        ];
        for (text, n) in cases {
            assert_eq!(Count::parse(text, None).unwrap().get(), n, "{text}");
        }
    }

    #[test]
    fn rejects_fractions_wrong_units_and_garbage() {
        let e = Count::parse("1.41235万", None).unwrap_err();
        assert!(e.message.to_string().contains("not a whole number"), "{e}");
        let e = Count::parse("1375人", Some("户")).unwrap_err();
        assert!(e.message.to_string().contains("counted in 人"), "{e}");
        assert!(Count::parse("8300余人", None)
            .unwrap_err()
            .hint
            .unwrap()
            .to_string()
            .contains("余"));
        assert!(Count::parse("4.34亿元", None)
            .unwrap_err()
            .hint
            .unwrap()
            .to_string()
            .contains("money"));
        assert!(Count::parse("-3", None).is_err());
        assert!(Count::parse("many", None).is_err());
    }

    #[test]
    fn formats_round_large_counts_in_wan() {
        assert_eq!(Count::new(34_261).with_unit("人"), "34261人");
        assert_eq!(Count::new(401_800).with_unit("人"), "40.18万人");
        assert_eq!(Count::new(14_100).to_string(), "14100");
        assert_eq!(Count::new(0).to_string(), "0");
    }
}
