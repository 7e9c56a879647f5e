//! Quantities as officials write them (`8231万元`, `1.41万`, `1.23%`), parsed exactly.
//!
//! Money and rates are exact decimals, never binary floating point: a figure read
//! from YAML prints back digit for digit on every page, chart and table.

mod count;
mod money;
mod number;
mod rate;
mod stated;
mod status;
mod time;

pub use count::Count;
pub use money::{Money, MoneyUnit};
pub use number::decimal_to_f64;
pub use rate::{Rate, RateChange};
pub use stated::{Bound, Exact, Qualifier, Stated, Total};
pub use status::Status;
pub use time::{AsOf, Period, Year, YearOrPeriod};

use crate::messages::Msg;

/// Why a written quantity was not accepted; the loader adds the file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuantityError {
    /// What is wrong with the text.
    pub message: Msg,
    /// The written forms that would have been accepted.
    pub expected: Msg,
    /// How to fix it, when there is a likely fix.
    pub hint: Option<Msg>,
}

impl QuantityError {
    fn new(message: impl Into<Msg>, expected: impl Into<Msg>) -> Self {
        QuantityError {
            message: message.into(),
            expected: expected.into(),
            hint: None,
        }
    }

    fn with_hint(mut self, hint: impl Into<Msg>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl std::fmt::Display for QuantityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (expected {})", self.message, self.expected)
    }
}

impl std::error::Error for QuantityError {}
