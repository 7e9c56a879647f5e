//! Thin drawing layer over plotters' SVG backend: shapes and labels in SVG px.

use plotters::coord::Shift;
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBAColor, RGBColor, WHITE};

use super::font::{FAMILY, PLOTTERS_SIZE_FACTOR};
use super::layout::{Anchor, Label, Placement, Rect};
use super::palette::{Marker, Pattern};
use super::svg::Stripes;
use super::ChartError;

/// plotters places a top-anchored text's baseline this far below its y (`dy="0.76em"`).
const TOP_TO_BASELINE: f64 = 0.76;

/// A hover tooltip: an invisible shape carrying a `<title>`, added after drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    /// Area that shows the tooltip.
    pub area: Rect,
    /// Tooltip text, unescaped.
    pub text: String,
}

/// A drawing surface of fixed size over a string buffer.
pub struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, Shift>,
}

/// Converts any plotters error into ours, keeping its message.
fn err<E: std::fmt::Display>(e: E) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// Rounds a coordinate to the backend's integer pixels.
fn px(v: f64) -> i32 {
    v.round().clamp(-1e6, 1e6) as i32
}

impl<'a> Canvas<'a> {
    /// Starts an SVG document of `width` × `height` in `buf`, on a white background.
    pub fn new(buf: &'a mut String, width: u32, height: u32) -> Result<Canvas<'a>, ChartError> {
        let area = SVGBackend::with_string(buf, (width, height)).into_drawing_area();
        area.fill(&WHITE).map_err(err)?;
        Ok(Canvas { area })
    }

    /// Finishes the document (closes the root element).
    pub fn finish(self) -> Result<(), ChartError> {
        self.area.present().map_err(err)
    }

    /// Filled rectangle.
    pub fn fill_rect(&self, r: Rect, c: RGBColor) -> Result<(), ChartError> {
        let shape = Rectangle::new([(px(r.x0), px(r.y0)), (px(r.x1), px(r.y1))], c.filled());
        self.area.draw(&shape).map_err(err)
    }

    /// Straight polyline.
    pub fn line(&self, pts: &[(f64, f64)], c: RGBColor, width: u32) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = pts.iter().map(|&(x, y)| (px(x), px(y))).collect();
        self.area
            .draw(&PathElement::new(pts, c.stroke_width(width)))
            .map_err(err)
    }

    /// Dashed outline of a rectangle: marks a bar that stands for a period.
    pub fn dashed_rect(&self, r: Rect, c: RGBColor) -> Result<(), ChartError> {
        let pts = [(r.x0, r.y1), (r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1)];
        let pts: Vec<(i32, i32)> = pts.iter().map(|&(x, y)| (px(x), px(y))).collect();
        self.area
            .draw(&DashedPathElement::new(pts, 5, 3, c.stroke_width(2)))
            .map_err(err)
    }

    /// Diagonal hatching inside `r`, so a period bar differs even in grey-scale.
    pub fn hatch(&self, r: Rect, c: RGBColor) -> Result<(), ChartError> {
        self.stripes(r, Stripes::Diagonal, c)
    }

    /// Dashed polyline: a reference line (target).
    pub fn dashed_line(
        &self,
        pts: &[(f64, f64)],
        c: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = pts.iter().map(|&(x, y)| (px(x), px(y))).collect();
        self.area
            .draw(&DashedPathElement::new(pts, 8, 5, c.stroke_width(width)))
            .map_err(err)
    }

    /// Stripes of `pattern` inside `r` in colour `c`, 5 px apart.
    pub fn texture(&self, r: Rect, pattern: Pattern, c: RGBColor) -> Result<(), ChartError> {
        let stripes = match pattern {
            Pattern::Solid => return Ok(()),
            Pattern::Horizontal => Stripes::Horizontal,
            Pattern::Vertical => Stripes::Vertical,
            Pattern::Grid => Stripes::Grid,
        };
        self.stripes(r, stripes, c)
    }

    /// A rectangle that [`super::svg::finish`] fills with a `<pattern>` of `stripes`:
    /// one shape instead of a line per stripe keeps a chart of many bars small.
    fn stripes(&self, r: Rect, stripes: Stripes, c: RGBColor) -> Result<(), ChartError> {
        let marked = RGBAColor(c.0, c.1, c.2, stripes.mark());
        let shape = Rectangle::new(
            [(px(r.x0), px(r.y0)), (px(r.x1), px(r.y1))],
            marked.filled(),
        );
        self.area.draw(&shape).map_err(err)
    }

    /// A series marker of radius `r` centred on (`x`, `y`).
    pub fn marker(&self, m: Marker, x: f64, y: f64, r: f64, c: RGBColor) -> Result<(), ChartError> {
        let p = |dx: f64, dy: f64| (px(x + dx), px(y + dy));
        let fill = c.filled();
        let res = match m {
            Marker::Circle => self
                .area
                .draw(&Circle::new(p(0.0, 0.0), px(r).max(1) as u32, fill)),
            Marker::Square => {
                let s = r * 0.85;
                self.area.draw(&Rectangle::new([p(-s, -s), p(s, s)], fill))
            }
            Marker::TriangleUp => self.area.draw(&Polygon::new(
                vec![p(0.0, -r * 1.15), p(r, r * 0.75), p(-r, r * 0.75)],
                fill,
            )),
            Marker::TriangleDown => self.area.draw(&Polygon::new(
                vec![p(0.0, r * 1.15), p(r, -r * 0.75), p(-r, -r * 0.75)],
                fill,
            )),
            Marker::Diamond => self.area.draw(&Polygon::new(
                vec![p(0.0, -r * 1.2), p(r, 0.0), p(0.0, r * 1.2), p(-r, 0.0)],
                fill,
            )),
            Marker::Cross | Marker::Plus => {
                let d = if m == Marker::Cross {
                    r * 0.9
                } else {
                    r * 1.15
                };
                let (a, b) = if m == Marker::Cross {
                    ((p(-d, -d), p(d, d)), (p(-d, d), p(d, -d)))
                } else {
                    ((p(-d, 0.0), p(d, 0.0)), (p(0.0, -d), p(0.0, d)))
                };
                let style = c.stroke_width(3);
                self.area
                    .draw(&PathElement::new(vec![a.0, a.1], style))
                    .map_err(err)?;
                self.area.draw(&PathElement::new(vec![b.0, b.1], style))
            }
        };
        res.map_err(err)
    }

    /// Draws a label where its `Placement` says.
    pub fn label(&self, l: &Label) -> Result<(), ChartError> {
        let font = FontDesc::new(
            FontFamily::Name(FAMILY),
            l.size * PLOTTERS_SIZE_FACTOR,
            FontStyle::Normal,
        );
        let top = TOP_TO_BASELINE * l.size;
        let (style, pos) = match l.at {
            Placement::Horizontal {
                x,
                baseline,
                anchor,
            } => {
                let h = match anchor {
                    Anchor::Start => HPos::Left,
                    Anchor::Middle => HPos::Center,
                    Anchor::End => HPos::Right,
                };
                let style = font.color(&l.color).pos(Pos::new(h, VPos::Top));
                (style, (px(x), px(baseline - top)))
            }
        };
        self.area
            .draw(&Text::new(l.text.as_str(), pos, style))
            .map_err(err)
    }
}
