//! Whether a target was reached, and by how much: one rule for the key-figure cards, the
//! `targets` chart sentences and the region page's table, which word it differently.

use crate::quantity::Count;

/// What was achieved against a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetOutcome {
    /// Above the target, by this much.
    Exceeded(Count),
    /// Exactly the target.
    Met,
    /// Below the target, short by this much.
    Missed(Count),
}

impl TargetOutcome {
    /// The outcome of `actual` against `target`.
    pub fn of(target: Count, actual: Count) -> Self {
        let (t, a) = (target.get(), actual.get());
        match a.cmp(&t) {
            std::cmp::Ordering::Greater => TargetOutcome::Exceeded(Count::new(a - t)),
            std::cmp::Ordering::Equal => TargetOutcome::Met,
            std::cmp::Ordering::Less => TargetOutcome::Missed(Count::new(t - a)),
        }
    }

    /// True when the target was met or exceeded.
    pub fn reached(self) -> bool {
        !matches!(self, TargetOutcome::Missed(_))
    }

    // The wordings below call a met target 超额完成 too: that is what the site has always
    // printed, kept so pages do not change.

    /// The key-figure card's word: `超额完成` or `未完成`.
    pub fn card_word(self) -> &'static str {
        if self.reached() {
            "超额完成"
        } else {
            "未完成"
        }
    }

    /// The chart sentence's word before `目标的N%`: `超额完成` or `完成` (a part of it).
    pub fn sentence_word(self) -> &'static str {
        if self.reached() {
            "超额完成"
        } else {
            "完成"
        }
    }

    /// The table cell under 完成情况: `超额完成120人` or `差30人`.
    pub fn table_cell(self, unit: &str) -> String {
        match self {
            TargetOutcome::Exceeded(by) => format!("超额完成{}", by.with_unit(unit)),
            TargetOutcome::Met => format!("超额完成{}", Count::new(0).with_unit(unit)),
            TargetOutcome::Missed(by) => format!("差{}", by.with_unit(unit)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(target: u64, actual: u64) -> TargetOutcome {
        TargetOutcome::of(Count::new(target), Count::new(actual))
    }

    #[test]
    fn says_exceeded_met_or_missed_and_by_how_much() {
        assert_eq!(of(100, 120), TargetOutcome::Exceeded(Count::new(20)));
        assert_eq!(of(100, 100), TargetOutcome::Met);
        assert_eq!(of(100, 70), TargetOutcome::Missed(Count::new(30)));
        assert_eq!(of(0, 0), TargetOutcome::Met);
        assert_eq!(
            of(0, u64::MAX),
            TargetOutcome::Exceeded(Count::new(u64::MAX))
        );
        assert!(of(100, 100).reached() && of(1, 2).reached() && !of(2, 1).reached());
    }

    #[test]
    fn each_place_words_it_as_it_always_has() {
        let (over, met, under) = (of(100, 120), of(100, 100), of(100, 70));
        assert_eq!(
            [over.card_word(), met.card_word(), under.card_word()],
            ["超额完成", "超额完成", "未完成"]
        );
        assert_eq!(
            [
                over.sentence_word(),
                met.sentence_word(),
                under.sentence_word()
            ],
            ["超额完成", "超额完成", "完成"]
        );
        assert_eq!(over.table_cell("人"), "超额完成20人");
        assert_eq!(met.table_cell("户"), "超额完成0户");
        assert_eq!(under.table_cell("个"), "差30个");
        assert_eq!(of(0, 200_000).table_cell("人"), "超额完成20万人");
    }
}
