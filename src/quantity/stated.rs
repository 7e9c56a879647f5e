//! Figures as reports state them, qualifiers included: `8300余`, `20多亿元`, `4亿多元`,
//! `近5000万元`, `约1.2万人`, `逾3000户`, `300元以上`, `80%以上`.
//!
//! A qualified figure keeps its exact number (for sums and checks), how the qualifier
//! bounds the true value, and where the word was written, so it prints back as written.

use super::number::plain;
use super::{Count, Money, QuantityError, Rate};
use crate::messages::catalog::data;
use rust_decimal::Decimal;
use std::fmt;

/// What a qualifier says about the true value against the stated number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bound {
    /// No qualifier: the number is the value.
    Exact,
    /// 余, 多, 以上, 逾: the value is at least the number.
    AtLeast,
    /// 近: the value is at most the number.
    AtMost,
    /// 约: the value is near the number, either side.
    About,
}

impl Bound {
    /// The bound of a sum of figures with bounds `self` and `other`.
    pub fn and(self, other: Bound) -> Bound {
        match (self, other) {
            (Bound::Exact, b) | (b, Bound::Exact) => b,
            (a, b) if a == b => a,
            _ => Bound::About,
        }
    }

    /// How a computed total with this bound is written: `约19.27亿元`, `1.2万人以上`.
    pub fn mark(self, figure: &str) -> String {
        match self {
            Bound::Exact => figure.to_string(),
            Bound::AtLeast => format!("{figure}以上"),
            Bound::AtMost => format!("近{figure}"),
            Bound::About => format!("约{figure}"),
        }
    }

    /// Why a total is marked, for its note or tooltip.
    pub fn reason(self) -> Option<&'static str> {
        match self {
            Bound::Exact => None,
            Bound::AtLeast => Some("合计含“余”“多”“以上”等下限数，实际不少于此数"),
            Bound::AtMost => Some("合计含“近”字约数，实际不超过此数"),
            Bound::About => Some("合计含约数，仅供参考"),
        }
    }
}

/// A qualifier's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Word {
    /// 余
    Yu,
    /// 多
    Duo,
    /// 以上
    Yishang,
    /// 逾
    Exceeding,
    /// 近
    Jin,
    /// 约
    Yue,
}

impl Word {
    fn text(self) -> &'static str {
        match self {
            Word::Yu => "余",
            Word::Duo => "多",
            Word::Yishang => "以上",
            Word::Exceeding => "逾",
            Word::Jin => "近",
            Word::Yue => "约",
        }
    }
}

/// Where a qualifier word stands in the written figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Place {
    /// `近5000万元`, `约1.2万人`, `逾3000户`.
    Before,
    /// `8300余人`, `20多亿元`, `1200多万元`.
    AfterNumber,
    /// `4亿多元`, `8万余户`.
    AfterScale,
    /// `300元以上`, `80%以上`.
    AfterUnit,
}

/// A qualifier as written: its word, its place, and the scale (万, 亿) it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Qualifier {
    word: Word,
    place: Place,
    /// Powers of ten of the written scale: 0, 4 (万) or 8 (亿). A qualified figure is
    /// always shown in its written scale: 20多亿元 is not 200000多万元.
    scale: u8,
}

const BEFORE: &[(&str, Word)] = &[
    ("近", Word::Jin),
    ("约", Word::Yue),
    ("逾", Word::Exceeding),
];

/// The scale a figure is written in: 8 for 亿, 4 for 万, else 0.
fn written_scale(text: &str) -> u8 {
    if text.contains('亿') {
        8
    } else if text.contains('万') {
        4
    } else {
        0
    }
}
const INFIX: &[char] = &['余', '多'];

impl Qualifier {
    /// Splits a qualifier off `text`: the text left to parse as a number, and the qualifier.
    pub fn split(text: &str) -> Result<(String, Option<Qualifier>), QuantityError> {
        let t = text.trim();
        let mut found: Vec<(Word, Place)> = Vec::new();
        let mut rest = t.to_string();
        for (text, w) in BEFORE {
            if let Some(r) = rest.strip_prefix(text) {
                found.push((*w, Place::Before));
                rest = r.trim_start().to_string();
                break;
            }
        }
        if let Some(r) = rest.strip_suffix("以上") {
            found.push((Word::Yishang, Place::AfterUnit));
            rest = r.trim_end().to_string();
        }
        let chars: Vec<char> = rest.chars().collect();
        if let Some(i) = chars.iter().position(|c| INFIX.contains(c)) {
            let word = if chars[i] == '余' {
                Word::Yu
            } else {
                Word::Duo
            };
            let scale_after = chars.get(i + 1).is_some_and(|c| matches!(c, '万' | '亿'));
            let scale_before = i > 0 && matches!(chars[i - 1], '万' | '亿');
            let place = if scale_before && !scale_after {
                Place::AfterScale
            } else {
                Place::AfterNumber
            };
            found.push((word, place));
            rest = chars[..i].iter().chain(&chars[i + 1..]).collect();
        }
        match found.as_slice() {
            [] => Ok((rest, None)),
            [(word, place)] => {
                let q = Qualifier {
                    word: *word,
                    place: *place,
                    scale: written_scale(&rest),
                };
                Ok((rest, Some(q)))
            }
            _ => {
                let mut words = found
                    .iter()
                    .map(|(w, _)| crate::messages::Arg::from(w.text()));
                let first = words.next().unwrap_or_else(|| "".into());
                let words = words.fold(first, |a, b| data::qualifier_and(a, b).into());
                Err(
                    QuantityError::new(data::qualifiers_twice(t, words), data::one_qualifier())
                        .with_hint(data::keep_reports_qualifier()),
                )
            }
        }
    }

    /// `text` without a qualifier written before its number (`近5000万元` → `5000万元`).
    pub fn strip_leading(text: &str) -> &str {
        BEFORE
            .iter()
            .find_map(|(w, _)| text.strip_prefix(w))
            .unwrap_or(text)
    }

    /// The word as written: `余`, `多`, `以上`, `逾`, `近` or `约`.
    pub fn word(self) -> &'static str {
        self.word.text()
    }

    /// What the word says about the true value.
    pub fn bound(self) -> Bound {
        match self.word {
            Word::Jin => Bound::AtMost,
            Word::Yue => Bound::About,
            Word::Yu | Word::Duo | Word::Yishang | Word::Exceeding => Bound::AtLeast,
        }
    }

    /// Writes `exact` (in base units) back in the written scale, with the word where it was.
    fn write(self, exact: Decimal, unit: &str) -> String {
        let (number, scale) = in_scale(exact, self.scale);
        let w = self.word.text();
        match self.place {
            Place::Before => format!("{w}{number}{scale}{unit}"),
            Place::AfterNumber => format!("{number}{w}{scale}{unit}"),
            Place::AfterScale => format!("{number}{scale}{w}{unit}"),
            Place::AfterUnit => format!("{number}{scale}{unit}{w}"),
        }
    }
}

/// A quantity with an exact value in base units (yuan, people, percent).
pub trait Exact: Copy {
    /// The exact value.
    fn exact(&self) -> Decimal;
}

impl Exact for Money {
    fn exact(&self) -> Decimal {
        self.yuan()
    }
}

impl Exact for Count {
    fn exact(&self) -> Decimal {
        Decimal::from(self.get())
    }
}

impl Exact for Rate {
    fn exact(&self) -> Decimal {
        self.percent()
    }
}

impl Exact for Decimal {
    fn exact(&self) -> Decimal {
        *self
    }
}

/// A figure as a report states it: its exact number and, if any, its qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stated<T> {
    /// The number as written, exactly.
    pub value: T,
    /// `余`, `近`, `以上`…, if the report qualified it.
    pub qualifier: Option<Qualifier>,
    /// Powers of ten of the scale it was written in: 0, 4 (万) or 8 (亿).
    pub scale: u8,
}

impl<T: Exact> Stated<T> {
    /// An exact figure with no qualifier.
    pub fn exact(value: T) -> Self {
        Stated {
            value,
            qualifier: None,
            scale: 0,
        }
    }

    /// Parses a figure with the parser of its quantity, qualifier first.
    pub fn parse(
        text: &str,
        parse: impl FnOnce(&str) -> Result<T, QuantityError>,
    ) -> Result<Self, QuantityError> {
        let (rest, qualifier) = Qualifier::split(text)?;
        if qualifier.is_some() && rest.trim().is_empty() {
            return Err(QuantityError::new(
                data::qualifier_no_number(text.trim()),
                data::number_with_qualifier(),
            ));
        }
        match parse(&rest) {
            Ok(value) => Ok(Stated {
                value,
                qualifier,
                scale: written_scale(&rest),
            }),
            // Say what is wrong with the text as written (`很多`), not with what is left
            // once a qualifier-like character is taken out (`很`).
            Err(e) if qualifier.is_some() => Err(QuantityError {
                message: e.message.with_text_replaced(rest.trim(), text.trim()),
                ..e
            }),
            Err(e) => Err(e),
        }
    }

    /// What the qualifier says about the true value.
    pub fn bound(&self) -> Bound {
        self.qualifier.map_or(Bound::Exact, Qualifier::bound)
    }

    /// True when the report qualified the figure.
    pub fn is_qualified(&self) -> bool {
        self.qualifier.is_some()
    }

    /// The least the true value can be, and the most (None: no upper limit), for checks.
    pub fn range(&self) -> (Decimal, Option<Decimal>) {
        let v = self.value.exact();
        match self.bound() {
            Bound::Exact => (v, Some(v)),
            Bound::AtLeast => (v, None),
            Bound::AtMost => (Decimal::ZERO, Some(v)),
            Bound::About => (Decimal::ZERO, None),
        }
    }

    /// The least and the most a reader takes the figure for, narrower than [`Self::range`]:
    /// 余 and 多 reach up one step of the last written digit (`8300余` is 8300 to 8400,
    /// `20多亿` 20亿 to 30亿), 近 down one step (`近2万` is 1万 to 2万), 约 one step either
    /// side; only 以上 and 逾 have no upper limit. For comparing figures from different
    /// tables (a total against its parts), where `8300余` must not stand for 9000.
    pub fn reading(&self) -> (Decimal, Option<Decimal>) {
        let v = self.value.exact();
        let step = last_digit_step(v);
        match self.qualifier.map(|q| q.word) {
            None => (v, Some(v)),
            Some(Word::Yu | Word::Duo) => (v, Some(v + step)),
            Some(Word::Yishang | Word::Exceeding) => (v, None),
            Some(Word::Jin) => ((v - step).max(Decimal::ZERO), Some(v)),
            Some(Word::Yue) => ((v - step).max(Decimal::ZERO), Some(v + step)),
        }
    }

    /// True only when the figure must exceed `other` whatever their qualifiers allow:
    /// `5000余` may equal `近5000`, and an exact `300` exceeds an exact `200`.
    pub fn surely_exceeds<U: Exact>(&self, other: &Stated<U>) -> bool {
        let (lo, _) = self.range();
        matches!(other.range().1, Some(hi) if lo > hi)
    }

    /// Written with `unit` after the number, the qualifier where the report put it;
    /// `plain` writes an unqualified figure.
    fn written_with(&self, unit: &str, plain: impl FnOnce(&T) -> String) -> String {
        match self.qualifier {
            Some(q) => q.write(self.value.exact(), unit),
            None => plain(&self.value),
        }
    }
}

/// The place value of the last nonzero digit of `v`: 100 for 8300, 1万 for 2万, 0.1 for 1.5;
/// 1 for zero.
fn last_digit_step(v: Decimal) -> Decimal {
    let n = v.normalize();
    if n.is_zero() {
        return Decimal::ONE;
    }
    if n.scale() > 0 {
        return Decimal::new(1, n.scale());
    }
    let (mut m, mut step) = (n.mantissa().abs(), Decimal::ONE);
    while m % 10 == 0 {
        m /= 10;
        step *= Decimal::TEN;
    }
    step
}

/// `exact` written in a scale, with the scale's word: (`1.41`, `万`).
fn in_scale(exact: Decimal, scale: u8) -> (String, &'static str) {
    match scale {
        8 => (plain(exact / Decimal::from(100_000_000u64)), "亿"),
        4 => (plain(exact / Decimal::from(10_000u64)), "万"),
        _ => (plain(exact), ""),
    }
}

impl Stated<Count> {
    /// With a unit word, in the scale it was written in: `8300余人`, `8万余户`, `近2万人`,
    /// `1.41万人`, `34261人`.
    pub fn with_unit(&self, unit: &str) -> String {
        let scale = self.scale;
        self.written_with(unit, |c| {
            let (number, word) = in_scale(c.exact(), scale);
            format!("{number}{word}{unit}")
        })
    }
}

impl Stated<Decimal> {
    /// With a unit, in the scale it was written in: `8300余人次`, `80%以上`, `98%`, `6.18万头`.
    pub fn with_unit(&self, unit: &str) -> String {
        let scale = self.scale;
        self.written_with(unit, |d| {
            let (number, word) = in_scale(*d, scale);
            format!("{number}{word}{unit}")
        })
    }
}

impl fmt::Display for Stated<Money> {
    /// `20多亿元`, `近5000万元`, `4.34亿元`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written_with("元", Money::to_string))
    }
}

impl fmt::Display for Stated<Rate> {
    /// `80%以上`, `1.23%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written_with("%", Rate::to_string))
    }
}

impl fmt::Display for Stated<Count> {
    /// `8300余`, `1.41万`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.with_unit(""))
    }
}

/// A total of stated figures: the exact sum, marked when a term was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total<T> {
    /// The exact sum of the stated numbers.
    pub value: T,
    /// What the terms' qualifiers say about the true total.
    pub bound: Bound,
    /// How many terms were qualified.
    pub qualified: usize,
    /// The one figure summed, when there was one: a "total" of one figure is shown as
    /// the report wrote it (`20多亿元`, not `20亿元以上`).
    pub only: Option<Stated<T>>,
}

impl<T: Exact + std::iter::Sum<T>> Total<T> {
    /// Sums figures; the total's bound joins theirs.
    pub fn of<'a>(figures: impl IntoIterator<Item = &'a Stated<T>>) -> Self
    where
        T: 'a,
    {
        let mut bound = Bound::Exact;
        let mut qualified = 0;
        let mut values = Vec::new();
        let mut terms = Vec::new();
        for f in figures {
            bound = bound.and(f.bound());
            qualified += usize::from(f.is_qualified());
            values.push(f.value);
            terms.push(*f);
        }
        Total {
            value: values.into_iter().sum(),
            bound,
            qualified,
            only: match terms.as_slice() {
                [one] => Some(*one),
                _ => None,
            },
        }
    }
}

impl Total<Money> {
    /// Readable and marked: `约19.27亿元`, `15.86亿元`; one figure as written.
    pub fn readable(&self) -> String {
        match self.only {
            Some(one) => one.to_string(),
            None => self.bound.mark(&self.value.readable()),
        }
    }

    /// Exact and marked: `约192749.33万元`; one figure as written.
    pub fn exact_text(&self) -> String {
        match self.only {
            Some(one) => one.to_string(),
            None => self.bound.mark(&self.value.to_string()),
        }
    }
}

impl Total<Count> {
    /// Marked, with a unit word: `1.2万人以上`; one figure as written (`8300余人`).
    pub fn with_unit(&self, unit: &str) -> String {
        match self.only {
            Some(one) => one.with_unit(unit),
            None => self.bound.mark(&self.value.with_unit(unit)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(t: &str) -> Stated<Money> {
        Stated::parse(t, Money::parse).unwrap()
    }

    fn count(t: &str) -> Stated<Count> {
        Stated::parse(t, |s| Count::parse(s, None)).unwrap()
    }

    #[test]
    fn every_qualified_form_parses_to_its_number_and_prints_as_written() {
        let cases = [
            ("3700余万元", "37000000", "3700余万元", Bound::AtLeast),
            ("20多亿元", "2000000000", "20多亿元", Bound::AtLeast),
            ("4亿多元", "400000000", "4亿多元", Bound::AtLeast),
            ("1200多万元", "12000000", "1200多万元", Bound::AtLeast),
            ("近5000万元", "50000000", "近5000万元", Bound::AtMost),
            ("300元以上", "300", "300元以上", Bound::AtLeast),
            ("约1.2亿元", "120000000", "约1.2亿元", Bound::About),
            ("4.34亿元", "434000000", "4.34亿元", Bound::Exact),
        ];
        for (text, yuan, shown, bound) in cases {
            let m = money(text);
            assert_eq!(m.value.yuan().to_string(), yuan, "{text}");
            assert_eq!(m.to_string(), shown, "{text}");
            assert_eq!(m.bound(), bound, "{text}");
        }
        let counts = [
            ("8300余", 8300, "8300余人"),
            ("8300余人", 8300, "8300余人"),
            ("近2万人", 20_000, "近2万人"),
            ("8万余户", 80_000, "8万余户"),
            ("5000余户", 5000, "5000余户"),
            ("约1.2万人", 12_000, "约1.2万人"),
            ("逾3000户", 3000, "逾3000户"),
        ];
        for (text, n, shown) in counts {
            let c = count(text);
            assert_eq!(c.value.get(), n, "{text}");
            let unit = if shown.ends_with('户') { "户" } else { "人" };
            assert_eq!(c.with_unit(unit), shown, "{text}");
        }
        let d = Stated::parse("6.18万", |t| Money::parse(t).map(|m| m.yuan())).unwrap();
        assert_eq!(
            (d.value.to_string(), d.with_unit("头")),
            ("61800".into(), "6.18万头".into())
        );
        let r = Stated::parse("80%以上", Rate::parse).unwrap();
        assert_eq!(r.value.to_string(), "80%");
        assert_eq!(r.to_string(), "80%以上");
        assert_eq!(r.bound(), Bound::AtLeast);
    }

    #[test]
    fn two_qualifiers_or_no_number_are_refused() {
        let e = Stated::parse("近8300余人", |s| Count::parse(s, None)).unwrap_err();
        assert_eq!(
            e.message.to_string(),
            "`近8300余人` has 近 and 余 qualifiers"
        );
        let e = Stated::parse("余", |s| Count::parse(s, None)).unwrap_err();
        assert_eq!(e.message.to_string(), "`余` has a qualifier but no number");
    }

    #[test]
    fn totals_join_bounds_and_say_so() {
        let t = Total::of(&[money("8231万元"), money("3700余万元")]);
        assert_eq!(t.value.to_string(), "1.1931亿元");
        assert_eq!(t.bound, Bound::AtLeast);
        assert_eq!(t.readable(), "1.19亿元以上");
        let t = Total::of(&[money("近5000万元"), money("3700余万元")]);
        assert_eq!(t.bound, Bound::About);
        assert_eq!(t.readable(), "约8700万元");
        let t = Total::of(&[money("4.34亿元"), money("8.89亿元")]);
        assert_eq!(t.readable(), "13.23亿元");
        assert_eq!(t.qualified, 0);
        // A total of one figure is that figure, as written.
        let t = Total::of(&[money("20多亿元")]);
        assert_eq!(
            (t.readable(), t.exact_text()),
            ("20多亿元".into(), "20多亿元".into())
        );
    }

    #[test]
    fn readings_stop_at_the_next_step_of_the_written_digits() {
        let d = |n: i64| Decimal::from(n);
        assert_eq!(count("8300余").reading(), (d(8300), Some(d(8400))));
        assert_eq!(count("8万余户").reading(), (d(80_000), Some(d(90_000))));
        assert_eq!(count("近2万人").reading(), (d(10_000), Some(d(20_000))));
        assert_eq!(count("约1.2万人").reading(), (d(11_000), Some(d(13_000))));
        assert_eq!(count("逾3000户").reading(), (d(3000), None));
        assert_eq!(count("18858").reading(), (d(18858), Some(d(18858))));
        let m = money("20多亿元").reading();
        assert_eq!(m, (d(2_000_000_000), Some(d(3_000_000_000))));
        let m = money("4亿多元").reading();
        assert_eq!(m, (d(400_000_000), Some(d(500_000_000))));
    }

    #[test]
    fn ranges_bound_checks() {
        assert_eq!(count("8300余").range(), (Decimal::from(8300), None));
        assert_eq!(
            count("近2万").range(),
            (Decimal::ZERO, Some(Decimal::from(20_000)))
        );
        assert_eq!(
            count("18858").range(),
            (Decimal::from(18858), Some(Decimal::from(18858)))
        );
    }
}
