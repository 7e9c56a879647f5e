//! What stacked and grouped bar charts share: the legend of squares, the frame of a
//! value axis and one slot per category with its caption, the bars' fills, their
//! tooltips and the rows for a figure beyond a bar's end; their numbers named once.

use super::axis::ValueAxis;
use super::canvas::Canvas;
use super::captions::{place_captions, slot_layout, Captions, SlotLayout, MIN_PLOT};
use super::font::{ASCENT, DESCENT};
use super::frame;
use super::layout::{legend_rows_each, line_step, LegendSlot, Placer, Rect};
use super::palette::Rgb;
use super::palette::{self, Pattern};
use super::{size, ChartError, ChartSpec};

/// Legend swatch of a bar series: a square.
pub const SWATCH: f64 = 14.0;
/// Margin left of the legend and right of the legend and the plot.
const EDGE: f64 = 8.0;
/// Top of the legend's first row.
const LEGEND_TOP: f64 = 6.0;
/// Room first reckoned for the captions under the plot: the tick count needs the plot's
/// height before the captions are laid out, since they need the tick labels' width.
const CAPTIONS_GUESS: f64 = 40.0;
/// Plot height per tick, and the fewest and most ticks.
const TICK_SPACING: f64 = 55.0;
const MIN_TICKS: f64 = 3.0;
const MAX_TICKS: f64 = 8.0;
/// How much lighter a period bar is than a one-year bar.
pub const PERIOD_TINT: f64 = 0.6;
/// How much lighter a period bar's hatching is than its series' colour.
const HATCH_TINT: f64 = 0.3;
/// How much lighter a one-year bar's texture is than its series' colour.
const TEXTURE_TINT: f64 = 0.55;

/// The legend's slots for `names` with these swatch widths, and the legend's bottom.
pub fn legend(names: &[String], swatches: &[f64], width: f64) -> (Vec<LegendSlot>, f64) {
    legend_rows_each(
        names,
        size::LEGEND,
        swatches,
        EDGE,
        width - EDGE,
        LEGEND_TOP,
    )
}

/// A legend slot's square swatch.
pub fn swatch(slot: &LegendSlot) -> Rect {
    Rect::new(
        slot.x,
        slot.cy - SWATCH / 2.0,
        slot.x + SWATCH,
        slot.cy + SWATCH / 2.0,
    )
}

/// The frame of a bar chart: the value axis on the left, one slot per category along
/// the bottom with its caption under it.
pub struct SlotFrame {
    /// The value axis.
    pub axis: ValueAxis,
    tick_texts: Vec<String>,
    captions: Captions,
    /// Left edge of the plot, right of the tick labels.
    pub plot_left: f64,
    /// Right edge of the plot.
    pub plot_right: f64,
    /// Top of the plot.
    pub plot_top: f64,
    /// Bottom of the plot (the axis' low end), above the captions.
    pub plot_bottom: f64,
    plot_h: f64,
    /// Width of one category's slot.
    pub slot_w: f64,
    /// Height of the whole drawing.
    pub height: f64,
}

impl SlotFrame {
    /// Lays out a frame for values from `lo` to `hi` and the `(label, note)` captions of
    /// `items`, its plot starting at `plot_top`; `None` when a caption does not fit under
    /// its bar (the chart is then drawn across).
    pub fn new(
        spec: &ChartSpec,
        (lo, hi): (f64, f64),
        plot_top: f64,
        items: &[(&str, &str)],
    ) -> Result<Option<Self>, ChartError> {
        let width = f64::from(spec.width);
        let est_h = (f64::from(spec.height) - plot_top - CAPTIONS_GUESS).max(MIN_PLOT);
        let target = (est_h / TICK_SPACING).clamp(MIN_TICKS, MAX_TICKS) as usize;
        let axis = ValueAxis::new(lo, hi, target).ok_or_else(|| too_large(spec))?;
        let (tick_texts, plot_left) = frame::tick_texts(&axis, width);
        let plot_right = width - EDGE;
        let Some(SlotLayout {
            captions,
            slot_w,
            height,
            plot_bottom,
            plot_h,
        }) = slot_layout(items, plot_left, plot_right, plot_top, spec.height)
        else {
            return Ok(None);
        };
        Ok(Some(SlotFrame {
            axis,
            tick_texts,
            captions,
            plot_left,
            plot_right,
            plot_top,
            plot_bottom,
            plot_h,
            slot_w,
            height,
        }))
    }

    /// Screen y of value `v`.
    pub fn y_of(&self, v: f64) -> f64 {
        self.plot_bottom - self.axis.fraction(v) * self.plot_h
    }

    /// Screen x of the middle of category `i`'s slot.
    pub fn cx_of(&self, i: usize) -> f64 {
        self.plot_left + self.slot_w * (i as f64 + 0.5)
    }

    /// Places the legend's names, the tick labels with the unit and the captions.
    pub fn place(&self, placer: &mut Placer, names: &[String], slots: &[LegendSlot], unit: &str) {
        frame::legend(placer, names, slots);
        frame::value_axis(
            placer,
            &self.axis,
            &self.tick_texts,
            unit,
            self.plot_left,
            self.plot_top,
            &|v| self.y_of(v),
        );
        place_captions(placer, &self.captions, self.plot_bottom, &|i| self.cx_of(i));
    }

    /// Gridlines across the plot, under the bars.
    pub fn gridlines(&self, canvas: &Canvas) -> Result<(), ChartError> {
        frame::gridlines(canvas, &self.axis, (self.plot_left, self.plot_right), |v| {
            self.y_of(v)
        })
    }

    /// The axes over the bars: the bottom, the zero line when values go below zero,
    /// and the left.
    pub fn axes(&self, canvas: &Canvas) -> Result<(), ChartError> {
        let (left, right) = (self.plot_left, self.plot_right);
        canvas.line(
            &[(left, self.plot_bottom), (right, self.plot_bottom)],
            palette::AXIS,
            1,
        )?;
        if self.axis.min < 0.0 {
            let zero = self.y_of(0.0);
            canvas.line(&[(left, zero), (right, zero)], palette::AXIS, 1)?;
        }
        canvas.line(
            &[(left, self.plot_top), (left, self.plot_bottom)],
            palette::AXIS,
            1,
        )
    }
}

/// Fills a bar of colour `c`: a period bar light, hatched and outlined dashed (with
/// its series' texture over it, if any); a one-year bar solid, its texture lighter.
pub fn fill_bar(
    canvas: &Canvas,
    r: Rect,
    c: Rgb,
    texture: Option<Pattern>,
    period: bool,
) -> Result<(), ChartError> {
    if period {
        canvas.fill_rect(r, palette::tint(c, PERIOD_TINT))?;
        canvas.hatch(r, palette::tint(c, HATCH_TINT))?;
        if let Some(p) = texture.filter(|p| *p != Pattern::Solid) {
            canvas.texture(r, p, c)?;
        }
        canvas.dashed_rect(r, c)
    } else {
        canvas.fill_rect(r, c)?;
        match texture {
            Some(p) => canvas.texture(r, p, palette::tint(c, TEXTURE_TINT)),
            None => Ok(()),
        }
    }
}

/// A bar's tooltip: its category, its series' name (if it has one) and its figure.
pub fn tip_text(category: &str, series_names: &[String], series: usize, figure: &str) -> String {
    let name = series_names.get(series).map_or("", String::as_str);
    format!("{category} {name}: {figure}")
}

/// Baselines of a figure `gap` beyond a bar's end `edge`, nearest row first, then a
/// row further out: above the bar, or below it for a bar going down.
pub fn figure_rows(edge: f64, gap: f64, down: bool) -> [f64; 2] {
    let s = size::VALUE;
    let step = line_step(s);
    if down {
        let base = edge + gap + ASCENT * s;
        [base, base + step]
    } else {
        let base = edge - gap - DESCENT * s;
        [base, base - step]
    }
}

/// The error for values too large for a readable axis.
pub fn too_large(spec: &ChartSpec) -> ChartError {
    ChartError::BadValue {
        id: spec.id.clone(),
        what: "the largest bar".to_string(),
    }
}
