//! Line charts over whole years: one line per series, every point labelled where
//! the label fits.

use super::axis::{year_ticks, ValueAxis};
use super::canvas::{Canvas, Tip};
use super::font::text_width;
use super::frame;
use super::layout::{centred_baseline, legend_rows, line_step, Anchor, Label, Placer, Rect};
use super::palette::{self, Marker};
use super::{size, ChartError, ChartSpec, Drawing, LineChart, LinePoint, WIDTH};
use crate::chart::font::{ASCENT, DESCENT};

/// Marker radius.
const MARKER_R: f64 = 5.0;
/// Width of a legend swatch (a short line with the marker on it).
const SWATCH: f64 = 28.0;
/// Empty space at each end of the year range, so end labels have room.
const X_PAD: f64 = 32.0;
/// The same with many series: end labels then go beside the ends, where there is
/// more room than above and below.
const X_PAD_CROWDED: f64 = 64.0;
/// Space above the plot for the unit and for labels above the highest points.
const TOP_BAND: f64 = 34.0;
/// From this many series on, middle points are labelled only clear of lines.
const CROWDED: usize = 5;
/// Smallest plot height; more with many series so their labels can spread.
const MIN_PLOT: f64 = 200.0;

/// One series after validation, with pixel positions.
struct Series<'a> {
    index: usize,
    name: &'a str,
    points: Vec<(&'a LinePoint, f64, f64)>,
}

/// Lays out and draws a line chart.
pub(super) fn draw(spec: &ChartSpec, chart: &LineChart) -> Result<Drawing, ChartError> {
    let width = f64::from(WIDTH);
    let mut sorted: Vec<(usize, &str, Vec<&LinePoint>)> = Vec::new();
    for (i, s) in chart.series.iter().enumerate() {
        let mut pts: Vec<&LinePoint> = s.points.iter().collect();
        if pts.is_empty() {
            continue;
        }
        for p in &pts {
            if !p.value.is_finite() || p.value.abs() > 1e300 {
                return Err(ChartError::BadValue {
                    id: spec.id.clone(),
                    what: format!("{} {}", s.name, p.year),
                });
            }
        }
        // Stable sort: the line must go left to right even if the input does not.
        pts.sort_by_key(|p| p.year);
        sorted.push((i, s.name.as_str(), pts));
    }
    if sorted.is_empty() {
        return Err(ChartError::Empty {
            id: spec.id.clone(),
        });
    }
    let all = || sorted.iter().flat_map(|(_, _, p)| p.iter());
    let lo = all().map(|p| p.value).fold(f64::INFINITY, f64::min);
    let hi = all().map(|p| p.value).fold(f64::NEG_INFINITY, f64::max);
    let first_year = all().map(|p| i64::from(p.year)).min().unwrap_or(0);
    let last_year = all().map(|p| i64::from(p.year)).max().unwrap_or(0);

    // Legend on top, in as many rows as the names need.
    let names: Vec<String> = sorted.iter().map(|(_, n, _)| n.to_string()).collect();
    let (slots, legend_bottom) = legend_rows(&names, size::LEGEND, SWATCH, 8.0, width - 8.0, 6.0);
    let plot_top = legend_bottom + TOP_BAND;
    let bottom_h = 8.0 + line_step(size::TICK) + 6.0;
    let min_plot = MIN_PLOT.max(sorted.len() as f64 * 18.0);
    let height = f64::from(spec.height)
        .max(plot_top + min_plot + bottom_h)
        .ceil();
    let plot_bottom = height - bottom_h;
    let plot_h = plot_bottom - plot_top;

    let target = (plot_h / 55.0).clamp(3.0, 8.0) as usize;
    let axis = ValueAxis::new(lo, hi, target).ok_or_else(|| ChartError::BadValue {
        id: spec.id.clone(),
        what: "the largest point".to_string(),
    })?;
    let (tick_texts, plot_left) = frame::tick_texts(&axis, width);
    let plot_right = width - 12.0;
    let y_of = |v: f64| plot_bottom - axis.fraction(v) * plot_h;
    let crowded = sorted.len() > CROWDED;
    let pad = if crowded { X_PAD_CROWDED } else { X_PAD };
    let (xr0, xr1) = (plot_left + pad, plot_right - pad);
    let span = (last_year - first_year) as f64;
    let x_of = |year: i64| {
        if span > 0.0 {
            xr0 + (year - first_year) as f64 / span * (xr1 - xr0)
        } else {
            (xr0 + xr1) / 2.0
        }
    };

    let mut placer = Placer::new(width, height);
    frame::legend(&mut placer, &names, &slots, SWATCH);
    frame::value_axis(
        &mut placer,
        &axis,
        &tick_texts,
        &chart.y_unit,
        plot_left,
        plot_top,
        &y_of,
    );
    let year_w = text_width(&first_year.to_string(), size::TICK)
        .max(text_width(&last_year.to_string(), size::TICK))
        + 14.0;
    let px_per_year = if span > 0.0 { (xr1 - xr0) / span } else { 0.0 };
    let years = year_ticks(first_year, last_year, px_per_year, year_w);
    for &y in &years {
        let baseline = plot_bottom + 8.0 + ASCENT * size::TICK;
        let l = Label::new(
            &y.to_string(),
            size::TICK,
            palette::MUTED,
            x_of(y),
            baseline,
            Anchor::Middle,
        );
        placer.try_place(l, false, false);
    }

    // Value labels stay out of the tick column, where they would read as ticks.
    placer.add_obstacle(Rect::new(0.0, plot_top - TOP_BAND, plot_left, height));
    let series: Vec<Series> = sorted
        .iter()
        .map(|(i, name, pts)| Series {
            index: *i,
            name,
            points: pts
                .iter()
                .map(|p| (*p, x_of(i64::from(p.year)), y_of(p.value)))
                .collect(),
        })
        .collect();
    for s in &series {
        for w in s.points.windows(2) {
            placer.add_segment((w[0].1, w[0].2), (w[1].1, w[1].2));
        }
        for &(_, x, y) in &s.points {
            placer.add_obstacle(Rect::new(x, y, x, y).grow(MARKER_R + 1.5));
        }
    }
    // Ends of every series first (the figures a reader compares), then the rest.
    for ends in [true, false] {
        for s in &series {
            let n = s.points.len();
            for (k, &(p, x, y)) in s.points.iter().enumerate() {
                if ends == (k == 0 || k + 1 == n) {
                    let mut cands = value_candidates(&p.label, palette::color(s.index), x, y);
                    if crowded && ends && n > 1 {
                        // Outward first: left of the first point, right of the last.
                        cands.swap(0, if k == 0 { 3 } else { 2 });
                    }
                    // With many lines, a middle label laid over other lines is clutter.
                    if ends || !crowded {
                        placer.place_first(&cands);
                    } else if let Some(l) = cands.into_iter().find(|l| placer.fits(l, true, true)) {
                        placer.place(l);
                    }
                }
            }
        }
    }

    let mut raw = String::new();
    let mut tips = Vec::new();
    {
        let canvas = Canvas::new(&mut raw, WIDTH, height as u32)?;
        for t in &axis.ticks {
            let y = y_of(*t);
            let c = if *t == 0.0 {
                palette::AXIS
            } else {
                palette::GRID
            };
            canvas.line(&[(plot_left, y), (plot_right, y)], c, 1)?;
        }
        canvas.line(
            &[(plot_left, plot_top), (plot_left, plot_bottom)],
            palette::AXIS,
            1,
        )?;
        for &y in &years {
            canvas.line(
                &[(x_of(y), plot_bottom), (x_of(y), plot_bottom + 5.0)],
                palette::AXIS,
                1,
            )?;
        }
        for (slot, s) in slots.iter().zip(&series) {
            let c = palette::color(s.index);
            canvas.line(&[(slot.x, slot.cy), (slot.x + SWATCH, slot.cy)], c, 2)?;
            canvas.marker(
                palette::marker(s.index),
                slot.x + SWATCH / 2.0,
                slot.cy,
                MARKER_R,
                c,
            )?;
        }
        // Later series underneath: the first (usually the page's own region) on top.
        for s in series.iter().rev() {
            let c = palette::color(s.index);
            let pts: Vec<(f64, f64)> = s.points.iter().map(|&(_, x, y)| (x, y)).collect();
            if pts.len() > 1 {
                canvas.line(&pts, c, 3)?;
            }
            let m: Marker = palette::marker(s.index);
            for &(p, x, y) in &s.points {
                canvas.marker(m, x, y, MARKER_R, c)?;
                tips.push(Tip {
                    area: Rect::new(x, y, x, y).grow(MARKER_R + 3.0),
                    text: format!("{} {}: {}", s.name, p.year, p.label),
                });
            }
        }
        for l in &placer.labels {
            canvas.label(l)?;
        }
        canvas.finish()?;
    }
    Ok(Drawing {
        raw,
        height: height as u32,
        tips,
    })
}

/// Places that read as "this point's figure", nearest first.
fn value_candidates(text: &str, c: plotters::style::RGBColor, x: f64, y: f64) -> Vec<Label> {
    let s = size::VALUE;
    let gap = MARKER_R + 4.0;
    let above = y - gap - DESCENT * s;
    let below = y + gap + ASCENT * s;
    let mid = centred_baseline(y, s);
    let step = line_step(s);
    let l = |x: f64, b: f64, a: Anchor| Label::new(text, s, c, x, b, a);
    vec![
        l(x, above, Anchor::Middle),
        l(x, below, Anchor::Middle),
        l(x + gap, mid, Anchor::Start),
        l(x - gap, mid, Anchor::End),
        l(x + gap, above, Anchor::Start),
        l(x - gap, above, Anchor::End),
        l(x + gap, below, Anchor::Start),
        l(x - gap, below, Anchor::End),
        l(x, above - step, Anchor::Middle),
        l(x, below + step, Anchor::Middle),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{assert_readable, has_text, lines, SeriesRow, TextBox};
    use super::super::{draw, ChartBody};

    /// Texts on the bottom row: the year ticks.
    fn year_row(boxes: &[TextBox]) -> Vec<String> {
        let bottom = boxes.iter().map(|b| b.b.3).fold(0.0, f64::max);
        boxes
            .iter()
            .filter(|b| (b.b.3 - bottom).abs() < 0.5)
            .map(|b| b.text.clone())
            .collect()
    }

    #[test]
    fn realistic_rates_all_labelled_on_whole_years() {
        let spec = lines(&[
            (
                "科左后旗",
                &[
                    (2014, 11.0, "11%"),
                    (2018, 1.23, "1.23%"),
                    (2020, 0.0, "0%"),
                ],
            ),
            ("白银区", &[(2014, 8.61, "8.61%")]),
        ]);
        let svg = draw(&spec).unwrap();
        let boxes = assert_readable(&svg);
        for s in [
            "科左后旗",
            "白银区",
            "11%",
            "1.23%",
            "0%",
            "8.61%",
            "%",
            "0",
            "10",
        ] {
            assert!(has_text(&boxes, s), "{s} missing");
        }
        let years = year_row(&boxes);
        assert_eq!(
            years,
            (2014..=2020).map(|y| y.to_string()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn sparse_series_is_one_straight_segment_with_two_markers() {
        let spec = lines(&[("科左后旗", &[(2018, 1.23, "1.23%"), (2014, 11.0, "11%")])]);
        let svg = draw(&spec).unwrap();
        // The series line (width 3) has exactly the two real points, left to right.
        let line = svg
            .lines()
            .find(|l| l.contains("stroke=\"#B8232F\" stroke-width=\"3\""))
            .unwrap();
        let pts = line.split("points=\"").nth(1).unwrap();
        let pts: Vec<&str> = pts.trim_end_matches("\"/>").split_whitespace().collect();
        assert_eq!(pts.len(), 2, "{line}");
        let x = |p: &str| p.split(',').next().unwrap().parse::<i32>().unwrap();
        assert!(x(pts[0]) < x(pts[1]));
        // One circle marker per point plus the legend's.
        assert_eq!(svg.matches("<circle").count(), 3);
        let boxes = assert_readable(&svg);
        assert!(year_row(&boxes).iter().all(|y| y.parse::<i32>().is_ok()));
    }

    #[test]
    fn one_point_and_all_zero() {
        let one = draw(&lines(&[("碌曲县", &[(2016, 3.5, "3.5%")])])).unwrap();
        let boxes = assert_readable(&one);
        assert!(has_text(&boxes, "3.5%") && has_text(&boxes, "2016"));
        let zero = draw(&lines(&[(
            "碌曲县",
            &[(2019, 0.0, "0%"), (2020, 0.0, "0%")],
        )]))
        .unwrap();
        let boxes = assert_readable(&zero);
        assert_eq!(boxes.iter().filter(|b| b.text == "0%").count(), 2);
    }

    #[test]
    fn twenty_years_tick_whole_years_and_label_every_point() {
        let labels: Vec<String> = (0..20)
            .map(|i| format!("{:.1}%", 24.7 - i as f64 * 1.3))
            .collect();
        let pts: Vec<(i32, f64, &str)> = (0..20)
            .map(|i| {
                (
                    2001 + i,
                    24.7 - f64::from(i) * 1.3,
                    labels[i as usize].as_str(),
                )
            })
            .collect();
        let svg = draw(&lines(&[("碌曲县", &pts)])).unwrap();
        let boxes = assert_readable(&svg);
        let years = year_row(&boxes);
        assert!(years.len() >= 5, "{years:?}");
        for y in &years {
            let y: i32 = y.parse().unwrap();
            assert!((2001..=2020).contains(&y));
        }
        // Every point labelled where there is room: near the axis, where three
        // points crowd above the year ticks, one may have to go.
        let missing: Vec<&String> = labels.iter().filter(|l| !has_text(&boxes, l)).collect();
        assert!(missing.len() <= 1, "{missing:?}");
        assert!(has_text(&boxes, &labels[0]) && has_text(&boxes, &labels[19]));
    }

    #[test]
    fn twenty_series_with_long_names() {
        let names: Vec<String> = (0..20)
            .map(|i| {
                format!(
                    "甘南藏族自治州碌曲县城关镇{}",
                    "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
                        .chars()
                        .nth(i)
                        .unwrap()
                )
            })
            .collect();
        let labels: Vec<Vec<String>> = (0..20)
            .map(|i| (0..7).map(|k| format!("{}%", 40 - 2 * i - k)).collect())
            .collect();
        let pts: Vec<Vec<(i32, f64, &str)>> = (0..20)
            .map(|i| {
                (0..7)
                    .map(|k| {
                        (
                            2014 + k,
                            f64::from(40 - 2 * i - k),
                            labels[i as usize][k as usize].as_str(),
                        )
                    })
                    .collect()
            })
            .collect();
        let series: Vec<SeriesRow> = names
            .iter()
            .zip(&pts)
            .map(|(n, p)| (n.as_str(), p.as_slice()))
            .collect();
        let spec = lines(&series);
        let svg = draw(&spec).unwrap();
        let boxes = assert_readable(&svg);
        assert_eq!(names[0].chars().count(), 14);
        for (n, ls) in names.iter().zip(&labels) {
            assert!(has_text(&boxes, n), "{n} missing from legend");
            assert!(
                has_text(&boxes, &ls[0]) || has_text(&boxes, &ls[6]),
                "{n}: no end labelled"
            );
        }
        // The legend took rows, so the drawing grew beyond the asked height.
        let ChartBody::Lines(_) = &spec.body else {
            unreachable!()
        };
        assert!(super::super::testkit::view_height(&svg) > f64::from(spec.height));
    }
}
