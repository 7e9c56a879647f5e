//! What a region's money adds up to, for funds and credit alike. Dated rows add up (as
//! they always have); undated rows do not, since their time spans are unknown and may
//! overlap (近三年来 holds 今年以来): beside dated rows they are left out of the total,
//! and several undated rows alone have no total at all. One undated row is its own total.

use crate::model::region::{CreditRow, FundRow, Region};
use crate::quantity::{Money, Stated, Total};

/// A row of money with a time that may be unknown.
pub trait MoneyRow {
    /// True when the row has a year or period.
    fn dated(&self) -> bool;
    /// Its amount, if given.
    fn money(&self) -> Option<&Stated<Money>>;
}

impl MoneyRow for FundRow {
    fn dated(&self) -> bool {
        self.when.is_some()
    }
    fn money(&self) -> Option<&Stated<Money>> {
        Some(&self.amount)
    }
}

impl MoneyRow for CreditRow {
    fn dated(&self) -> bool {
        self.when.is_some()
    }
    fn money(&self) -> Option<&Stated<Money>> {
        self.amount.as_ref()
    }
}

/// Rows of money, the ones that add up, and their total.
#[derive(Debug, Clone)]
pub struct Sum<'a, R> {
    /// The rows the total adds up.
    pub rows: Vec<&'a R>,
    /// Their total; None when the rows are several undated ones.
    pub total: Option<Total<Money>>,
    /// Rows with an amount not added in.
    pub left_out: usize,
}

/// The rows of `rows` (those with an amount) that add up, and their total.
pub fn of<'a, R: MoneyRow>(rows: &[&'a R]) -> Sum<'a, R> {
    let with: Vec<&R> = rows
        .iter()
        .copied()
        .filter(|r| r.money().is_some())
        .collect();
    let dated: Vec<&R> = with.iter().copied().filter(|r| r.dated()).collect();
    let summed = match (dated.is_empty(), with.as_slice()) {
        (false, _) => dated,
        (true, [one]) => vec![*one],
        (true, _) => Vec::new(),
    };
    Sum {
        total: (!summed.is_empty()).then(|| Total::of(summed.iter().filter_map(|r| r.money()))),
        left_out: with.len() - summed.len(),
        rows: summed,
    }
}

/// The row with the largest amount, and its amount as written: what a card shows when
/// the rows have no total.
pub fn largest<R: MoneyRow>(rows: &[R]) -> Option<(&R, &Stated<Money>)> {
    rows.iter()
        .filter_map(|r| r.money().map(|m| (r, m)))
        .max_by_key(|(_, m)| m.value)
}

/// A region's funds, summed by the rule above.
pub fn funds(r: &Region) -> Sum<'_, FundRow> {
    of(&r.funds.iter().collect::<Vec<_>>())
}

/// A region's loans, summed by the rule above.
pub fn credit(r: &Region) -> Sum<'_, CreditRow> {
    of(&r.credit.iter().collect::<Vec<_>>())
}

impl<R> Sum<'_, R> {
    /// Words for a note when rows were left out: `另有2项未注明年份，未计入合计`.
    pub fn left_out_note(&self) -> Option<String> {
        (self.left_out > 0).then(|| {
            if self.total.is_some() {
                format!("另有{}项未注明年份，未计入合计", self.left_out)
            } else {
                format!("{}项时间口径不同，未合计", self.left_out)
            }
        })
    }
}
