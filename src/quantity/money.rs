//! Money: an exact decimal number of yuan.

use super::number::{parse_scaled, plain, NumberError};
use super::QuantityError;
use rust_decimal::Decimal;
use std::fmt;
use std::iter::Sum;
use std::ops::Add;

use crate::messages::catalog::data;

fn expected() -> crate::messages::Msg {
    data::money_expected()
}

/// An amount of money, kept as an exact decimal of yuan (no floating point).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

/// The unit a money figure is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyUnit {
    /// 元
    Yuan,
    /// 万元 (10⁴ yuan)
    Wan,
    /// 亿元 (10⁸ yuan)
    Yi,
}

impl MoneyUnit {
    /// The unit officials would choose for an amount of this size.
    pub fn for_amount(m: Money) -> Self {
        // 亿元 reads best with at most four decimals (1.2926亿元); a sum with more
        // (19.274933亿元) reads better, and just as exactly, in 万元 (192749.33万元).
        if m.0 >= Decimal::from(100_000_000u64) && m.in_unit(MoneyUnit::Yi).scale() <= 4 {
            MoneyUnit::Yi
        } else if m.0 >= Decimal::from(10_000u64) {
            MoneyUnit::Wan
        } else {
            MoneyUnit::Yuan
        }
    }

    /// The unit for an axis reaching `m`: by size alone, so ticks stay round (亿元 from 1亿).
    pub fn for_axis(m: Money) -> Self {
        if m.0 >= Decimal::from(100_000_000u64) {
            MoneyUnit::Yi
        } else if m.0 >= Decimal::from(10_000u64) {
            MoneyUnit::Wan
        } else {
            MoneyUnit::Yuan
        }
    }

    /// The unit's symbol: `元`, `万元`, `亿元`.
    pub fn symbol(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::Wan => "万元",
            MoneyUnit::Yi => "亿元",
        }
    }

    fn factor(self) -> Decimal {
        match self {
            MoneyUnit::Yuan => Decimal::ONE,
            MoneyUnit::Wan => Decimal::from(10_000u64),
            MoneyUnit::Yi => Decimal::from(100_000_000u64),
        }
    }
}

impl Money {
    /// An amount in whole yuan.
    pub fn from_yuan(yuan: Decimal) -> Self {
        Money(yuan.normalize())
    }

    /// Parses every written form of DESIGN.md: `8231万元`, `4.34亿元`, `1292万`, `4.5亿`, `43400000`.
    pub fn parse(text: &str) -> Result<Money, QuantityError> {
        let t = text.trim();
        let body = t.strip_suffix('元').unwrap_or(t);
        match parse_scaled(body) {
            Ok(s) => Ok(Money(s.value)),
            Err(NumberError::Negative) => Err(QuantityError::new(data::is_negative(t), expected())
                .with_hint(data::money_not_negative())),
            Err(NumberError::TooLarge) => {
                Err(QuantityError::new(data::money_too_large(t), expected()))
            }
            Err(NumberError::NotANumber) => {
                let mut e = QuantityError::new(data::not_money(t), expected());
                if t.ends_with('人') || t.ends_with('户') || t.ends_with('个') {
                    e = e.with_hint(data::money_looks_like_count());
                } else if t.ends_with("千元") || t.ends_with("百万") || t.ends_with("千万") {
                    e = e.with_hint(data::money_units());
                } else if t.contains('%') {
                    e = e.with_hint(data::money_looks_like_rate());
                }
                Err(e)
            }
        }
    }

    /// Exact yuan.
    pub fn yuan(self) -> Decimal {
        self.0
    }

    /// Exact value in a unit (for tables and chart axes).
    pub fn in_unit(self, unit: MoneyUnit) -> Decimal {
        (self.0 / unit.factor()).normalize()
    }

    /// True for zero yuan.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// A total as an official writes it: in 亿元 from 1亿, in 万元 from 1万, rounded to at
    /// most two decimals (`19.27亿元`, `15.86亿元`, `820.38万元`). Pages show computed totals
    /// this way; tables, tooltips and downloads keep the exact value.
    pub fn readable(self) -> String {
        let unit = MoneyUnit::for_axis(self);
        let v = self
            .in_unit(unit)
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        format!("{}{}", plain(v), unit.symbol())
    }

    /// Formats in a given unit, exactly: `8231万元`.
    pub fn format_in(self, unit: MoneyUnit) -> String {
        format!("{}{}", plain(self.in_unit(unit)), unit.symbol())
    }
}

impl fmt::Display for Money {
    /// Shown in 亿元 from 1亿 up, in 万元 from 1万 up, exactly: `4.34亿元`, `820.384万元`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format_in(MoneyUnit::for_amount(*self)))
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money((self.0 + rhs.0).normalize())
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn yuan(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn parses_every_written_form_exactly() {
        let cases = [
            ("8231万元", "82310000"),
            ("4.34亿元", "434000000"),
            ("820.384万元", "8203840"),
            ("1292万", "12920000"),
            ("4.5亿", "450000000"),
            ("43400000", "43400000"),
            ("43400000元", "43400000"),
            ("96.33万元", "963300"),
            (" 2.1亿元 ", "210000000"),
            ("0", "0"),
        ];
        for (text, expected) in cases {
            assert_eq!(Money::parse(text).unwrap().yuan(), yuan(expected), "{text}");
        }
    }

    #[test]
    fn rejects_with_reasons() {
        let e = Money::parse("4.34亿人").unwrap_err();
        assert!(e.message.to_string().contains("not an amount"), "{e}");
        assert!(Money::parse("18858人")
            .unwrap_err()
            .hint
            .unwrap()
            .to_string()
            .contains("count"));
        assert!(Money::parse("-5万元")
            .unwrap_err()
            .message
            .to_string()
            .contains("negative"));
        assert!(Money::parse("1.2e8").is_err());
        assert!(Money::parse("12%").unwrap_err().hint.is_some());
        assert!(Money::parse("").is_err());
    }

    #[test]
    fn readable_totals_round_to_two_decimals_in_the_officials_unit() {
        let cases = [
            ("19.274933亿元", "19.27亿元"),
            ("15.859633亿元", "15.86亿元"),
            ("820.384万元", "820.38万元"),
            ("4.34亿元", "4.34亿元"),
            ("2.675亿元", "2.68亿元"),
            ("9999", "9999元"),
            ("8700万元", "8700万元"),
        ];
        for (exact, shown) in cases {
            assert_eq!(Money::parse(exact).unwrap().readable(), shown, "{exact}");
        }
    }

    #[test]
    fn formats_by_magnitude_without_float_noise() {
        assert_eq!(Money::parse("8231万元").unwrap().to_string(), "8231万元");
        assert_eq!(Money::parse("4.34亿元").unwrap().to_string(), "4.34亿元");
        assert_eq!(
            Money::parse("820.384万元").unwrap().to_string(),
            "820.384万元"
        );
        assert_eq!(Money::parse("10000").unwrap().to_string(), "1万元");
        assert_eq!(Money::parse("5000").unwrap().to_string(), "5000元");
        assert_eq!(Money::parse("1亿").unwrap().to_string(), "1亿元");
        let sum: Money = ["4.34亿元", "8.89亿元"]
            .iter()
            .map(|t| Money::parse(t).unwrap())
            .sum();
        assert_eq!(sum.to_string(), "13.23亿元");
        assert_eq!(
            Money::parse("12926万元").unwrap().format_in(MoneyUnit::Wan),
            "12926万元"
        );
        assert_eq!(Money::parse("12926万元").unwrap().to_string(), "1.2926亿元");
        assert_eq!(
            Money::parse("19.274933亿元").unwrap().to_string(),
            "192749.33万元"
        );
    }
}
