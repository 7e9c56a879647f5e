//! Guides over a plot: a dashed reference line (a target) labelled at its right
//! end, and an overlay line with markers over bars (a cumulative total).

use super::canvas::{Canvas, Tip};
use super::font::{text_width, ASCENT, DESCENT};
use super::layout::{centred_baseline, Anchor, Label, LegendSlot, Placer, Rect};
use super::line::value_candidates;
use super::palette::{self, Marker};
use super::{size, ChartError, Overlay, Reference};

/// Width of a legend swatch for a line entry (overlay or reference).
pub const LINE_SWATCH: f64 = 28.0;
/// Marker radius of overlay points (as on line charts).
const MARKER_R: f64 = 5.0;
/// Overlay marker: a diamond, unlike the bars' square swatches.
const MARKER: Marker = Marker::Diamond;
/// How far left of the right end the reference label may go before it counts as
/// "somewhere else on the line" rather than "at the end".
const NEAR_END: f64 = 120.0;

/// True when `v` can be drawn (finite and not absurdly large).
pub fn drawable(v: f64) -> bool {
    v.is_finite() && v.abs() <= 1e300
}

/// Draws with a guide's label on the plot; when it found no room there (`false`),
/// draws again with the label in the legend.
pub fn with_legend_fallback<D>(
    draw: impl Fn(bool) -> Result<(D, bool), ChartError>,
) -> Result<D, ChartError> {
    match draw(false)? {
        (d, true) => Ok(d),
        (_, false) => Ok(draw(true)?.0),
    }
}

/// A reference line laid out on the plot, `y` px high from `x0` to `x1`.
pub struct RefLine<'a> {
    /// What the line stands for.
    pub reference: &'a Reference,
    /// Screen y of the line.
    pub y: f64,
    /// Left end.
    pub x0: f64,
    /// Right end.
    pub x1: f64,
}

impl RefLine<'_> {
    /// Tells the placer about the line (data labels keep off it where they can).
    pub fn block(&self, placer: &mut Placer) {
        placer.add_segment((self.x0, self.y), (self.x1, self.y));
    }

    /// Places the label right-aligned at the right end, above the line or below;
    /// failing that further left along it. Returns whether it found room.
    pub fn place_label(&self, placer: &mut Placer) -> bool {
        let text = &self.reference.label;
        if text.trim().is_empty() {
            return true;
        }
        let s = size::VALUE;
        let above = self.y - 4.0 - DESCENT * s;
        let below = self.y + 4.0 + ASCENT * s;
        let w = text_width(text, s);
        let (mut near, mut far) = (Vec::new(), Vec::new());
        let mut x = self.x1 - 4.0;
        while x - w >= self.x0 + 4.0 {
            for b in [above, below] {
                let l = Label::new(text, s, palette::GUIDE, x, b, Anchor::End);
                if self.x1 - x <= NEAR_END {
                    near.push(l);
                } else {
                    far.push(l);
                }
            }
            x -= 12.0;
        }
        // At the end over a line beats clear of lines but far from the end.
        placer.place_first(&near) || placer.place_first(&far)
    }

    /// Draws the line, on a white casing so it shows over bars and gridlines.
    pub fn draw(&self, canvas: &Canvas) -> Result<(), ChartError> {
        let pts = [(self.x0, self.y), (self.x1, self.y)];
        canvas.line(&pts, palette::WHITE, 4)?;
        canvas.dashed_line(&pts, palette::GUIDE, 2)
    }

    /// The line's tooltip: its label.
    pub fn tip(&self) -> Tip {
        Tip {
            area: Rect::new(self.x0, self.y - 3.0, self.x1, self.y + 3.0),
            text: self.reference.label.clone(),
        }
    }
}

/// An overlay laid out on the plot: one screen point per bar it belongs to.
pub struct OverlayLine<'a> {
    /// What the line shows.
    pub overlay: &'a Overlay,
    /// Screen points, in bar order (as many as both bars and values exist).
    pub pts: Vec<(f64, f64)>,
    /// Half the bar width: figures may go beside the bar when the total above it
    /// takes the room above the point.
    pub half_bar: f64,
}

impl OverlayLine<'_> {
    /// Marks the line and its markers so labels keep off them.
    pub fn block(&self, placer: &mut Placer) {
        for w in self.pts.windows(2) {
            placer.add_segment(w[0], w[1]);
        }
        for &(x, y) in &self.pts {
            placer.add_obstacle(Rect::new(x, y, x, y).grow(MARKER_R + 1.5));
        }
    }

    /// Places each point's figure near it, where it fits: around the point as on a
    /// line chart, else level with it just beside the bar.
    pub fn place_labels(&self, placer: &mut Placer) {
        let s = size::VALUE;
        let skip = usize::from(self.overlay.first_unlabelled);
        for (seg, &(x, y)) in self.overlay.points.iter().zip(&self.pts).skip(skip) {
            let mut cands = value_candidates(&seg.label, palette::GUIDE, x, y);
            let off = self.half_bar + 4.0;
            let mid = centred_baseline(y, s);
            let above = y - 4.0 - DESCENT * s;
            for b in [mid, above] {
                for (dx, a) in [(off, Anchor::Start), (-off, Anchor::End)] {
                    cands.push(Label::new(&seg.label, s, palette::GUIDE, x + dx, b, a));
                }
            }
            placer.place_first(&cands);
        }
    }

    /// Draws the line and markers, each on a white casing so they show over bars.
    pub fn draw(&self, canvas: &Canvas) -> Result<(), ChartError> {
        if self.pts.len() > 1 {
            canvas.line(&self.pts, palette::WHITE, 6)?;
            canvas.line(&self.pts, palette::GUIDE, 2)?;
        }
        for &(x, y) in &self.pts {
            canvas.marker(MARKER, x, y, MARKER_R + 2.0, palette::WHITE)?;
            canvas.marker(MARKER, x, y, MARKER_R, palette::GUIDE)?;
        }
        Ok(())
    }

    /// One tooltip per point: "<bar caption> <name>: <figure>".
    pub fn tips(&self, captions: &[&str]) -> Vec<Tip> {
        self.overlay
            .points
            .iter()
            .zip(&self.pts)
            .zip(captions)
            .map(|((seg, &(x, y)), cap)| Tip {
                area: Rect::new(x, y, x, y).grow(MARKER_R + 3.0),
                text: format!("{cap} {}: {}", self.overlay.name, seg.label),
            })
            .collect()
    }
}

/// Legend swatch of an overlay: a short line with its marker.
pub fn overlay_swatch(canvas: &Canvas, slot: &LegendSlot) -> Result<(), ChartError> {
    let (x0, x1) = (slot.x, slot.x + slot.w);
    canvas.line(&[(x0, slot.cy), (x1, slot.cy)], palette::GUIDE, 2)?;
    canvas.marker(MARKER, (x0 + x1) / 2.0, slot.cy, MARKER_R, palette::GUIDE)
}

/// Legend swatch of a reference line whose label found no room on the plot.
pub fn reference_swatch(canvas: &Canvas, slot: &LegendSlot) -> Result<(), ChartError> {
    let pts = [(slot.x, slot.cy), (slot.x + slot.w, slot.cy)];
    canvas.dashed_line(&pts, palette::GUIDE, 2)
}
