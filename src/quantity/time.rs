//! Years and multi-year periods.

use super::QuantityError;
use std::fmt;

use crate::messages::catalog::data;

/// A calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Year(i32);

impl Year {
    /// Parses `2015` (also `2015年`); accepts 1949–2100.
    pub fn parse(text: &str) -> Result<Year, QuantityError> {
        let t = text.trim();
        let body = t.strip_suffix('年').unwrap_or(t);
        match body.parse::<i32>() {
            Ok(y) if (1949..=2100).contains(&y) => Ok(Year(y)),
            Ok(_) => Err(
                QuantityError::new(data::implausible_year(t), data::year_expected())
                    .with_hint(data::four_digit_year()),
            ),
            Err(_) => {
                let mut e = QuantityError::new(data::not_a_year(t), data::year_expected());
                if t.contains(['-', '—', '–', '~', '～', '至']) && Period::parse(t).is_ok() {
                    e = e.with_hint(data::use_period_key());
                }
                Err(e)
            }
        }
    }

    /// A year from its number (for tests and generated data).
    pub fn new(y: i32) -> Self {
        Year(y)
    }

    /// The number.
    pub fn get(self) -> i32 {
        self.0
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A range of whole years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    /// First year.
    pub start: Year,
    /// Last year.
    pub end: Year,
}

impl Period {
    /// Parses `2014-2018`, `2014—2018`, `2014–2018`, `2014~2018`, `2014至2018`.
    pub fn parse(text: &str) -> Result<Period, QuantityError> {
        let t = text.trim();
        let t2 = t.replace('年', "");
        let parts: Vec<&str> = t2
            .split(['-', '—', '–', '~', '～', '至', '到'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let err = || QuantityError::new(data::not_a_period(t), data::period_expected());
        if parts.len() == 1 && !t.contains(['-', '—', '–', '~', '～', '至', '到']) {
            // One year written where a period is expected: a period of one year.
            let y = Year::parse(parts[0]).map_err(|_| err())?;
            return Ok(Period { start: y, end: y });
        }
        if parts.len() != 2 {
            return Err(err());
        }
        let start = Year::parse(parts[0]).map_err(|_| err())?;
        let end = Year::parse(parts[1]).map_err(|_| err())?;
        if end < start {
            return Err(
                QuantityError::new(data::period_backwards(t), data::period_expected())
                    .with_hint(data::write_period_as(end.to_string(), start.to_string())),
            );
        }
        Ok(Period { start, end })
    }

    /// Number of years covered.
    pub fn years(self) -> i32 {
        self.end.0 - self.start.0 + 1
    }

    /// The canonical key used in figure references: `2014-2018`.
    pub fn key(self) -> String {
        if self.start == self.end {
            self.start.to_string()
        } else {
            format!("{}-{}", self.start, self.end)
        }
    }
}

impl fmt::Display for Period {
    /// `2014—2018` with the Chinese range dash.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}—{}", self.start, self.end)
        }
    }
}

/// A figure's time basis: one year or a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YearOrPeriod {
    /// One calendar year.
    Year(Year),
    /// Several years together.
    Period(Period),
}

impl YearOrPeriod {
    /// The key used in figure references (`2015`, `2013-2015`).
    pub fn key(self) -> String {
        match self {
            YearOrPeriod::Year(y) => y.to_string(),
            YearOrPeriod::Period(p) => p.key(),
        }
    }

    /// The first year covered.
    pub fn start_year(self) -> Year {
        match self {
            YearOrPeriod::Year(y) => y,
            YearOrPeriod::Period(p) => p.start,
        }
    }

    /// The last year covered (the sort key of bars in time order).
    pub fn end_year(self) -> Year {
        match self {
            YearOrPeriod::Year(y) => y,
            YearOrPeriod::Period(p) => p.end,
        }
    }
}

impl fmt::Display for YearOrPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            YearOrPeriod::Year(y) => write!(f, "{y}年"),
            YearOrPeriod::Period(p) => write!(f, "{p}年"),
        }
    }
}

/// The date a figure was true (`as_of`): a day, a month or a year, as precise as the
/// report says and no more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AsOf {
    /// The year.
    pub year: Year,
    /// The month 1–12, when stated.
    pub month: Option<u8>,
    /// The day of the month, when stated.
    pub day: Option<u8>,
}

impl AsOf {
    /// Parses `2019-12-31`, `2019-06`, `2019` (also `2019/6`, `2019年6月`, `2019年12月31日`).
    pub fn parse(text: &str) -> Result<AsOf, QuantityError> {
        let t = text.trim();
        let norm = t.replace(['/', '.', '年', '月'], "-").replace('日', "");
        let parts: Vec<&str> = norm.trim_end_matches('-').split('-').collect();
        let err = || QuantityError::new(data::not_a_date(t), data::date_expected());
        let year = Year::parse(parts[0]).map_err(|e| {
            if parts[0].trim().parse::<i32>().is_ok() {
                QuantityError::new(e.message, data::date_expected())
                    .with_hint(data::date_year_range())
            } else {
                err()
            }
        })?;
        let number = |s: &str| s.trim().parse::<u8>().map_err(|_| err());
        let month = parts.get(1).map(|m| number(m)).transpose()?;
        let day = parts.get(2).map(|d| number(d)).transpose()?;
        if parts.len() > 3 || month.is_some_and(|m| !(1..=12).contains(&m)) {
            return Err(err().with_hint(data::month_range()));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let y = year.get();
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                _ if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
                _ => 28,
            };
            if !(1..=days).contains(&d) {
                return Err(err().with_hint(data::days_in_month(y, m, days)));
            }
        }
        Ok(AsOf { year, month, day })
    }

    /// The canonical written form, used in downloads and references: `2019-12-31`, `2019-06`.
    pub fn key(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{}-{m:02}", self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for AsOf {
    /// `2019年12月31日`, `2019年6月`, `2019年`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}年", self.year)?;
        if let Some(m) = self.month {
            write!(f, "{m}月")?;
        }
        if let Some(d) = self.day {
            write!(f, "{d}日")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        assert_eq!(Year::parse("2015").unwrap().get(), 2015);
        assert_eq!(Year::parse("2015年").unwrap().get(), 2015);
        assert!(Year::parse("15")
            .unwrap_err()
            .message
            .to_string()
            .contains("plausible"));
        assert!(Year::parse("2014-2018")
            .unwrap_err()
            .hint
            .unwrap()
            .to_string()
            .contains("period"));
    }

    #[test]
    fn periods_in_every_dash() {
        for t in [
            "2014-2018",
            "2014—2018",
            "2014–2018",
            "2014~2018",
            "2014至2018",
            "2014年至2018年",
        ] {
            let p = Period::parse(t).unwrap();
            assert_eq!((p.start.get(), p.end.get()), (2014, 2018), "{t}");
            assert_eq!(p.key(), "2014-2018");
            assert_eq!(p.to_string(), "2014—2018");
        }
        assert!(Period::parse("2018-2014")
            .unwrap_err()
            .message
            .to_string()
            .contains("ends before"));
        let one = Period::parse("2015-2015").unwrap();
        assert_eq!(
            (one.key(), one.to_string()),
            ("2015".to_string(), "2015".to_string())
        );
        assert_eq!(Period::parse("2015").unwrap(), one);
        assert!(Period::parse("abc").is_err());
    }

    #[test]
    fn as_of_dates_as_precise_as_written() {
        for (t, key, shown) in [
            ("2019-12-31", "2019-12-31", "2019年12月31日"),
            ("2019-06", "2019-06", "2019年6月"),
            ("2019", "2019", "2019年"),
            ("2019年6月", "2019-06", "2019年6月"),
            ("2016/3/8", "2016-03-08", "2016年3月8日"),
        ] {
            let d = AsOf::parse(t).unwrap();
            assert_eq!(
                (d.key().as_str(), d.to_string().as_str()),
                (key, shown),
                "{t}"
            );
        }
        assert_eq!(
            AsOf::parse("2019-13")
                .unwrap_err()
                .hint
                .unwrap()
                .to_string(),
            "the month goes from 1 to 12"
        );
        assert_eq!(
            AsOf::parse("2019-02-30")
                .unwrap_err()
                .hint
                .unwrap()
                .to_string(),
            "2019年2月 has 28 days"
        );
        assert_eq!(
            AsOf::parse("1850-01").unwrap_err().message.to_string(),
            "`1850` is not a plausible year"
        );
        assert_eq!(
            AsOf::parse("去年").unwrap_err().message.to_string(),
            "`去年` is not a date"
        );
    }
}
