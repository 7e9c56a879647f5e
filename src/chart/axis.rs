//! Axis scales: round value ticks starting at zero, and whole-year ticks.

/// A linear value axis with round ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueAxis {
    /// Lowest value on the axis (0 unless a value is negative).
    pub min: f64,
    /// Highest value on the axis (a multiple of `step`).
    pub max: f64,
    /// Distance between ticks (1, 2 or 5 times a power of ten).
    pub step: f64,
    /// Tick values from `min` to `max`.
    pub ticks: Vec<f64>,
}

impl ValueAxis {
    /// Chooses round ticks covering `lo..=hi` (with 0 included) in about `target` steps.
    ///
    /// Returns `None` when the values are too large for the ticks to be finite.
    pub fn new(lo: f64, hi: f64, target: usize) -> Option<ValueAxis> {
        let lo = lo.min(0.0);
        let hi = hi.max(0.0);
        if !lo.is_finite() || !hi.is_finite() {
            return None;
        }
        // An all-zero chart still gets a readable integer axis.
        if hi - lo <= 0.0 {
            return Self::with_step(0.0, 5.0, 1.0);
        }
        let raw = (hi - lo) / target.max(1) as f64;
        let mag = 10f64.powf(raw.log10().floor());
        let norm = raw / mag;
        let nice = if norm <= 1.0 {
            1.0
        } else if norm <= 2.0 {
            2.0
        } else if norm <= 5.0 {
            5.0
        } else {
            10.0
        };
        let step = nice * mag;
        let min = (lo / step).floor() * step;
        let max = (hi / step).ceil() * step;
        Self::with_step(min, max, step)
    }

    /// Builds the tick list, refusing non-finite or absurdly many ticks.
    fn with_step(min: f64, max: f64, step: f64) -> Option<ValueAxis> {
        if !(min.is_finite() && max.is_finite() && step.is_finite()) || step <= 0.0 {
            return None;
        }
        let count = ((max - min) / step).round();
        if !(0.0..=100.0).contains(&count) {
            return None;
        }
        let ticks = (0..=count as usize)
            .map(|i| min + step * i as f64)
            .collect();
        Some(ValueAxis {
            min,
            max,
            step,
            ticks,
        })
    }

    /// Position of `v` between `min` (0.0) and `max` (1.0).
    pub fn fraction(&self, v: f64) -> f64 {
        if self.max > self.min {
            ((v - self.min) / (self.max - self.min)).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Tick text: as many decimals as the step needs, exponent form for huge values.
    pub fn format(&self, v: f64) -> String {
        if v.abs() >= 1e9 {
            return format!("{v:e}");
        }
        let mut decimals = 0;
        while decimals < 6 {
            let scaled = self.step * 10f64.powi(decimals);
            if (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0) {
                break;
            }
            decimals += 1;
        }
        let s = format!("{:.*}", decimals as usize, v);
        // "-0" is what rounding a tiny negative gives; it is zero on the axis.
        if s.trim_start_matches('-')
            .chars()
            .all(|c| c == '0' || c == '.')
        {
            s.trim_start_matches('-').to_string()
        } else {
            s
        }
    }
}

/// Whole years to put ticks at between `first` and `last`, every `step` years,
/// where `step` (1, 2, 5, 10, …) is the smallest that keeps labels `label_w` px
/// wide apart when one year is `px_per_year` px.
pub fn year_ticks(first: i64, last: i64, px_per_year: f64, label_w: f64) -> Vec<i64> {
    if last <= first {
        return vec![first];
    }
    // 1, 2, 5, 10, 20, 50, …: steps that read as round intervals.
    let mut step: i64 = 1;
    let mut i = 0;
    while !(step as f64 * px_per_year >= label_w || step >= last - first) {
        step = match i % 3 {
            1 => step / 2 * 5,
            _ => step * 2,
        };
        i += 1;
    }
    let start = first.div_euclid(step) * step;
    let start = if start < first { start + step } else { start };
    let mut ticks = Vec::new();
    let mut y = start;
    while y <= last {
        ticks.push(y);
        y += step;
    }
    if ticks.is_empty() {
        ticks.push(first);
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_ticks_from_zero() {
        let a = ValueAxis::new(0.0, 11.0, 5).unwrap();
        assert_eq!(a.min, 0.0);
        assert_eq!(a.step, 5.0);
        assert_eq!(a.ticks, vec![0.0, 5.0, 10.0, 15.0]);
        let b = ValueAxis::new(1.23, 8.61, 5).unwrap();
        assert_eq!(b.ticks, vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(b.format(4.0), "4");
        let c = ValueAxis::new(0.0, 1.3, 5).unwrap();
        assert_eq!(c.format(c.ticks[1]), "0.5");
    }

    #[test]
    fn zero_and_huge_values() {
        let z = ValueAxis::new(0.0, 0.0, 5).unwrap();
        assert_eq!(z.ticks.len(), 6);
        let h = ValueAxis::new(0.0, 3e15, 5).unwrap();
        assert!(h.ticks.iter().all(|t| t.is_finite()));
        assert_eq!(h.format(1e15), "1e15");
        assert!(ValueAxis::new(0.0, f64::MAX, 5).is_none());
    }

    #[test]
    fn whole_year_ticks() {
        assert_eq!(
            year_ticks(2014, 2018, 100.0, 40.0),
            (2014..=2018).collect::<Vec<_>>()
        );
        assert_eq!(
            year_ticks(2001, 2020, 25.0, 40.0),
            (2002..=2020).step_by(2).collect::<Vec<_>>()
        );
        assert_eq!(year_ticks(2016, 2016, 100.0, 40.0), vec![2016]);
        assert!(!year_ticks(i32::MIN.into(), i32::MAX.into(), 0.0001, 40.0).is_empty());
    }
}
