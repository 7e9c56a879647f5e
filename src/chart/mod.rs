//! Charts: turns a `ChartSpec` into a standalone, accessible SVG document.
//!
//! Every label is laid out by a collision-checking placer measuring text with the shipped CJK font, so no two
//! labels overlap and none leaves the drawing, whatever the number of series,
//! points or bars; `canvas` then writes shapes and labels straight to SVG. A line's figure that cannot be placed is left out (the HTML table
//! beside every chart carries all figures); a bar chart that would leave a caption or a
//! figure out is drawn across instead (`across`). `inspect` reads a drawing back.

mod across;
mod axis;
mod bar_frame;
mod bars;
mod canvas;
mod captions;
mod font;
mod frame;
mod grouped;
mod guides;
pub mod inspect;
mod layout;
mod line;
mod line_ends;
mod palette;
pub mod spec;
mod svg;
pub mod wrap;

#[cfg(test)]
mod bars_tests;
#[cfg(test)]
mod grouped_tests;
#[cfg(test)]
mod guides_tests;
#[cfg(test)]
mod line_tests;
#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
pub(crate) use svg::FONT_STACK;

use std::fmt;

pub use layout::Rect;
pub use spec::*;

/// The CJK font used to measure labels (bytes of the .ttc shipped in the theme).
pub static FONT: &[u8] = include_bytes!("../../themes/default/static/fonts/wqy-microhei.ttc");

/// Width of every chart drawing in px; pages scale it to the content width.
pub const WIDTH: u32 = 600;

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// Nothing to draw: no series with points, or no bars.
    Empty {
        /// The chart's id.
        id: String,
    },
    /// A value is infinite or NaN, or too large for a readable axis.
    BadValue {
        /// The chart's id.
        id: String,
        /// What the value belongs to ("碌曲县 2014").
        what: String,
    },
    /// The shipped font could not be loaded for measuring.
    Font(String),
    /// Writing the drawing failed.
    Draw(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::Empty { id } => write!(f, "chart `{id}` has no data to draw"),
            ChartError::BadValue { id, what } => {
                write!(f, "chart `{id}`: the value of {what} cannot be drawn (not a finite number or too large)")
            }
            ChartError::Font(m) => write!(f, "chart font: {m}"),
            ChartError::Draw(m) => write!(f, "drawing a chart failed: {m}"),
        }
    }
}

impl std::error::Error for ChartError {}

/// A drawing: its SVG body (defs and shapes, no root element), its final height, tooltips.
struct Drawing {
    raw: String,
    height: u32,
    tips: Vec<canvas::Tip>,
}

/// Draws a chart to a standalone SVG document (also inlined into HTML pages as is).
///
/// The drawing is `spec.width` px wide and at least `spec.height` px high; it grows
/// when a long legend or long category labels need room (see the `viewBox`).
pub fn draw(spec: &ChartSpec) -> Result<String, ChartError> {
    font::ensure_readable()?;
    let d = match &spec.body {
        ChartBody::Lines(c) => line::draw(spec, c)?,
        ChartBody::StackedBars(c) => bars::draw(spec, c)?,
        ChartBody::GroupedBars(c) => grouped::draw(spec, c)?,
    };
    Ok(svg::finish(&d.raw, spec, spec.width, d.height, &d.tips))
}

/// Text sizes in SVG px. At the 0.57× scale of a phone screen 15 px still renders
/// above 9 px, the smallest readable label height.
mod size {
    /// Axis tick labels and the unit.
    pub const TICK: f64 = 15.0;
    /// Value labels on points and bars.
    pub const VALUE: f64 = 15.0;
    /// Legend names.
    pub const LEGEND: f64 = 15.0;
    /// Bar category labels.
    pub const CATEGORY: f64 = 16.0;
    /// Second line under a category label.
    pub const NOTE: f64 = 15.0;
}

#[cfg(test)]
mod tests {
    use super::testkit::{self, assert_readable, has_text};
    use super::*;

    fn rate() -> ChartSpec {
        testkit::lines(&[
            ("科左后旗", &[(2014, 11.0, "11%"), (2018, 1.23, "1.23%")]),
            ("白银区", &[(2014, 8.61, "8.61%")]),
        ])
    }

    #[test]
    fn same_spec_same_bytes() {
        for spec in [rate(), testkit::funds_2015()] {
            assert_eq!(draw(&spec).unwrap(), draw(&spec).unwrap());
        }
    }

    #[test]
    fn accessible_root_with_title_and_desc_first() {
        let svg = draw(&rate()).unwrap();
        let root = svg.lines().next().unwrap();
        for a in [
            "xmlns=\"http://www.w3.org/2000/svg\"",
            "class=\"xk-chart\"",
            "role=\"img\"",
            "aria-labelledby=\"rate-title rate-desc\"",
            "viewBox=\"0 0 600 320\"",
            "width=\"600\" height=\"320\"",
        ] {
            assert!(root.contains(a), "{a} missing in {root}");
        }
        let mut lines = svg.lines().skip(1);
        assert_eq!(
            lines.next(),
            Some("<title id=\"rate-title\">贫困发生率</title>")
        );
        assert_eq!(
            lines.next(),
            Some("<desc id=\"rate-desc\">贫困发生率逐年下降。</desc>")
        );
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(!svg.contains("font-family=\"sans-serif\""));
        assert!(svg.contains(&format!("text{{font-family:{}}}", svg::FONT_STACK)));
        assert!(!svg.contains("font-family=\"sans-serif\""));
        assert!(svg.contains("<title>科左后旗 2018: 1.23%</title>"));
    }

    #[test]
    fn markup_in_names_is_escaped() {
        let mut spec = testkit::lines(&[("<script>&", &[(2014, 1.0, "1<2")])]);
        spec.title = "<script>alert(1)</script>".into();
        spec.description = "a & b \"c\"".into();
        spec.id = "x y".into();
        let svg = draw(&spec).unwrap();
        assert!(
            svg.contains("<title id=\"x-y-title\">&lt;script&gt;alert(1)&lt;/script&gt;</title>")
        );
        assert!(svg.contains("<desc id=\"x-y-desc\">a &amp; b &quot;c&quot;</desc>"));
        assert!(svg.contains("&lt;script&gt;&amp;"));
        assert!(!svg.contains("<script"));
        let boxes = assert_readable(&svg);
        assert!(has_text(&boxes, "<script>&") && has_text(&boxes, "1<2"));
    }

    #[test]
    fn nothing_to_draw_is_an_error() {
        let empty = testkit::lines(&[]);
        assert!(matches!(draw(&empty), Err(ChartError::Empty { .. })));
        let no_points = testkit::lines(&[("碌曲县", &[])]);
        assert!(matches!(draw(&no_points), Err(ChartError::Empty { .. })));
        let no_bars = testkit::bars("个", &["已完工"], &[]);
        assert!(matches!(draw(&no_bars), Err(ChartError::Empty { .. })));
        assert!(draw(&no_bars).unwrap_err().to_string().contains("funds"));
    }

    #[test]
    fn bad_and_huge_values_never_panic() {
        for v in [f64::NAN, f64::INFINITY, f64::MAX, -f64::MAX] {
            let l = testkit::lines(&[("碌曲县", &[(2014, v, "?")])]);
            assert!(matches!(draw(&l), Err(ChartError::BadValue { .. })), "{v}");
            let b = testkit::bars("万元", &["a"], &[("2015", "", false, &[(v, "?")], "?")]);
            assert!(matches!(draw(&b), Err(ChartError::BadValue { .. })), "{v}");
        }
        // Segments at the limit still stack to a finite total.
        let b = testkit::bars(
            "万元",
            &["a", "b"],
            &[("2015", "", false, &[(1e300, "x"), (1e300, "y")], "z")],
        );
        assert!(draw(&b).is_ok());
        let huge = testkit::lines(&[("碌曲县", &[(2014, 3e15, "3e15"), (2015, -2e14, "-2e14")])]);
        assert_readable(&draw(&huge).unwrap());
        let huge = testkit::bars(
            "万元",
            &["a"],
            &[("2015", "", false, &[(3e15, "3e15万元")], "3e15万元")],
        );
        assert_readable(&draw(&huge).unwrap());
    }

    #[test]
    fn odd_inputs_draw_readably() {
        let names: Vec<String> = (0..20).map(|i| format!("地区{i}")).collect();
        let pts = [(2014, 5.0, "5%"), (2015, 5.0, "5%")];
        let rows: Vec<testkit::SeriesRow> = names.iter().map(|n| (n.as_str(), &pts[..])).collect();
        let cases = [
            testkit::lines(&rows),
            testkit::lines(&[(
                "a",
                &[(2014, 1.0, "1%"), (2014, 2.0, "2%"), (2013, -3.0, "-3%")],
            )]),
            testkit::lines(&[("a", &[(i32::MIN, 1.0, "1%"), (i32::MAX, 2.0, "2%")])]),
            testkit::lines(&[("", &[(2014, 1e-9, "0.000000001%")])]),
            testkit::bars(
                "",
                &[],
                &[("2015", "", false, &[(1.0, "1"), (2.0, "2")], "3")],
            ),
            testkit::bars(
                "个",
                &["a", "b", "c"],
                &[("2015", "", false, &[(-1.0, "-1个")], "")],
            ),
        ];
        for spec in &cases {
            let svg = draw(spec).unwrap();
            assert_readable(&svg);
        }
        let mut tall = testkit::funds_2015();
        tall.height = 0;
        assert!(testkit::view_height(&draw(&tall).unwrap()) >= 200.0);
    }
}
