//! The drawing surface: shapes and labels written straight into the chart's SVG body,
//! in SVG px rounded to whole pixels, through an XML writer (escaping is its job).
//!
//! What every label shares is said once: the root element carries the default font size
//! and ink ([`super::svg::DEFAULT_SIZE`], [`palette::TEXT`]), the chart's stylesheet the
//! halo, the anchors and the muted ink ([`TextClass`]); a label writes only what differs.

use std::cell::RefCell;
use std::fmt::Write as _;

use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::layout::{Label, Placement, Rect};
use super::palette::{self, Marker, Pattern, Rgb};
use super::svg::{Stripes, TextClass, DEFAULT_SIZE};
use super::ChartError;

/// A hover tooltip: an invisible shape carrying a `<title>`, added after drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    /// Area that shows the tooltip.
    pub area: Rect,
    /// Tooltip text, unescaped.
    pub text: String,
}

/// A drawing surface of fixed size; [`Canvas::finish`] puts the body into a string.
pub struct Canvas<'a> {
    out: &'a mut String,
    /// The chart's id, safe for `id` attributes: pattern ids carry it, as a page
    /// inlines many charts.
    id: String,
    body: RefCell<Body>,
}

/// What has been drawn so far, and the stripe patterns it fills with.
struct Body {
    xml: Writer<Vec<u8>>,
    patterns: Vec<(Stripes, Rgb)>,
    /// Scratch for formatting an element's numbers.
    num: String,
}

/// Converts a writing error into ours, keeping its message.
fn err<E: std::fmt::Display>(e: E) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// Rounds a coordinate to whole pixels.
fn px(v: f64) -> i32 {
    v.round().clamp(-1e6, 1e6) as i32
}

/// A value of an attribute, formatted as it is written.
enum Val<'v> {
    /// A whole number.
    Int(i32),
    /// A number to two decimals, without trailing zeros (a font size).
    Num(f64),
    Color(Rgb),
    /// `x,y x,y …`, each rounded to whole pixels.
    Points(&'v [(f64, f64)]),
    Class(TextClass),
    Str(&'v str),
}

impl Body {
    /// Writes one element without content, then a line break.
    fn empty(&mut self, name: &str, attrs: &[(&str, Val)]) -> Result<(), ChartError> {
        let start = self.start(name, attrs);
        self.xml.write_event(Event::Empty(start)).map_err(err)?;
        self.xml.get_mut().push(b'\n');
        Ok(())
    }

    /// The start tag of `name` with `attrs`.
    fn start<'n>(&mut self, name: &'n str, attrs: &[(&str, Val)]) -> BytesStart<'n> {
        let mut tag = BytesStart::new(name);
        for (key, val) in attrs {
            self.num.clear();
            let _ = match val {
                Val::Int(v) => write!(self.num, "{v}"),
                Val::Num(v) => write!(self.num, "{}", (v * 100.0).round() / 100.0),
                Val::Color(c) => write!(self.num, "{c}"),
                Val::Points(pts) => pts.iter().enumerate().try_for_each(|(i, &(x, y))| {
                    let sep = if i == 0 { "" } else { " " };
                    write!(self.num, "{sep}{},{}", px(x), px(y))
                }),
                Val::Class(c) => write!(self.num, "{c}"),
                Val::Str(s) => self.num.write_str(s),
            };
            tag.push_attribute((*key, self.num.as_str()));
        }
        tag
    }
}

impl<'a> Canvas<'a> {
    /// Starts a drawing of `width` × `height` on a white background; `id` is the
    /// chart's safe id ([`super::svg::safe_id`]).
    pub fn new(
        out: &'a mut String,
        id: &str,
        width: u32,
        height: u32,
    ) -> Result<Canvas<'a>, ChartError> {
        let canvas = Canvas {
            out,
            id: id.to_string(),
            body: RefCell::new(Body {
                xml: Writer::new(Vec::with_capacity(4096)),
                patterns: Vec::new(),
                num: String::new(),
            }),
        };
        canvas.body.borrow_mut().empty(
            "rect",
            &[
                ("width", Val::Int(px(f64::from(width)))),
                ("height", Val::Int(px(f64::from(height)))),
                ("fill", Val::Color(palette::WHITE)),
            ],
        )?;
        Ok(canvas)
    }

    /// Finishes the drawing: the stripe patterns it used, then what was drawn.
    pub fn finish(self) -> Result<(), ChartError> {
        let body = self.body.into_inner();
        if !body.patterns.is_empty() {
            self.out.push_str("<defs>");
            for (n, (s, color)) in body.patterns.iter().enumerate() {
                self.out
                    .push_str(&s.tile(&format!("{}-p{n}", self.id), &color.to_string()));
            }
            self.out.push_str("</defs>\n");
        }
        let xml = String::from_utf8(body.xml.into_inner()).map_err(err)?;
        self.out.push_str(&xml);
        Ok(())
    }

    /// Writes one element without content.
    fn empty(&self, name: &str, attrs: &[(&str, Val)]) -> Result<(), ChartError> {
        self.body.borrow_mut().empty(name, attrs)
    }

    /// A rectangle's position and size attributes, whichever way round its corners are.
    fn rect_attrs(r: Rect) -> [(&'static str, Val<'static>); 4] {
        let (x0, x1) = (px(r.x0.min(r.x1)), px(r.x0.max(r.x1)));
        let (y0, y1) = (px(r.y0.min(r.y1)), px(r.y0.max(r.y1)));
        [
            ("x", Val::Int(x0)),
            ("y", Val::Int(y0)),
            ("width", Val::Int(x1 - x0)),
            ("height", Val::Int(y1 - y0)),
        ]
    }

    /// Filled rectangle.
    pub fn fill_rect(&self, r: Rect, c: Rgb) -> Result<(), ChartError> {
        let [x, y, w, h] = Self::rect_attrs(r);
        self.empty("rect", &[x, y, w, h, ("fill", Val::Color(c))])
    }

    /// A polyline `width` px wide, dashed when `dashes` (dash and gap lengths) is given.
    fn polyline(
        &self,
        pts: &[(f64, f64)],
        c: Rgb,
        width: u32,
        dashes: Option<&str>,
    ) -> Result<(), ChartError> {
        let mut attrs = vec![("fill", Val::Str("none")), ("stroke", Val::Color(c))];
        if width != 1 {
            attrs.push(("stroke-width", Val::Int(width as i32)));
        }
        if let Some(d) = dashes {
            attrs.push(("stroke-dasharray", Val::Str(d)));
        }
        attrs.push(("points", Val::Points(pts)));
        self.empty("polyline", &attrs)
    }

    /// Straight polyline.
    pub fn line(&self, pts: &[(f64, f64)], c: Rgb, width: u32) -> Result<(), ChartError> {
        self.polyline(pts, c, width, None)
    }

    /// Dashed outline of a rectangle, open at the bottom: marks a bar that stands for a
    /// period.
    pub fn dashed_rect(&self, r: Rect, c: Rgb) -> Result<(), ChartError> {
        let pts = [(r.x0, r.y1), (r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1)];
        self.polyline(&pts, c, 2, Some("5 3"))
    }

    /// Diagonal hatching inside `r`, so a period bar differs even in grey-scale.
    pub fn hatch(&self, r: Rect, c: Rgb) -> Result<(), ChartError> {
        self.stripes(r, Stripes::Diagonal, c)
    }

    /// Dashed polyline: a reference line (target).
    pub fn dashed_line(&self, pts: &[(f64, f64)], c: Rgb, width: u32) -> Result<(), ChartError> {
        self.polyline(pts, c, width, Some("8 5"))
    }

    /// Stripes of `pattern` inside `r` in colour `c`, 5 px apart.
    pub fn texture(&self, r: Rect, pattern: Pattern, c: Rgb) -> Result<(), ChartError> {
        let stripes = match pattern {
            Pattern::Solid => return Ok(()),
            Pattern::Horizontal => Stripes::Horizontal,
            Pattern::Vertical => Stripes::Vertical,
            Pattern::Grid => Stripes::Grid,
        };
        self.stripes(r, stripes, c)
    }

    /// A rectangle filled with a `<pattern>` of `stripes`: one shape instead of a line
    /// per stripe keeps a chart of many bars small. Each pattern is defined once.
    fn stripes(&self, r: Rect, stripes: Stripes, c: Rgb) -> Result<(), ChartError> {
        let n = {
            let mut body = self.body.borrow_mut();
            let key = (stripes, c);
            match body.patterns.iter().position(|p| *p == key) {
                Some(n) => n,
                None => {
                    body.patterns.push(key);
                    body.patterns.len() - 1
                }
            }
        };
        let fill = format!("url(#{}-p{n})", self.id);
        let [x, y, w, h] = Self::rect_attrs(r);
        self.empty("rect", &[x, y, w, h, ("fill", Val::Str(&fill))])
    }

    /// A series marker of radius `r` centred on (`x`, `y`).
    pub fn marker(&self, m: Marker, x: f64, y: f64, r: f64, c: Rgb) -> Result<(), ChartError> {
        let p = |dx: f64, dy: f64| (x + dx, y + dy);
        let polygon = |corners: &[(f64, f64)]| {
            self.empty(
                "polygon",
                &[("fill", Val::Color(c)), ("points", Val::Points(corners))],
            )
        };
        match m {
            Marker::Circle => self.empty(
                "circle",
                &[
                    ("cx", Val::Int(px(x))),
                    ("cy", Val::Int(px(y))),
                    ("r", Val::Int(px(r).max(1))),
                    ("fill", Val::Color(c)),
                ],
            ),
            Marker::Square => {
                let s = r * 0.85;
                self.fill_rect(Rect::new(x - s, y - s, x + s, y + s), c)
            }
            Marker::TriangleUp => polygon(&[p(0.0, -r * 1.15), p(r, r * 0.75), p(-r, r * 0.75)]),
            Marker::TriangleDown => polygon(&[p(0.0, r * 1.15), p(r, -r * 0.75), p(-r, -r * 0.75)]),
            Marker::Diamond => polygon(&[p(0.0, -r * 1.2), p(r, 0.0), p(0.0, r * 1.2), p(-r, 0.0)]),
            Marker::Cross => {
                let d = r * 0.9;
                self.line(&[p(-d, -d), p(d, d)], c, 3)?;
                self.line(&[p(-d, d), p(d, -d)], c, 3)
            }
            Marker::Plus => {
                let d = r * 1.15;
                self.line(&[p(-d, 0.0), p(d, 0.0)], c, 3)?;
                self.line(&[p(0.0, -d), p(0.0, d)], c, 3)
            }
        }
    }

    /// Draws a label where its `Placement` says: `y` is its baseline.
    pub fn label(&self, l: &Label) -> Result<(), ChartError> {
        let Placement::Horizontal {
            x,
            baseline,
            anchor,
        } = l.at;
        // White text sits on a solid bar and needs no halo.
        let class = TextClass {
            halo: l.color != palette::WHITE,
            anchor,
            muted: l.color == palette::MUTED,
        };
        let mut attrs = Vec::with_capacity(5);
        if !class.is_plain() {
            attrs.push(("class", Val::Class(class)));
        }
        attrs.push(("x", Val::Int(px(x))));
        attrs.push(("y", Val::Int(px(baseline))));
        if l.size != DEFAULT_SIZE {
            attrs.push(("font-size", Val::Num(l.size)));
        }
        if l.color != palette::TEXT && l.color != palette::MUTED {
            attrs.push(("fill", Val::Color(l.color)));
        }
        let mut body = self.body.borrow_mut();
        let start = body.start("text", &attrs);
        let text = xml_chars(&l.text);
        let xml = &mut body.xml;
        xml.write_event(Event::Start(start)).map_err(err)?;
        xml.write_event(Event::Text(BytesText::new(&text)))
            .map_err(err)?;
        xml.write_event(Event::End(BytesEnd::new("text")))
            .map_err(err)?;
        xml.get_mut().push(b'\n');
        Ok(())
    }
}

/// `text` with the control characters XML 1.0 does not allow turned into spaces.
fn xml_chars(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r');
    if text.chars().any(bad) {
        text.chars()
            .map(|c| if bad(c) { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::Anchor;
    use super::*;

    fn drawn(draw: impl Fn(&Canvas) -> Result<(), ChartError>) -> String {
        let mut out = String::new();
        let canvas = Canvas::new(&mut out, "c", 600, 300).unwrap();
        draw(&canvas).unwrap();
        canvas.finish().unwrap();
        out
    }

    #[test]
    fn shapes_in_whole_pixels() {
        let svg = drawn(|c| {
            c.fill_rect(Rect::new(10.4, 20.6, 5.0, 30.0), palette::AXIS)?;
            c.line(&[(0.4, 1.6), (10.0, 10.0)], palette::GRID, 1)?;
            c.dashed_line(&[(0.0, 5.0), (100.0, 5.0)], palette::GUIDE, 2)?;
            c.marker(Marker::Circle, 10.2, 10.7, 4.6, palette::color(0))
        });
        assert_eq!(
            svg,
            "<rect width=\"600\" height=\"300\" fill=\"#FFFFFF\"/>\n\
             <rect x=\"5\" y=\"21\" width=\"5\" height=\"9\" fill=\"#666666\"/>\n\
             <polyline fill=\"none\" stroke=\"#E3E3E3\" points=\"0,2 10,10\"/>\n\
             <polyline fill=\"none\" stroke=\"#1A1A1A\" stroke-width=\"2\" stroke-dasharray=\"8 5\" points=\"0,5 100,5\"/>\n\
             <circle cx=\"10\" cy=\"11\" r=\"5\" fill=\"#B8232F\"/>\n"
        );
    }

    #[test]
    fn patterns_defined_once_with_the_chart_id() {
        let svg = drawn(|c| {
            let r = Rect::new(0.0, 0.0, 10.0, 10.0);
            c.hatch(r, palette::AXIS)?;
            c.texture(r, Pattern::Grid, palette::AXIS)?;
            c.hatch(r, palette::AXIS)
        });
        assert_eq!(svg.matches("<pattern ").count(), 2, "{svg}");
        assert!(svg.starts_with("<defs><pattern id=\"c-p0\""), "{svg}");
        assert_eq!(svg.matches("fill=\"url(#c-p0)\"").count(), 2, "{svg}");
        assert_eq!(svg.matches("fill=\"url(#c-p1)\"").count(), 1, "{svg}");
    }

    #[test]
    fn labels_write_only_what_differs_and_escape() {
        let svg = drawn(|c| {
            let at = |anchor| Placement::Horizontal {
                x: 100.4,
                baseline: 50.5,
                anchor,
            };
            for (text, size, color, anchor) in [
                ("a<b&c", DEFAULT_SIZE, palette::TEXT, Anchor::Start),
                ("2015年", 16.0, palette::MUTED, Anchor::Middle),
                ("18858人", DEFAULT_SIZE, palette::WHITE, Anchor::End),
                ("x\u{1}y", 15.5, palette::TEXT, Anchor::Start),
            ] {
                c.label(&Label {
                    text: text.into(),
                    size,
                    color,
                    at: at(anchor),
                })?;
            }
            Ok(())
        });
        let texts: Vec<&str> = svg.lines().skip(1).collect();
        assert_eq!(
            texts,
            [
                "<text class=\"h\" x=\"100\" y=\"51\">a&lt;b&amp;c</text>",
                "<text class=\"h m g\" x=\"100\" y=\"51\" font-size=\"16\">2015年</text>",
                "<text class=\"e\" x=\"100\" y=\"51\" fill=\"#FFFFFF\">18858人</text>",
                "<text class=\"h\" x=\"100\" y=\"51\" font-size=\"15.5\">x y</text>",
            ]
        );
    }
}
