//! What every chart kind has: gridlines, legend names and the value axis with its unit.

use super::axis::ValueAxis;
use super::canvas::Canvas;
use super::layout::{centred_baseline, Anchor, Label, LegendSlot, Placer};
use super::{palette, size, ChartError};

/// Gridlines across the plot at every tick but zero (bar charts draw their baseline).
pub fn gridlines(
    canvas: &Canvas<'_>,
    axis: &ValueAxis,
    (left, right): (f64, f64),
    y_of: impl Fn(f64) -> f64,
) -> Result<(), ChartError> {
    for t in axis.ticks.iter().filter(|t| **t != 0.0) {
        canvas.line(&[(left, y_of(*t)), (right, y_of(*t))], palette::GRID, 1)?;
    }
    Ok(())
}

/// Places legend names right of their slots' swatches.
pub fn legend(placer: &mut Placer, names: &[String], slots: &[LegendSlot]) {
    for (name, slot) in names.iter().zip(slots) {
        let b = centred_baseline(slot.cy, size::LEGEND);
        let l = Label::new(
            name,
            size::LEGEND,
            palette::TEXT,
            slot.x + slot.w + 6.0,
            b,
            Anchor::Start,
        );
        placer.try_place(l, false, false);
    }
}

/// Places tick labels right-aligned left of the axis, and the unit above them.
pub fn value_axis(
    placer: &mut Placer,
    axis: &ValueAxis,
    texts: &[String],
    unit: &str,
    plot_left: f64,
    plot_top: f64,
    y_of: &dyn Fn(f64) -> f64,
) {
    for (t, text) in axis.ticks.iter().zip(texts) {
        let b = centred_baseline(y_of(*t), size::TICK);
        let l = Label::new(
            text,
            size::TICK,
            palette::MUTED,
            plot_left - 8.0,
            b,
            Anchor::End,
        );
        placer.try_place(l, false, false);
    }
    if unit.is_empty() {
        return;
    }
    // Right-aligned with the ticks when it fits in the margin, else from the left edge.
    let b = plot_top - 14.0;
    let right = Label::new(
        unit,
        size::TICK,
        palette::MUTED,
        plot_left - 8.0,
        b,
        Anchor::End,
    );
    if !placer.try_place(right, false, false) {
        let left = Label::new(unit, size::TICK, palette::MUTED, 4.0, b, Anchor::Start);
        placer.try_place(left, false, false);
    }
}

/// Tick texts and the left edge of the plot that leaves room for the widest.
pub fn tick_texts(axis: &ValueAxis, width: f64) -> (Vec<String>, f64) {
    let texts: Vec<String> = axis.ticks.iter().map(|t| axis.format(*t)).collect();
    let w = texts
        .iter()
        .map(|t| super::font::text_width(t, size::TICK))
        .fold(0.0, f64::max);
    (texts, (8.0 + w + 8.0).min(width / 2.0))
}
