//! Test helpers: sample specs, and a reader of the drawn SVG that boxes every
//! `<text>` independently of the layout code, to check overlaps and clipping.

use super::font::{text_width, ASCENT, DESCENT};
use super::inspect::{attr, unescape};
use super::svg::TextClass;
use super::*;

/// One series for `lines`: a name and `(year, value, label)` points.
pub type SeriesRow<'a> = (&'a str, &'a [(i32, f64, &'a str)]);

/// One bar for `bars`: label, note, is_period, `(value, label)` segments, top label.
pub type BarRow<'a> = (&'a str, &'a str, bool, &'a [(f64, &'a str)], &'a str);

/// A line chart spec from `(name, [(year, value, label)])`.
pub fn lines(series: &[SeriesRow]) -> ChartSpec {
    ChartSpec {
        id: "rate".into(),
        title: "贫困发生率".into(),
        description: "贫困发生率逐年下降。".into(),
        height: 320,
        width: crate::chart::WIDTH,
        body: ChartBody::Lines(LineChart {
            y_unit: "%".into(),
            series: series
                .iter()
                .map(|(name, pts)| LineSeries {
                    name: name.to_string(),
                    points: pts
                        .iter()
                        .map(|&(year, value, label)| LinePoint {
                            year,
                            value,
                            label: label.to_string(),
                        })
                        .collect(),
                })
                .collect(),
            target: None,
        }),
    }
}

/// 康乐县's 2015 funds as one stacked bar of two sources (13.23亿元).
pub fn funds_2015() -> ChartSpec {
    bars(
        "亿元",
        &["财政扶贫资金", "各行业项目资金"],
        &[(
            "2015",
            "",
            false,
            &[(4.34, "4.34亿元"), (8.89, "8.89亿元")],
            "13.23亿元",
        )],
    )
}

/// A stacked bar spec from segment names and `(label, note, is_period, [(value, label)], top)`.
pub fn bars(unit: &str, names: &[&str], bars: &[BarRow]) -> ChartSpec {
    ChartSpec {
        id: "funds".into(),
        title: "扶贫资金投入".into(),
        description: "各年扶贫资金投入。".into(),
        height: 320,
        width: crate::chart::WIDTH,
        body: ChartBody::StackedBars(StackedBarChart {
            y_unit: unit.into(),
            segment_names: names.iter().map(|s| s.to_string()).collect(),
            bars: bars
                .iter()
                .map(|&(label, note, is_period, segs, top)| Bar {
                    label: label.into(),
                    note: note.into(),
                    is_period,
                    segments: segs
                        .iter()
                        .map(|&(value, label)| Segment {
                            value,
                            label: label.into(),
                        })
                        .collect(),
                    top_label: top.into(),
                })
                .collect(),
            reference: None,
            overlay: None,
        }),
    }
}

/// One group for `grouped`: label, note, is_period, `(value, label)` per series.
pub type GroupRow<'a> = (&'a str, &'a str, bool, &'a [(f64, &'a str)]);

/// Segments from `(value, label)`.
fn segments(vals: &[(f64, &str)]) -> Vec<Segment> {
    vals.iter()
        .map(|&(value, label)| Segment {
            value,
            label: label.into(),
        })
        .collect()
}

/// A grouped bar spec from series names and `(label, note, is_period, values)`.
pub fn grouped(unit: &str, names: &[&str], groups: &[GroupRow]) -> ChartSpec {
    ChartSpec {
        id: "people".into(),
        title: "贫困户和贫困人口".into(),
        description: "贫困户和贫困人口逐年减少。".into(),
        height: 320,
        width: crate::chart::WIDTH,
        body: ChartBody::GroupedBars(GroupedBarChart {
            y_unit: unit.into(),
            series_names: names.iter().map(|s| s.to_string()).collect(),
            groups: groups
                .iter()
                .map(|&(label, note, is_period, vals)| Group {
                    label: label.into(),
                    note: note.into(),
                    is_period,
                    values: segments(vals),
                })
                .collect(),
        }),
    }
}

/// A reference line.
fn reference(value: f64, label: &str) -> Option<Reference> {
    Some(Reference {
        value,
        label: label.into(),
    })
}

/// `spec` (a line or stacked bar chart) with a target / reference line.
pub fn with_reference(mut spec: ChartSpec, value: f64, label: &str) -> ChartSpec {
    match &mut spec.body {
        ChartBody::Lines(c) => c.target = reference(value, label),
        ChartBody::StackedBars(c) => c.reference = reference(value, label),
        ChartBody::GroupedBars(_) => panic!("grouped bars have no reference"),
    }
    spec
}

/// `spec` (a stacked bar chart) with an overlay line.
pub fn with_overlay(mut spec: ChartSpec, name: &str, points: &[(f64, &str)]) -> ChartSpec {
    let ChartBody::StackedBars(c) = &mut spec.body else {
        panic!("only stacked bars have an overlay")
    };
    c.overlay = Some(Overlay {
        name: name.into(),
        points: segments(points),
        first_unlabelled: false,
    });
    spec
}

/// Every tooltip of a drawn chart: its text and area as left, top, right, bottom.
pub fn tips(svg: &str) -> Vec<(String, (f64, f64, f64, f64))> {
    let Some((_, group)) = svg.split_once("<g class=\"xk-tips\"") else {
        return Vec::new();
    };
    group
        .split("<rect")
        .skip(1)
        .map(|part| {
            let (tag, rest) = part.split_once('>').expect("rect tag closes");
            let num = |n: &str| -> f64 { attr(tag, n).and_then(|v| v.parse().ok()).expect(n) };
            let text = rest.split("</title>").next().expect("title closes");
            let text = unescape(text.trim_start_matches("<title>"));
            let (x, y) = (num("x"), num("y"));
            (text, (x, y, x + num("width"), y + num("height")))
        })
        .collect()
}

/// The area of the tooltip whose text is exactly `text`.
pub fn tip(svg: &str, text: &str) -> (f64, f64, f64, f64) {
    tips(svg)
        .into_iter()
        .find(|(t, _)| t == text)
        .unwrap_or_else(|| panic!("no tooltip {text:?}"))
        .1
}

/// The box of the text element whose content is exactly `s`.
pub fn text_box(boxes: &[TextBox], s: &str) -> (f64, f64, f64, f64) {
    boxes
        .iter()
        .find(|b| b.text == s)
        .unwrap_or_else(|| panic!("no text {s:?}"))
        .b
}

/// One `<text>` of a drawn chart and the box it covers.
#[derive(Debug, Clone)]
pub struct TextBox {
    /// Unescaped content.
    pub text: String,
    /// `font-size` attribute.
    pub size: f64,
    /// left, top, right, bottom.
    pub b: (f64, f64, f64, f64),
}

/// Every `<text>` element of `svg` with its box: its y is its baseline, its size its own
/// `font-size` or the root element's, its anchor its class; no text is turned.
pub fn texts(svg: &str) -> Vec<TextBox> {
    let root = &svg[..svg.find('>').expect("root tag closes")];
    let inherited: f64 = attr(root, "font-size")
        .expect("the root names the labels' font size")
        .parse()
        .expect("a number");
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let (tag, rest) = part.split_once('>').expect("text tag closes");
        let content = unescape(rest.split("</text>").next().expect("text closes").trim());
        let num = |n: &str| -> Option<f64> { attr(tag, n).map(|v| v.parse().expect("a number")) };
        let (x, base) = (num("x").expect("x"), num("y").expect("y"));
        let size = num("font-size").unwrap_or(inherited);
        for gone in ["dy", "transform", "text-anchor", "font-family"] {
            assert_eq!(attr(tag, gone), None, "{gone} in {tag}");
        }
        let w = text_width(&content, size);
        let anchor = TextClass::parse(attr(tag, "class").unwrap_or_default()).anchor;
        let x0 = anchor.left(x, w);
        out.push(TextBox {
            text: content,
            size,
            b: (x0, base - ASCENT * size, x0 + w, base + DESCENT * size),
        });
    }
    out
}

/// Height of the viewBox.
pub fn view_height(svg: &str) -> f64 {
    let vb = attr(svg, "viewBox").expect("viewBox");
    let parts: Vec<f64> = vb.split(' ').map(|p| p.parse().expect("number")).collect();
    assert_eq!(parts[..3], [0.0, 0.0, 600.0]);
    parts[3]
}

/// Asserts that no two texts overlap, none leaves the viewBox and none is small.
pub fn assert_readable(svg: &str) -> Vec<TextBox> {
    let h = view_height(svg);
    let boxes = texts(svg);
    assert!(!boxes.is_empty());
    for t in &boxes {
        assert!(t.size >= 15.0, "{:?} too small", t.text);
        let (x0, y0, x1, y1) = t.b;
        assert!(
            x0 >= 0.0 && y0 >= 0.0 && x1 <= 600.0 && y1 <= h,
            "{:?} sticks out: {:?} (h {h})",
            t.text,
            t.b
        );
    }
    for (i, a) in boxes.iter().enumerate() {
        for c in &boxes[i + 1..] {
            let w = a.b.2.min(c.b.2) - a.b.0.max(c.b.0);
            let hh = a.b.3.min(c.b.3) - a.b.1.max(c.b.1);
            assert!(
                w <= 0.5 || hh <= 0.5,
                "{:?} {:?} overlaps {:?} {:?}",
                a.text,
                a.b,
                c.text,
                c.b
            );
        }
    }
    boxes
}

/// True when some text element's content is exactly `s`.
pub fn has_text(boxes: &[TextBox], s: &str) -> bool {
    boxes.iter().any(|b| b.text == s)
}
