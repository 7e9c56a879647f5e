//! Reads a drawn chart back as a reader sees it, independently of the layout code: every
//! text with the box it covers (measured with the font metrics the layout uses), the
//! markers, the bars; and names what a reader would stumble on. Tests run it over every
//! chart of their sites, as pagecheck runs over pages.

use super::font::{text_width, ASCENT, DESCENT};
use super::layout::{Anchor, Rect};
use super::svg::{TextClass, DEFAULT_SIZE};

/// A text written with `dy="0.76em"` (as charts were before they were written
/// directly) has its baseline this far below its y.
const TOP_TO_BASELINE: f64 = 0.76;

/// Overlap smaller than this (px) is rounding, not a collision.
const SLACK: f64 = 0.5;

/// How far above a bar's end its figure may sit: two rows of figures, short of the legend.
const FIGURE_REACH: f64 = 30.0;

/// One `<text>` of a drawn chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Its content, unescaped.
    pub text: String,
    /// `font-size`.
    pub size: f64,
    /// Turned (a `transform`): read sideways.
    pub turned: bool,
    /// The box it covers.
    pub b: Rect,
}

/// Value of attribute `name` in the tag text `tag`.
pub(crate) fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let end = tag[i..].find('"')?;
    Some(&tag[i..i + end])
}

/// A number attribute, NaN when missing.
fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Reverses the XML escaping of text content.
pub(crate) fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The drawing: the document without its tooltips.
fn drawing(svg: &str) -> &str {
    svg.split("<g class=\"xk-tips\"").next().unwrap_or(svg)
}

/// Every `<text>` of `svg` with its box.
///
/// A text's y is its baseline (or its top, with `dy="0.76em"`); its size is its own
/// `font-size`, else the root element's, else [`DEFAULT_SIZE`]; its anchor is its
/// `text-anchor`, else its class.
pub fn texts(svg: &str) -> Vec<Text> {
    let root = svg.find("<svg").map(|i| &svg[i..]).unwrap_or_default();
    let root = &root[..root.find('>').unwrap_or(0)];
    let inherited = attr(root, "font-size")
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_SIZE);
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let Some((tag, rest)) = part.split_once('>') else {
            continue;
        };
        let content = unescape(rest.split("</text>").next().unwrap_or_default().trim());
        let size = attr(tag, "font-size")
            .and_then(|v| v.parse().ok())
            .unwrap_or(inherited);
        let (x, y) = (num(tag, "x"), num(tag, "y"));
        let w = text_width(&content, size);
        let top_to_base = match attr(tag, "dy") {
            Some(_) => TOP_TO_BASELINE * size,
            None => 0.0,
        };
        let base = y + top_to_base;
        let turned = attr(tag, "transform").is_some();
        let b = if turned {
            // Turned a quarter left (the only turn charts have drawn): the text runs up.
            let (l, r) = (
                x + top_to_base - ASCENT * size,
                x + top_to_base + DESCENT * size,
            );
            Rect::new(l, y, r, y + w)
        } else {
            let anchor = match attr(tag, "text-anchor") {
                Some("middle") => Anchor::Middle,
                Some("end") => Anchor::End,
                Some(_) => Anchor::Start,
                None => TextClass::parse(attr(tag, "class").unwrap_or_default()).anchor,
            };
            let x0 = anchor.left(x, w);
            Rect::new(x0, base - ASCENT * size, x0 + w, base + DESCENT * size)
        };
        out.push(Text {
            text: content,
            size,
            turned,
            b,
        });
    }
    out
}

/// The points of a `points="x,y x,y"` attribute.
fn points(tag: &str) -> Vec<(f64, f64)> {
    attr(tag, "points")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// The box around some points.
fn around(pts: &[(f64, f64)]) -> Option<Rect> {
    let first = pts.first()?;
    Some(pts.iter().fold(
        Rect::new(first.0, first.1, first.0, first.1),
        |r, &(x, y)| Rect::new(r.x0.min(x), r.y0.min(y), r.x1.max(x), r.y1.max(y)),
    ))
}

/// The boxes of the points' markers: circles, triangles and diamonds, small squares and
/// the two strokes of a cross or plus (in the legend too).
pub fn markers(svg: &str) -> Vec<Rect> {
    let mut out = Vec::new();
    for line in drawing(svg).lines() {
        let tag = line.trim_start();
        if tag.starts_with("<circle") {
            let (cx, cy, r) = (num(tag, "cx"), num(tag, "cy"), num(tag, "r"));
            out.push(Rect::new(cx - r, cy - r, cx + r, cy + r));
        } else if tag.starts_with("<polygon") {
            out.extend(around(&points(tag)));
        } else if tag.starts_with("<rect") && !tag.contains("url(") {
            let (w, h) = (num(tag, "width"), num(tag, "height"));
            if w <= 12.0 && h <= 12.0 {
                let (x, y) = (num(tag, "x"), num(tag, "y"));
                out.push(Rect::new(x, y, x + w, y + h));
            }
        } else if tag.starts_with("<polyline") && attr(tag, "stroke-width") == Some("3") {
            let pts = points(tag);
            if let (2, Some(r)) = (pts.len(), around(&pts)) {
                if r.x1 - r.x0 <= 14.0 && r.y1 - r.y0 <= 14.0 && r.x0 != r.x1 && r.y0 != r.y1 {
                    out.push(r);
                }
            }
        }
    }
    out
}

/// The series' lines, segment by segment: polylines drawn 3 px wide, longer than a
/// marker's strokes.
pub fn lines(svg: &str) -> Vec<((f64, f64), (f64, f64))> {
    let mut out = Vec::new();
    for line in drawing(svg).lines() {
        let tag = line.trim_start();
        if !(tag.starts_with("<polyline") && attr(tag, "stroke-width") == Some("3")) {
            continue;
        }
        let pts = points(tag);
        let long = pts
            .windows(2)
            .any(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1) > 14.0);
        if long {
            out.extend(pts.windows(2).map(|w| (w[0], w[1])));
        }
    }
    out
}

/// The part of a text's box its glyphs ink: a line through the room above or below
/// them does not hide them.
fn ink(t: &Text) -> Rect {
    let base = t.b.y1 - DESCENT * t.size;
    Rect::new(
        t.b.x0 + 1.0,
        base - INK_ABOVE * t.size,
        t.b.x1 - 1.0,
        base + INK_BELOW * t.size,
    )
}

/// How far glyphs reach above and below the baseline, in em (CJK glyphs and digits).
const INK_ABOVE: f64 = 0.8;
const INK_BELOW: f64 = 0.1;

/// The bars: drawn rectangles that carry a tooltip of their own (a bar's tooltip is its
/// area; a zero bar's reaches a little past it), with that tooltip's text.
pub fn bars(svg: &str) -> Vec<(String, Rect)> {
    let tips: Vec<(String, Rect)> = svg
        .split_once("<g class=\"xk-tips\"")
        .map(|(_, g)| g)
        .unwrap_or_default()
        .split("<rect")
        .skip(1)
        .filter_map(|part| {
            let (tag, rest) = part.split_once('>')?;
            let text = rest.split("</title>").next()?.trim_start_matches("<title>");
            let (x, y) = (num(tag, "x"), num(tag, "y"));
            let r = Rect::new(x, y, x + num(tag, "width"), y + num(tag, "height"));
            Some((unescape(text), r))
        })
        .collect();
    let mut out = Vec::new();
    for line in drawing(svg).lines() {
        let tag = line.trim_start();
        if !tag.starts_with("<rect") || tag.contains("url(") {
            continue;
        }
        let (x, y) = (num(tag, "x"), num(tag, "y"));
        let r = Rect::new(x, y, x + num(tag, "width"), y + num(tag, "height"));
        let near = |a: f64, b: f64, d: f64| (a - b).abs() <= d;
        let tip = tips.iter().find(|(_, t)| {
            [(t.x0, r.x0), (t.y0, r.y0), (t.x1, r.x1), (t.y1, r.y1)]
                .iter()
                .all(|&(a, b)| near(a, b, 1.0))
                || [(t.x0, r.x0), (t.y0, r.y0), (t.x1, r.x1), (t.y1, r.y1)]
                    .iter()
                    .all(|&(a, b)| near(a, b, 4.0))
                    && r.y1 - r.y0 <= 4.0
        });
        if let Some((text, _)) = tip {
            if !out.iter().any(|(_, o): &(String, Rect)| *o == r) {
                out.push((text.clone(), r));
            }
        }
    }
    out
}

/// Height of the viewBox (its width is the chart width).
fn view(svg: &str) -> Option<(f64, f64)> {
    let vb = attr(svg, "viewBox")?;
    let p: Vec<f64> = vb.split(' ').filter_map(|v| v.parse().ok()).collect();
    match p.as_slice() {
        [_, _, w, h] => Some((*w, *h)),
        _ => None,
    }
}

/// What a reader would stumble on in a drawn chart: texts that overlap each other, a
/// marker or a series' line, leave the drawing or are turned sideways. Empty when there
/// is nothing.
pub fn problems(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    let ts = texts(svg);
    let (w, h) = view(svg).unwrap_or((f64::MAX, f64::MAX));
    let inside = Rect::new(0.0, 0.0, w, h);
    for t in &ts {
        if t.turned {
            out.push(format!("{:?} is turned sideways", t.text));
        }
        if !inside.contains(&t.b) {
            out.push(format!("{:?} leaves the drawing: {:?}", t.text, t.b));
        }
    }
    let meet = |a: &Rect, b: &Rect| {
        a.x1.min(b.x1) - a.x0.max(b.x0) > SLACK && a.y1.min(b.y1) - a.y0.max(b.y0) > SLACK
    };
    for (i, a) in ts.iter().enumerate() {
        for c in &ts[i + 1..] {
            if meet(&a.b, &c.b) {
                out.push(format!("{:?} overlaps {:?}", a.text, c.text));
            }
        }
    }
    let segs = lines(svg);
    for t in ts.iter().filter(|t| !t.turned) {
        if segs.iter().any(|(a, b)| ink(t).meets_segment(*a, *b)) {
            out.push(format!("{:?} lies on a line", t.text));
        }
    }
    for m in markers(svg) {
        for t in ts.iter().filter(|t| meet(&t.b, &m)) {
            out.push(format!("{:?} covers a marker at {:?}", t.text, m));
        }
    }
    out
}

/// Bars (or stacks of bars) whose figure is written nowhere near them: a text over the
/// bar's width within two rows of its end or inside it, or (bars across) level with it.
/// Captions, under the bars or above their rows, do not count.
pub fn unlabelled_bars(svg: &str) -> Vec<String> {
    let bars = bars(svg);
    let ts = texts(svg);
    // Bars up share their width, bars across their height.
    let uniform = |f: &dyn Fn(&Rect) -> f64| {
        bars.iter()
            .map(|(_, r)| {
                let v = f(r);
                bars.iter().filter(|(_, o)| (f(o) - v).abs() <= 1.0).count()
            })
            .max()
            .unwrap_or(0)
    };
    let across = uniform(&|r| r.y1 - r.y0) > uniform(&|r| r.x1 - r.x0);
    // A stack is the bars sharing one column (or row): one figure for all of them.
    let mut stacks: Vec<(String, Rect)> = Vec::new();
    for (tip, r) in &bars {
        let same = |o: &Rect| match across {
            true => (o.y0 - r.y0).abs() < 1.0 && (o.y1 - r.y1).abs() < 1.0,
            false => (o.x0 - r.x0).abs() < 1.0 && (o.x1 - r.x1).abs() < 1.0,
        };
        match stacks.iter_mut().find(|(_, s)| same(s)) {
            Some((_, s)) => {
                *s = Rect::new(
                    s.x0.min(r.x0),
                    s.y0.min(r.y0),
                    s.x1.max(r.x1),
                    s.y1.max(r.y1),
                )
            }
            None => stacks.push((tip.clone(), *r)),
        }
    }
    let labelled = |s: &Rect| {
        ts.iter().any(|t| {
            let (cx, cy) = ((t.b.x0 + t.b.x1) / 2.0, (t.b.y0 + t.b.y1) / 2.0);
            match across {
                // Across, a caption is above its row: a text level with the bar is its figure.
                true => cy > s.y0 && cy < s.y1 && t.b.x0 >= s.x0 - 1.0,
                false => {
                    cx > s.x0 && cx < s.x1 && t.b.y1 <= s.y1 + 1.0 && t.b.y1 >= s.y0 - FIGURE_REACH
                }
            }
        })
    };
    stacks
        .iter()
        .filter(|(_, s)| !labelled(s))
        .map(|(tip, s)| format!("no figure at the bar {tip:?} {s:?}"))
        .collect()
}
