//! What a region's money adds up to. Dated rows add up (as they always have); undated
//! rows do not, since their time spans are unknown and may overlap (近三年来 holds 今年以来):
//! beside dated rows they are left out of the total, and several undated rows alone have
//! no total at all. One undated row is its own total.

use crate::model::region::{FundRow, Region};
use crate::quantity::{Money, Total};

/// A region's funds total and what it leaves out.
#[derive(Debug, Clone)]
pub struct FundsTotal<'a> {
    /// The rows the total adds up.
    pub rows: Vec<&'a FundRow>,
    /// Their total; None when the rows are several undated ones.
    pub total: Option<Total<Money>>,
    /// Undated rows not added in.
    pub left_out: usize,
}

/// The rows of `rows` that add up, and their total.
pub fn of<'a>(rows: &[&'a FundRow]) -> FundsTotal<'a> {
    let dated: Vec<&FundRow> = rows.iter().copied().filter(|f| f.when.is_some()).collect();
    let summed = match (dated.is_empty(), rows) {
        (false, _) => dated,
        (true, [one]) => vec![*one],
        (true, _) => Vec::new(),
    };
    FundsTotal {
        total: (!summed.is_empty()).then(|| Total::of(summed.iter().map(|f| &f.amount))),
        left_out: rows.len() - summed.len(),
        rows: summed,
    }
}

/// A region's funds total over all its rows.
pub fn region(r: &Region) -> FundsTotal<'_> {
    of(&r.funds.iter().collect::<Vec<_>>())
}

impl FundsTotal<'_> {
    /// Words for a note when rows were left out: `另有2项资金未注明年份，未计入合计`.
    pub fn left_out_note(&self) -> Option<String> {
        (self.left_out > 0).then(|| {
            if self.total.is_some() {
                format!("另有{}项资金未注明年份，未计入合计", self.left_out)
            } else {
                format!("{}项资金时间口径不同，未合计", self.left_out)
            }
        })
    }
}
