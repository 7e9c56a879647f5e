//! Text boxes and collision-free label placement.
//!
//! Every text is a `Label` whose box is computed from the measured font width and
//! the font's ascent/descent; a `Placer` accepts a label only where its box is
//! inside the drawing and clear of every label already placed, so overlap is
//! excluded by construction rather than checked afterwards.

use super::palette::Rgb;

use super::font::{text_width, ASCENT, DESCENT};

/// Axis-aligned box in SVG px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl Rect {
    /// Box from two corners given as left, top, right, bottom.
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect { x0, y0, x1, y1 }
    }

    /// True when the interiors of the two boxes meet.
    pub fn intersects(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// True when `o` lies entirely inside `self`.
    pub fn contains(&self, o: &Rect) -> bool {
        o.x0 >= self.x0 && o.x1 <= self.x1 && o.y0 >= self.y0 && o.y1 <= self.y1
    }

    /// The box grown by `d` on every side.
    pub fn grow(&self, d: f64) -> Rect {
        Rect::new(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)
    }

    /// True when the segment `a`–`b` crosses or touches the box.
    pub fn meets_segment(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        // Liang–Barsky clipping: the segment meets the box iff a parameter
        // interval survives all four edges.
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let mut t0: f64 = 0.0;
        let mut t1: f64 = 1.0;
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        t0 <= t1
    }
}

/// Horizontal alignment of a label at its x position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at x.
    Start,
    /// Text is centred on x.
    Middle,
    /// Text ends at x.
    End,
}

impl Anchor {
    /// Left edge of a text `width` wide anchored at `x`.
    pub fn left(self, x: f64, width: f64) -> f64 {
        match self {
            Anchor::Start => x,
            Anchor::Middle => x - width / 2.0,
            Anchor::End => x - width,
        }
    }
}

/// Where and how a label sits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// Normal text with its baseline at `baseline`.
    Horizontal {
        /// Anchor x.
        x: f64,
        /// Baseline y.
        baseline: f64,
        /// Alignment at `x`.
        anchor: Anchor,
    },
}

/// One text to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The text, unescaped.
    pub text: String,
    /// SVG font size in px.
    pub size: f64,
    /// Fill colour.
    pub color: Rgb,
    /// Position.
    pub at: Placement,
}

/// Distance between baselines of stacked lines of text of `size`.
pub fn line_step(size: f64) -> f64 {
    ((ASCENT + DESCENT) * size + 1.5).ceil()
}

/// Baseline that centres a line of text of `size` vertically on `y`.
pub fn centred_baseline(y: f64, size: f64) -> f64 {
    y + (ASCENT - DESCENT) / 2.0 * size
}

impl Label {
    /// A horizontal label.
    pub fn new(text: &str, size: f64, color: Rgb, x: f64, baseline: f64, anchor: Anchor) -> Label {
        Label {
            text: text.to_string(),
            size,
            color,
            at: Placement::Horizontal {
                x,
                baseline,
                anchor,
            },
        }
    }

    /// Measured width of the text.
    pub fn width(&self) -> f64 {
        text_width(&self.text, self.size)
    }

    /// The box the text covers on screen.
    pub fn bbox(&self) -> Rect {
        let w = self.width();
        match self.at {
            Placement::Horizontal {
                x,
                baseline,
                anchor,
            } => {
                let x0 = anchor.left(x, w);
                Rect::new(
                    x0,
                    baseline - ASCENT * self.size,
                    x0 + w,
                    baseline + DESCENT * self.size,
                )
            }
        }
    }
}

/// Accepts labels only where they fit; remembers what it accepted, in order.
#[derive(Debug, Clone)]
pub struct Placer {
    bounds: Rect,
    texts: Vec<Rect>,
    obstacles: Vec<Rect>,
    segments: Vec<((f64, f64), (f64, f64))>,
    /// Labels accepted so far, in drawing order.
    pub labels: Vec<Label>,
}

/// Clear space kept around each text box so browser fonts with taller boxes stay apart.
const PAD: f64 = 1.0;

/// Free space kept between a text and the edge of the drawing.
const EDGE: f64 = 2.0;

impl Placer {
    /// A placer for a drawing `width` × `height`.
    pub fn new(width: f64, height: f64) -> Placer {
        Placer {
            bounds: Rect::new(EDGE, EDGE, width - EDGE, height - EDGE),
            texts: Vec::new(),
            obstacles: Vec::new(),
            segments: Vec::new(),
            labels: Vec::new(),
        }
    }

    /// Marks a drawn shape (marker, bar) that data labels must not cover.
    pub fn add_obstacle(&mut self, r: Rect) {
        self.obstacles.push(r);
    }

    /// Marks a drawn line that data labels should avoid when they can.
    pub fn add_segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        self.segments.push((a, b));
    }

    /// True when `label` would be inside the drawing and clear of other texts,
    /// and (if asked) clear of obstacles and lines.
    pub fn fits(&self, label: &Label, avoid_shapes: bool, avoid_lines: bool) -> bool {
        // An empty text would be an invisible element with no box: never drawn.
        if label.text.trim().is_empty() {
            return false;
        }
        let b = label.bbox();
        let padded = b.grow(PAD);
        let hits_text = self.texts.iter().any(|t| t.intersects(&padded));
        let hits_shape = avoid_shapes && self.obstacles.iter().any(|o| o.intersects(&b));
        let hits_line = avoid_lines && self.segments.iter().any(|(p, q)| b.meets_segment(*p, *q));
        self.bounds.contains(&b) && !hits_text && !hits_shape && !hits_line
    }

    /// Places `label` if it fits (see `fits`); returns whether it was placed.
    pub fn try_place(&mut self, label: Label, avoid_shapes: bool, avoid_lines: bool) -> bool {
        if self.fits(&label, avoid_shapes, avoid_lines) {
            self.place(label);
            true
        } else {
            false
        }
    }

    /// Places the first candidate that fits, trying first clear of lines, then over them.
    pub fn place_first(&mut self, candidates: &[Label]) -> bool {
        for avoid_lines in [true, false] {
            if let Some(l) = candidates.iter().find(|l| self.fits(l, true, avoid_lines)) {
                self.place(l.clone());
                return true;
            }
        }
        false
    }

    /// Places `label` unconditionally (axis ticks and legend laid out to fit).
    pub fn place(&mut self, label: Label) {
        self.texts.push(label.bbox());
        self.labels.push(label);
    }
}

/// One legend entry's position: its row's centre y and its left x.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LegendSlot {
    /// Left edge of the swatch.
    pub x: f64,
    /// Vertical centre of the row.
    pub cy: f64,
    /// Width of the swatch; the name starts 6 px right of it.
    pub w: f64,
}

/// Lays out legend entries (`swatch` px wide, then the name) left to right in as
/// many rows as needed within `x0..x1`, starting at `top`; returns slots and bottom.
pub fn legend_rows(
    names: &[String],
    size: f64,
    swatch: f64,
    x0: f64,
    x1: f64,
    top: f64,
) -> (Vec<LegendSlot>, f64) {
    let widths = vec![swatch; names.len()];
    legend_rows_each(names, size, &widths, x0, x1, top)
}

/// `legend_rows` with one swatch width per entry: a bar legend may also hold a
/// line entry (an overlay or a reference line), whose swatch is wider.
pub fn legend_rows_each(
    names: &[String],
    size: f64,
    swatches: &[f64],
    x0: f64,
    x1: f64,
    top: f64,
) -> (Vec<LegendSlot>, f64) {
    let row_h = line_step(size) + 4.0;
    let gap = 18.0;
    let mut slots = Vec::with_capacity(names.len());
    let (mut x, mut row) = (x0, 0usize);
    for (k, name) in names.iter().enumerate() {
        let swatch = swatches.get(k).copied().unwrap_or(0.0);
        let w = swatch + 6.0 + text_width(name, size);
        if x > x0 && x + w > x1 {
            x = x0;
            row += 1;
        }
        slots.push(LegendSlot {
            x,
            cy: top + row_h * (row as f64 + 0.5),
            w: swatch,
        });
        x += w + gap;
    }
    let rows = if names.is_empty() { 0 } else { row + 1 };
    (slots, top + row_h * rows as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_and_segments() {
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(r.intersects(&Rect::new(9.0, 9.0, 20.0, 20.0)));
        assert!(!r.intersects(&Rect::new(10.0, 0.0, 20.0, 10.0)));
        assert!(r.meets_segment((-5.0, 5.0), (15.0, 5.0)));
        assert!(!r.meets_segment((-5.0, 15.0), (15.0, 12.0)));
    }

    #[test]
    fn placer_refuses_overlap_and_edges() {
        let mut p = Placer::new(600.0, 300.0);
        let a = Label::new(
            "碌曲县",
            15.0,
            super::super::palette::TEXT,
            100.0,
            50.0,
            Anchor::Middle,
        );
        assert!(p.try_place(a.clone(), true, true));
        assert!(!p.try_place(a, true, true));
        let edge = Label::new(
            "碌曲县",
            15.0,
            super::super::palette::TEXT,
            599.0,
            50.0,
            Anchor::Start,
        );
        assert!(!p.try_place(edge, true, true));
    }
}
